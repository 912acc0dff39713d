// Repairs text that was UTF-8, read as Windows-1252/Latin-1 and saved again as UTF-8
// ("âœ¦" → "✦", "Ã‰va" → "Éva"). Only applied when the round trip decodes cleanly.

// Windows-1252 characters in 0x80–0x9F, mapped back to their byte.
const CP1252: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91,
  0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98,
  0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

const decoder = new TextDecoder('utf-8', { fatal: true });

// A lead byte of a multi-byte UTF-8 sequence (as Latin-1) followed by a continuation byte.
const SUSPECT_RE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/** Returns the repaired text, or the input when it is not double-encoded. */
export function repairMojibake(text: string): string {
  if (!SUSPECT_RE.test(text)) return text;
  // Repair each maximal run of Latin-1/CP1252 characters separately, so correct
  // non-Latin text around it is kept.
  return text.replace(/[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+/g, (run) => {
    if (!SUSPECT_RE.test(run)) return run;
    const bytes = new Uint8Array(run.length);
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      const b = c <= 0xff ? c : CP1252[c];
      if (b === undefined) return run;
      bytes[i] = b;
    }
    try {
      return decoder.decode(bytes);
    } catch {
      return run;
    }
  });
}
