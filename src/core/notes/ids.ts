// Stable item ids: a hash of the file, the item's normalised title and which
// occurrence of that title in the file it is. Lines added or removed elsewhere do
// not change an id; editing the title does.

/** FNV-1a, 52 bits (safe in a JS number), as base36. */
export function hash52(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  const n = (h1 & 0xfffff) * 0x100000000 + h2;
  return n.toString(36).padStart(10, '0').slice(-10);
}

/** Lower case, punctuation and spacing folded; every non-ASCII character counts as a letter. */
export function normalizeForId(title: string): string {
  let t = title.toLowerCase();
  if (/[^\x00-\x7f]/.test(t)) t = t.normalize('NFKC');
  return t.replace(/[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f\u2000-\u206f\u3000-\u303f\uff01-\uff0f]+/g, ' ').trim();
}

/** Assigns ids to titles of one file, in source order. */
export function assignIds(path: string, titles: string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((t) => {
    const key = normalizeForId(t);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return hash52(`${path}\u0000${key}\u0000${n}`);
  });
}
