// A character code that is safe to ask for past the end of a string, for the reader's largest
// functions.

/**
 * The UTF-16 code unit of `s` at `i`, or -1 where `s` has none (an empty string, past either end).
 *
 * Why not `s.charCodeAt(i)`, which gives NaN there: in code V8 has optimised, the first call
 * site that reads past the end throws that code away ("deopt: out of bounds") and its whole
 * function is compiled again. For the reader's largest functions (buildEntry, onList, onText,
 * classifyKind) one such recompile costs 100-200 ms of CPU, and each of their sites that met an
 * empty title or lead once did it in every cold run. -1, like NaN, equals no character and is
 * below every one, so the comparisons these sites make give the same answers.
 */
export function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : -1;
}

/**
 * The last element of `a`, or undefined when it has none: as `a[a.length - 1]` gives, without
 * reading index -1 of an empty array, which in optimised code throws that code away as reading
 * past the end does (see codeAt).
 */
export function lastOf<T>(a: readonly T[]): T | undefined {
  return a.length > 0 ? a[a.length - 1] : undefined;
}

/** `a[i]`, or undefined where `a` has none: as `a[i]` gives, without reading past the end (see codeAt). */
export function itemAt<T>(a: readonly T[], i: number): T | undefined {
  return i >= 0 && i < a.length ? a[i] : undefined;
}
