import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeSnapshot, restoreSnapshot } from './index.js';

void test('a snapshot keeps only the changed span and restores the exact bytes', () => {
  const before = Buffer.from('\uFEFF# Plan\r\n- [ ] one\r\n- [ ] two\r\n');
  const after = Buffer.from('\uFEFF# Plan\r\n- [x] one\r\n- [ ] two\r\n');
  const s = makeSnapshot('n.md', before, after);
  assert.equal(s.before.toString(), ' ');
  assert.ok(restoreSnapshot(s, after)?.equals(before));
  assert.equal(restoreSnapshot(s, Buffer.from('edited since')), null, 'refuses a file changed since');
});

void test('property: restore(after) gives back before, for any pair of byte strings', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 40 }), fc.uint8Array({ maxLength: 40 }), (a, b) => {
    const before = Buffer.from(a);
    const after = Buffer.from(b);
    assert.ok(restoreSnapshot(makeSnapshot('f', before, after), after)?.equals(before));
  }));
});
