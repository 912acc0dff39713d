// Decodes a note's bytes as text (UTF-8; a BOM kept as a leading U+FEFF), or says why it is
// not read: too large, binary, not UTF-8. Its own module so that a check-off, which reads one
// note, loads no more than this of the workspace's reading.
const MAX_NOTE_BYTES = 64 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a note, or says why it cannot be read as text. */
export function decodeNote(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length > MAX_NOTE_BYTES) return { error: `larger than ${MAX_NOTE_BYTES / 1024 / 1024} MB; skipped` };
  // NUL bytes in the first 8 KB: a binary file, not a note.
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { error: 'binary file (contains NUL bytes); skipped' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { error: 'not valid UTF-8; skipped (save it as UTF-8 to include it)' };
  }
}
