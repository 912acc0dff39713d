// Names the TypeScript files in a stack trace of the bundle (dist/bundle/): each frame in a
// bundled file is mapped through that file's source map, read only here, when an internal
// error is reported. (Turning source maps on for every run, as --enable-source-maps does,
// reads and measures every loaded chunk's map: some 5 ms of each command.)
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FRAME = /(file:\/\/[^\s()]+?\.js):(\d+):(\d+)/g;

/** `stack` with each frame of a file that has a source map beside it (`<file>.map`) at its source's line. */
export function sourceMappedStack(stack: string): string {
  const maps = new Map<string, SourceMap | null>();
  return stack.replace(FRAME, (whole, url: string, line: string, column: string) => {
    let map = maps.get(url);
    if (map === undefined) {
      try {
        map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
      } catch {
        map = null;
      }
      maps.set(url, map);
    }
    const at = map?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!at || !('originalSource' in at) || !at.originalSource) return whole;
    return `${resolve(dirname(fileURLToPath(url)), at.originalSource)}:${at.originalLine + 1}:${at.originalColumn + 1}`;
  });
}
