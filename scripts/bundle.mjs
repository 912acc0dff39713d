// Part of `npm run build`: bundles the CLI into dist/bundle/ with esbuild, which bin/waymark.js
// loads (a command loads a few files instead of some 150 modules: module loading was a third of
// a check-off). The CLI is built twice:
// - main.cjs, one CommonJS file, runs every command: Node 20 keeps V8's code cache only for
//   code compiled through node:vm (bin/code-cache.js), and with it a check-off on the
//   1,000-note bench folder took 0.155 s instead of 0.19. Each command's code is still
//   initialised only when that command runs (esbuild keeps a dynamic import() lazy).
// - An ES-module build with shared chunks (splitting): main.js, which answers --version and
//   --help (reading and checking the 1.8 MB file and its cache would double their time: a
//   command's code is in chunks imported only when that command runs), and what is loaded by
//   path: the reading threads' modules (read-pool-worker.js, read-worker-thread.js), the
//   corrections' schema (required synchronously by src/edge/corrections.ts), and the
//   workspace's reader (the speed bench counts the notes it reads).
// Source maps (linked, no sources inlined) name the TypeScript files in stack traces.
//
// The bundle is told the fingerprints of the code it is made of (WAYMARK_BUILD_*): the read
// cache's version is the hash of the reader's sources and the locked dependencies, the memo's
// the hash of every source and the locked dependencies, so a change to any of them rebuilds
// what was kept.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// (Tests bundle into a folder of their own.)
const OUT = process.env.WAYMARK_BUNDLE_OUT ?? join(ROOT, 'dist', 'bundle');

/** Packages left to node_modules: native addons, files found beside their own module, the hub's server side. */
export const EXTERNAL = ['better-sqlite3', '@node-rs/argon2', '@electric-sql/pglite', 'pg', 'pg-native', 'chokidar', 'fsevents', 'playwright-core'];

/**
 * zod's classic API re-exports every one of its 60-odd message locales (`z.locales`), about 400
 * KB of the bundle that every command would read and compile; Waymark uses only the English
 * messages zod registers itself (from locales/en.js, which this leaves alone).
 */
const ZOD_LOCALES_LEFT_OUT = {
  name: 'zod-locales-left-out',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (a) => (/[\\/]zod[\\/]/.test(a.importer) ? { path: 'zod-locales', namespace: 'waymark-empty' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'waymark-empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/**
 * Comments and white space out, syntax shortened (names kept: stack traces and the speed
 * bench's profile name functions): main.cjs is read, checked and compiled on every command,
 * and 2.9 MB → 1.8 MB took that from about 217 ms to 170 ms of each command's start (without
 * the code cache; measured 2026-12-06 on the 2-core machine).
 */
const SMALLER = { minifyWhitespace: true, minifySyntax: true, plugins: [ZOD_LOCALES_LEFT_OUT] };

/** The reader's sources: core/ and the edge files that make or keep a note's reading. */
const READER = [/^src\/core\//, /^src\/edge\/(read-cache|read-pool|read-pool-worker|decode-note|workspace)\.ts$/];

function sources(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push(relative(ROOT, p).split('\\').join('/'));
  }
  return out;
}

/** sha256 of the files' paths and contents, in path order. */
function hashFiles(files) {
  const h = createHash('sha256');
  for (const f of [...files].sort()) h.update(`${f}\n`).update(readFileSync(join(ROOT, f))).update('\n');
  return h.digest('hex').slice(0, 32);
}

export async function bundle() {
  const all = sources(join(ROOT, 'src')).filter((f) => !f.startsWith('src/web/'));
  const built = {
    // The locked packages too: the reader bundles one (fastest-levenshtein).
    reader: hashFiles([...all.filter((f) => READER.some((r) => r.test(f))), 'package-lock.json']),
    code: hashFiles([...all, 'package.json', 'package-lock.json']),
  };
  rmSync(OUT, { recursive: true, force: true });
  const define = { WAYMARK_BUILD_READER: JSON.stringify(built.reader), WAYMARK_BUILD_CODE: JSON.stringify(built.code) };
  await build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'src/cli/main.ts' },
    outdir: OUT,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20.19',
    sourcemap: 'linked',
    sourcesContent: false,
    external: EXTERNAL,
    // import.meta.url names the file a module's neighbours are found beside: here, main.cjs,
    // beside the ES-module entries (workers, the corrections' schema, help-index.json).
    define: { ...define, 'import.meta.url': '__waymarkUrl' },
    banner: { js: "const __waymarkUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
    // (import.meta.resolve is used only when running from the TypeScript sources.)
    logOverride: { 'empty-import-meta': 'silent' },
    ...SMALLER,
  });
  await build({
    absWorkingDir: ROOT,
    entryPoints: {
      main: 'src/cli/main.ts',
      'read-pool-worker': 'src/edge/read-pool-worker.ts',
      'read-worker-thread': 'src/server/read-worker-thread.ts',
      'corrections-config': 'src/edge/corrections-config.ts',
      workspace: 'src/edge/workspace.ts',
    },
    outdir: OUT,
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    sourcemap: 'linked',
    sourcesContent: false,
    external: EXTERNAL,
    define,
    // The CommonJS packages bundled (commander, …) require Node's own modules.
    banner: { js: "import { createRequire as __waymarkRequire } from 'node:module'; const require = __waymarkRequire(import.meta.url);" },
    logLevel: 'warning',
    ...SMALLER,
  });
  // `waymark --help` reads the commands' lines beside the entry (scripts/help-index.mjs wrote
  // them; without them it loads every command to list them).
  const index = join(ROOT, 'dist', 'cli', 'help-index.json');
  if (existsSync(index)) copyFileSync(index, join(OUT, 'help-index.json'));
  return built;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(`${JSON.stringify(await bundle())}\n`);
