import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeNote } from './decode-note.js';

/** Bytes of `text` in a legacy encoding, made from a table of the characters used (Node has no legacy encoder). */
function encodeWith(encoding: string, text: string): Uint8Array {
  // Every two-byte sequence the encoding maps, reversed: enough for the characters of these tests.
  const back = new Map<string, number[]>();
  const dec = new TextDecoder(encoding, { fatal: true });
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      try {
        const ch = dec.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && !back.has(ch)) back.set(ch, [a, b]);
      } catch { /* not a pair of this encoding */ }
    }
  }
  for (let a = 0x80; a <= 0xff; a++) {
    try {
      const ch = dec.decode(new Uint8Array([a]));
      if (ch.length === 1 && !back.has(ch)) back.set(ch, [a]);
    } catch { /* not a byte of this encoding alone */ }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const bytes = back.get(ch);
      if (!bytes) throw new Error(`${ch} has no ${encoding} bytes`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

test('a note saved in a legacy encoding (EUC-KR, Shift_JIS, GBK, Windows-1252) is read in it; UTF-8 stays UTF-8', () => {
  const cases: [string, string][] = [
    ['euc-kr', '# 학습 계획\n\n- 월요일: 자료구조 복습\n- 화요일: 알고리즘 문제 풀기\n'],
    ['shift_jis', '# 読書リスト\n\n- リーダブルコード を読む\n- プログラミング作法\n'],
    ['gb18030', '# 学习计划\n\n- 阅读深入理解计算机系统第三章\n- 完成数据结构练习题\n'],
    // (Short Chinese words between Latin ones, which EUC-KR also maps, to Hangul and hanja.)
    ['gb18030', 'python2.7 第三个例子\n\nlinux 常用命令\n\n深入理解java虚拟机 187\n\n大话设计模式 p54\n'],
    ['windows-1252', '# Lektüre\n\n- Gödel, Escher, Bach: gelesen\n- Über das Programmieren\n'],
  ];
  for (const [encoding, text] of cases) {
    const decoded = decodeNote(encodeWith(encoding, text));
    assert.ok('text' in decoded, encoding);
    if ('text' in decoded) {
      assert.equal(decoded.text, text, encoding);
      assert.equal(decoded.encoding, encoding, encoding);
    }
  }
  const plain = decodeNote(new TextEncoder().encode('- 学习计划 ✅\n'));
  assert.deepEqual(plain, { text: '- 学习计划 ✅\n' });
  // Bytes in no encoding it can tell are skipped with a reason, never read as garbage.
  const noise = decodeNote(new Uint8Array([0x41, 0xff, 0xfe, 0x80, 0x81, 0x0a, 0x9f, 0xa0, 0xff]));
  assert.ok('error' in noise);
});
