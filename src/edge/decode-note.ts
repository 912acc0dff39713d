// Decodes a note's bytes as text (UTF-8; a BOM kept as a leading U+FEFF), or says why it is
// not read: too large, binary, in no encoding it can tell. Its own module so that a check-off,
// which reads one note, loads no more than this of the workspace's reading.
const MAX_NOTE_BYTES = 64 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A note's text, and the encoding it was saved in when that was not UTF-8 (then Waymark reads it but never rewrites it). */
export type DecodedNote = { text: string; encoding?: LegacyEncoding } | { error: string };

/** Decodes a note, or says why it cannot be read as text. */
export function decodeNote(bytes: Uint8Array): DecodedNote {
  if (bytes.length > MAX_NOTE_BYTES) return { error: `larger than ${MAX_NOTE_BYTES / 1024 / 1024} MB; skipped` };
  // NUL bytes in the first 8 KB: a binary file, not a note.
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { error: 'binary file (contains NUL bytes); skipped' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return decodeLegacy(bytes) ?? { error: 'not valid UTF-8, nor a Korean, Japanese, Chinese or Western legacy encoding it can tell; skipped (save it as UTF-8 to include it)' };
  }
}

const CJK_FIRST = ['euc-kr', 'shift_jis', 'gb18030', 'windows-1252'] as const;
const WESTERN_FIRST = ['windows-1252', 'euc-kr', 'shift_jis', 'gb18030'] as const;

export type LegacyEncoding = 'euc-kr' | 'shift_jis' | 'gb18030' | 'windows-1252';

/**
 * Notes saved by older editors on Windows in Korea, Japan, China or the West are not UTF-8.
 * Each legacy encoding is tried strictly (a byte it cannot map fails it), and kept only when
 * the text it gives is plausibly written in it: mostly Hangul, in short words, for EUC-KR; kana
 * among the Japanese; ideographs for GB18030 (GBK); letters for Windows-1252. (Not Big5:
 * GB18030 maps almost every Big5 pair, so Big5 notes are not told apart and read wrongly.)
 * Those double-byte encodings accept many of each other's byte pairs, so the test of the text
 * decides, in the order that tells them apart best (Hangul and kana are unmistakable; GB18030
 * maps almost any pair, so it comes after them).
 */
function decodeLegacy(bytes: Uint8Array): { text: string; encoding: LegacyEncoding } | null {
  // A Western note has its accented letters one by one among plain ones ("Lektüre"); the
  // double-byte encodings write every character of their script as two high bytes in a row.
  let high = 0;
  let alone = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    high++;
    if ((i === 0 || bytes[i - 1]! < 0x80) && (i + 1 === bytes.length || bytes[i + 1]! < 0x80)) alone++;
  }
  const order = alone * 2 >= high ? WESTERN_FIRST : CJK_FIRST;
  for (const encoding of order) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      continue;
    }
    if (plausible(text, encoding)) return { text, encoding };
  }
  return null;
}

/** Whether `text`'s characters beyond ASCII are those its encoding's language is written in. */
function plausible(text: string, encoding: LegacyEncoding): boolean {
  let wide = 0;
  let hangul = 0;
  let kana = 0;
  let han = 0;
  let latin = 0;
  let odd = 0;
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const syllable = c >= 0xac00 && c <= 0xd7a3;
    if (syllable && !inRun) runs++;
    inRun = syllable;
    if (c < 0x80) continue;
    wide++;
    if (syllable) hangul++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c >= 0xc0 && c <= 0x24f) || c === 0xa0) latin++;
    // Punctuation and symbols every one of them has: CJK and fullwidth forms, dashes, quotes, bullets.
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x27bf) || (c >= 0xa1 && c <= 0xbf) || c === 0xd7 || c === 0xf7) continue;
    else odd++;
  }
  if (wide === 0) return true;
  switch (encoding) {
    // (Korean sets its words apart with spaces, a few syllables each: Chinese read as EUC-KR
    // gives as many syllables, but in long unbroken runs, and hanja beside the Hangul
    // ("뒤힛몸절綾"), which are rare in Korean notes.)
    case 'euc-kr': return hangul >= 0.6 * wide && hangul <= 6 * runs && han <= 0.1 * hangul;
    case 'shift_jis': return kana >= 0.1 * wide && kana + han >= 0.6 * wide && odd <= 0.05 * wide;
    case 'gb18030': return han >= 0.6 * wide && hangul === 0 && odd <= 0.05 * wide;
    case 'windows-1252': return latin >= 0.6 * wide && odd <= 0.1 * wide;
  }
}
