// Names the TypeScript files in a stack trace of the bundle (dist/bundle/): each frame in a
// bundled file is mapped through that file's source map, read only here, when an internal
// error is reported. (Turning source maps on for every run, as --enable-source-maps does,
// reads and measures every loaded chunk's map: some 5 ms of each command.)
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FRAME = /(file:\/\/[^\s()]+?\.c?js):(\d+):(\d+)/g;

const maps = new Map<string, SourceMap | null>();

/** The source map beside a file (`<file>.map`) given by its file: URL, or null when it has none. */
export function sourceMapOf(url: string): SourceMap | null {
  let map = maps.get(url);
  if (map === undefined) {
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return map;
}

/** Where line and column (0-based) of the file at `url` come from: its source's path and 0-based line and column, or null. */
export function sourceAt(url: string, line: number, column: number): { path: string; line: number; column: number } | null {
  const at = sourceMapOf(url)?.findEntry(line, column);
  if (!at || !('originalSource' in at) || !at.originalSource) return null;
  return { path: resolve(dirname(fileURLToPath(url)), at.originalSource), line: at.originalLine, column: at.originalColumn };
}

/** `stack` with each frame of a file that has a source map beside it at its source's line. */
export function sourceMappedStack(stack: string): string {
  return stack.replace(FRAME, (whole, url: string, line: string, column: string) => {
    const at = sourceAt(url, Number(line) - 1, Number(column) - 1);
    return at ? `${at.path}:${at.line + 1}:${at.column + 1}` : whole;
  });
}
