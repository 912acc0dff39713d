// Stable item ids: a hash of the file, the item's normalised title and which
// occurrence of that title in the file it is. Lines added or removed elsewhere do
// not change an id; editing the title does.

/** FNV-1a, 52 bits (safe in a JS number), as base36. */
export function hash52(s: string): string {
  return finish(feed(SEED, s));
}

type HashState = readonly [number, number];
const SEED: HashState = [0x811c9dc5, 0x01000193];

/** Continues a hash over more text: hashing a file's path once serves all its items. */
function feed(state: HashState, s: string): HashState {
  let h1 = state[0];
  let h2 = state[1];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return [h1, h2];
}

const DIGITS36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** The low ten base-36 digits of the 52-bit hash (what toString(36).padStart(10,'0').slice(-10) gives, faster). */
function finish([h1, h2]: HashState): string {
  let n = (h1 & 0xfffff) * 0x100000000 + h2;
  let out = '';
  for (let i = 0; i < 10; i++) {
    const q = Math.floor(n / 36);
    out = DIGITS36[n - q * 36]! + out;
    n = q;
  }
  return out;
}

/** Lower case, punctuation and spacing folded; every non-ASCII character counts as a letter. */
export function normalizeForId(title: string): string {
  let ascii = true;
  for (let i = 0; i < title.length; i++) {
    if (title.charCodeAt(i) > 0x7f) { ascii = false; break; }
  }
  if (!ascii) {
    return title.toLowerCase().normalize('NFKC').replace(/[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f\u2000-\u206f\u3000-\u303f\uff01-\uff0f]+/g, ' ').trim();
  }
  // The same result for ASCII in one pass, without a regex: letters and digits kept,
  // every run of anything else one space, none at the ends.
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < title.length; i++) {
    let c = title.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (pendingSpace && out.length > 0) out += ' ';
      pendingSpace = false;
      out += String.fromCharCode(c);
    } else {
      pendingSpace = true;
    }
  }
  return out;
}

/** Assigns ids to titles of one file, in source order. */
export function assignIds(path: string, titles: string[]): string[] {
  const seen = new Map<string, number>();
  const base = feed(SEED, `${path}\u0000`);
  return titles.map((t) => {
    const key = normalizeForId(t);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return finish(feed(base, `${key}\u0000${n}`));
  });
}
