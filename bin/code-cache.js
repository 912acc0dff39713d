// Runs the bundled CLI (dist/bundle/main.cjs, one CommonJS file) with V8's code cache, so a
// command does not parse and compile again the code the last runs compiled. Node 22 does this
// for every module (module.enableCompileCache); Node 20 has it only for a script compiled
// through node:vm, which is why the CLI's entry is one CommonJS file loaded here.
//
// The cache lives beside the bundle (main.cjs.v8-cache): one header line (JSON: the format,
// Node's version and arch, the bundle's size and mtime, the sha256 of the bytes that follow,
// the commands whose code it holds), then what V8's createCachedData gave. It is used only when
// every field matches and the checksum is right: V8 checks its version, flags and the source's
// length, but a cache damaged inside (a bad disk block, a half-copied file) makes V8 abort the
// process, so nothing unchecked reaches it. A cache that is missing, stale, damaged or
// rejected by V8 is made again after the command ran; so is one that does not yet hold the
// command's code (a check-off compiles the reader, a bare `status` mostly does not). Written to
// a temp file and renamed into place (temp files a killed run left are removed by the next
// write); where the bundle's folder is read-only nothing is kept and the CLI runs as it would
// without a cache.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';

const FORMAT = 1;

/** What the cache file says about itself, and the V8 data after it, or null when it is not one this run may use. */
function readCache(path, expect) {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    return { state: 'none' };
  }
  const nl = bytes.indexOf(10);
  if (nl < 0 || nl > 4096) return { state: 'damaged' };
  let head;
  try {
    head = JSON.parse(bytes.subarray(0, nl).toString('utf8'));
  } catch {
    return { state: 'damaged' };
  }
  if (!head || typeof head !== 'object') return { state: 'damaged' };
  for (const k of Object.keys(expect)) if (head[k] !== expect[k]) return { state: 'stale' };
  const data = bytes.subarray(nl + 1);
  if (createHash('sha256').update(data).digest('hex') !== head.sha256) return { state: 'damaged' };
  return { state: 'used', data, commands: Array.isArray(head.commands) ? head.commands.filter((c) => typeof c === 'string') : [] };
}

/** Temp files a run killed while writing left behind (a minute old: not a write under way). */
function sweepTemps(path) {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  try {
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
      const p = join(dir, name);
      if (Date.now() - statSync(p).mtimeMs > 60_000) unlinkSync(p);
    }
  } catch {
    // Gone already, or not ours to remove.
  }
}

function writeCache(path, expect, data, commands) {
  sweepTemps(path);
  const head = JSON.stringify({ ...expect, sha256: createHash('sha256').update(data).digest('hex'), commands });
  const tmp = `${path}.${process.pid}.tmp`;
  let fd = null;
  try {
    fd = openSync(tmp, 'w');
    writeSync(fd, `${head}\n`);
    writeSync(fd, data);
    closeSync(fd);
    fd = null;
    renameSync(tmp, path);
  } catch {
    // A read-only install, a full disk: the next run compiles as this one did.
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // (never made)
    }
  }
}

/**
 * Loads the CommonJS file `file` through node:vm with the code cache beside it. Returns its
 * exports, how the cache was found (`used`, `none`, `stale`, `damaged`, `rejected`), and
 * `keep(command)`, to call once the command ran: it writes the cache again when this run
 * could not use it or compiled a command the cache did not hold yet.
 */
export function loadWithCodeCache(file, cachePath = `${file}.v8-cache`) {
  const st = statSync(file);
  const expect = { format: FORMAT, node: process.version, arch: process.arch, size: st.size, mtimeMs: st.mtimeMs };
  const found = readCache(cachePath, expect);
  const source = readFileSync(file, 'utf8');
  const url = pathToFileURL(file).href;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: url,
    ...(found.state === 'used' ? { cachedData: found.data } : {}),
    // (The packages left outside the bundle that are ES modules, loaded with import().)
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const state = found.state === 'used' && script.cachedDataRejected ? 'rejected' : found.state;
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const held = state === 'used' ? found.commands : [];
  return {
    exports: module.exports,
    cache: state,
    keep(command) {
      if (state === 'used' && held.includes(command)) return;
      let data;
      try {
        data = script.createCachedData();
      } catch {
        return;
      }
      writeCache(cachePath, expect, data, [...held, command].slice(-64));
    },
  };
}
