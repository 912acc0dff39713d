// Stable item ids: a hash of the file, the item's normalised title and which
// occurrence of that title in the file it is. Lines added or removed elsewhere do
// not change an id; editing the title does.

/** FNV-1a, 52 bits (safe in a JS number), as base36. */
export function hash52(s: string): string {
  const [h1, h2] = feed(SEED, s);
  return finish(h1, h2);
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

const DIGIT_CODES = Array.from('0123456789abcdefghijklmnopqrstuvwxyz', (c) => c.charCodeAt(0));

/** Scratch for finish(): written in full on every call. */
const DIGITS = new Uint16Array(10);

/**
 * The low ten base-36 digits of the 52-bit hash (what toString(36).padStart(10,'0').slice(-10)
 * gives), made as one string rather than ten growing ones.
 */
function finish(h1: number, h2: number): string {
  let n = (h1 & 0xfffff) * 0x100000000 + h2;
  for (let i = 9; i >= 0; i--) {
    const q = Math.floor(n / 36);
    DIGITS[i] = DIGIT_CODES[n - q * 36]!;
    n = q;
  }
  const d = DIGITS;
  return String.fromCharCode(d[0]!, d[1]!, d[2]!, d[3]!, d[4]!, d[5]!, d[6]!, d[7]!, d[8]!, d[9]!);
}

/** Lower case, punctuation and spacing folded; every non-ASCII character counts as a letter. */
export function normalizeForId(title: string): string {
  let upper = false;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if (c > 0x7f) {
      return title.toLowerCase().normalize('NFKC').replace(/[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f\u2000-\u206f\u3000-\u303f\uff01-\uff0f]+/g, ' ').trim();
    }
    if (c >= 65 && c <= 90) upper = true;
  }
  // The same result for ASCII without a regex: letters and digits kept, every run of
  // anything else one space, none at the ends. The text is taken in segments (letters
  // and digits with single spaces between them) joined by a space; a title that is one
  // segment, as most are, comes back as it is, lower-cased.
  const s = upper ? title.toLowerCase() : title;
  let out = '';
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isAlnum(c)) {
      if (start < 0) start = i;
      continue;
    }
    if (c === 32 && start >= 0 && i + 1 < s.length && isAlnum(s.charCodeAt(i + 1))) continue;
    if (start >= 0) {
      out = out.length > 0 ? `${out} ${s.slice(start, i)}` : s.slice(start, i);
      start = -1;
    }
  }
  if (start === 0) return s;
  if (start > 0) out = out.length > 0 ? `${out} ${s.slice(start)}` : s.slice(start);
  return out;
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Assigns ids to titles of one file, in source order. */
export function assignIds(path: string, titles: string[]): string[] {
  return idsOfKeys(path, titles.map(normalizeForId));
}

/**
 * Ids from the normalised titles of one file's items, in source order. The path is
 * hashed once; each item then hashes its key and occurrence number straight on,
 * without building the `key \0 n` string the id is defined over.
 */
export function idsOfKeys(path: string, keys: readonly string[]): string[] {
  const [b1, b2] = feed(SEED, `${path}\u0000`);
  const seen = new Map<string, number>();
  const ids = new Array<string>(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    let h1 = b1;
    let h2 = b2;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    }
    // The \0 between key and occurrence number.
    h1 = Math.imul(h1, 0x01000193) >>> 0;
    h2 = Math.imul(h2, 0x5bd1e995) >>> 0;
    const digits = String(n);
    for (let i = 0; i < digits.length; i++) {
      const c = digits.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    }
    ids[k] = finish(h1, h2);
  }
  return ids;
}
