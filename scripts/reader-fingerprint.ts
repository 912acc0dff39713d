// `node --import tsx scripts/reader-fingerprint.ts [--write FILE | --check FILE] [--speed] [--vault DIR]`:
// an oracle for changes that must not change what the reader reads (a speed-up, a refactor).
// Reads every note of the shared corpus (../shared/corpus or WAYMARK_CORPUS), every labelled
// note in test/notes and a sample of the read bench's generated vault (1,000 notes, 5 MB, in
// DIR, default <tmp>/waymark-fingerprint-vault), and hashes, per file, the reader's whole
// output: readNote's drafts (every field), blocks, warnings and scanned lines (offsets,
// shapes); its trace (`waymark why`); and readOne's note read (ids, parents, budget lines).
// Without an option it prints one line per file; `--write FILE` records them, `--check FILE`
// compares and exits 1 on any file whose hash changed (or is missing or new). Only hashes are
// printed: nothing of a note's text or of a gold is shown. `--speed` also measures the per-note
// reader (readOne, as the cold status profile's "reader (per note)") on one core, in MB/s (10^6
// bytes) of CPU time, on the real notes (corpus + labelled) and on the vault sample, each in a
// fresh process: its first pass (cold: the JIT and the reader's memos start empty, as in a cold
// `status`) and the best of three more (warm). Where /proc tells it (Linux), the cold figure also
// says how much of its CPU time V8's background threads took: its optimising compiler, above all.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { ensureVault, readVault } from '../bench/read.js';
import { readOne, type NoteFile } from '../src/core/notes/index.js';
import { readNote } from '../src/core/notes/reader.js';
import { notePath } from '../test/notes/scoring.js';

const ROOT = join(import.meta.dirname, '..');
const TODAY = '2026-12-01';
/** The vault sample: fixed, so a recorded fingerprint stays comparable. */
const VAULT = { seed: 20261122, notes: 1000, bytes: 5 * 1024 * 1024 };

const args = process.argv.slice(2);
const opt = (name: string): string | null => {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? null) : null;
};
const writeTo = opt('--write');
const checkAgainst = opt('--check');
const speed = args.includes('--speed');
const speedChild = opt('--speed-child');
const vaultDir = opt('--vault') ?? join(tmpdir(), 'waymark-fingerprint-vault');

interface Set_ {
  name: 'corpus' | 'labelled' | 'vault';
  files: NoteFile[];
}

function corpusFiles(): NoteFile[] {
  const dir = process.env.WAYMARK_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
  if (!existsSync(dir)) {
    console.error(`no corpus at ${dir} (set WAYMARK_CORPUS); the fingerprint leaves it out`);
    return [];
  }
  const out: NoteFile[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (!/\.json$/.test(n)) out.push({ path: relative(dir, p).split(sep).join('/'), text: readFileSync(p, 'utf8'), sha256: '' });
    }
  };
  walk(dir);
  return out;
}

/** Every note in test/notes that has a gold (the gold is only used for the note's name). */
function labelledFiles(): NoteFile[] {
  const dir = join(ROOT, 'test', 'notes');
  const out: NoteFile[] = [];
  for (const g of readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.gold.json')).sort()) {
    const file = (JSON.parse(readFileSync(join(dir, 'gold', g), 'utf8')) as { file: string }).file;
    const p = join(dir, file);
    if (existsSync(p)) out.push({ path: notePath(file), text: readFileSync(p, 'utf8'), sha256: '' });
  }
  return out;
}

/** Canonical text of a value: keys sorted, undefined, NaN, Maps and Sets spelt out. */
function canon(v: unknown, out: string[]): void {
  if (v === undefined) out.push('u');
  else if (v === null) out.push('n');
  else if (typeof v === 'number') out.push(Object.is(v, -0) ? '-0' : String(v));
  else if (typeof v === 'string') out.push(JSON.stringify(v));
  else if (typeof v === 'boolean' || typeof v === 'bigint') out.push(String(v));
  else if (Array.isArray(v)) {
    out.push('[');
    for (let i = 0; i < v.length; i++) {
      if (i) out.push(',');
      canon(v[i], out);
    }
    out.push(']');
  } else if (v instanceof Map) {
    out.push('Map');
    canon([...v.entries()], out);
  } else if (v instanceof Set) {
    out.push('Set');
    canon([...v.values()], out);
  } else if (v instanceof RegExp) out.push(String(v));
  else if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    out.push('{');
    for (const k of Object.keys(o).sort()) {
      out.push(JSON.stringify(k), ':');
      canon(o[k], out);
      out.push(',');
    }
    out.push('}');
  } else out.push(`?${typeof v}`);
}

function fingerprint(file: NoteFile): string {
  const h = createHash('sha256');
  const put = (label: string, v: unknown): void => {
    const parts: string[] = [];
    canon(v, parts);
    h.update(label);
    h.update(parts.join(''));
  };
  put('readNote', readNote(file.path, file.text, TODAY));
  put('trace', readNote(file.path, file.text, TODAY, { trace: true }));
  put('readOne', readOne(file, TODAY));
  return h.digest('hex').slice(0, 32);
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * CPU ms of this process's main thread, where /proc tells it (Linux), or null: the rest of the
 * process's CPU time is V8's threads, its optimising compiler's above all (and the collector's).
 */
function mainThreadMs(): number | null {
  try {
    const st = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10; // utime + stime, in clock ticks (USER_HZ, 100 a second on Linux)
  } catch {
    return null;
  }
}

interface Speed {
  mb: number;
  coldMs: number;
  warmMs: number;
  /** Of coldMs, what threads other than the main one took (null where it cannot be told). */
  coldBackgroundMs: number | null;
}

/** CPU ms of the first pass over the files (cold) and of the best of three more (warm). */
function measure(files: NoteFile[]): Speed {
  const bytes = files.reduce((a, f) => a + Buffer.byteLength(f.text), 0);
  const runs: number[] = [];
  let coldBackgroundMs: number | null = null;
  for (let r = 0; r < 4; r++) {
    const m0 = mainThreadMs();
    const c0 = cpuMs();
    for (const f of files) readOne(f, TODAY);
    runs.push(cpuMs() - c0);
    const m1 = mainThreadMs();
    if (r === 0 && m0 !== null && m1 !== null) coldBackgroundMs = Math.max(0, runs[0]! - (m1 - m0));
  }
  return { mb: bytes / 1e6, coldMs: runs[0]!, warmMs: Math.min(...runs.slice(1)), coldBackgroundMs };
}

ensureVault(VAULT, vaultDir);
if (speedChild) {
  // One set measured in a process of its own, so its first pass is cold.
  const files = speedChild === 'real' ? [...corpusFiles(), ...labelledFiles()] : readVault(vaultDir);
  process.stdout.write(JSON.stringify(measure(files)));
  process.exit(0);
}
const sets: Set_[] = [
  { name: 'corpus', files: corpusFiles() },
  { name: 'labelled', files: labelledFiles() },
  { name: 'vault', files: readVault(vaultDir) },
];

const lines: string[] = [];
if (writeTo || checkAgainst || !speed) for (const s of sets) for (const f of s.files) lines.push(`${fingerprint(f)}  ${s.name}:${f.path}`);
const text = lines.join('\n') + '\n';

if (writeTo) {
  writeFileSync(writeTo, text);
  console.log(`${lines.length} files fingerprinted into ${writeTo}`);
} else if (checkAgainst) {
  const want = new Map(readFileSync(checkAgainst, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(34), l.slice(0, 32)] as const));
  const got = new Map(lines.map((l) => [l.slice(34), l.slice(0, 32)] as const));
  const changed = [...got].filter(([k, v]) => want.has(k) && want.get(k) !== v).map(([k]) => k);
  const added = [...got.keys()].filter((k) => !want.has(k));
  const missing = [...want.keys()].filter((k) => !got.has(k));
  for (const k of changed) console.log(`changed  ${k}`);
  for (const k of added) console.log(`new      ${k}`);
  for (const k of missing) console.log(`missing  ${k}`);
  const same = got.size - changed.length - added.length;
  console.log(`${same} of ${got.size} files read identically${changed.length ? `; ${changed.length} changed` : ''}${added.length ? `; ${added.length} new` : ''}${missing.length ? `; ${missing.length} missing` : ''}`);
  if (changed.length || added.length || missing.length) process.exitCode = 1;
} else if (!speed) process.stdout.write(text);

if (speed) {
  const child = (set: string): Speed => {
    const res = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--speed-child', set, '--vault', vaultDir], { encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`speed of ${set}: ${res.stderr}`);
    return JSON.parse(res.stdout) as Speed;
  };
  const f = (m: Speed): string =>
    `cold ${(m.mb / (m.coldMs / 1000)).toFixed(2)} MB/s, warm ${(m.mb / (m.warmMs / 1000)).toFixed(2)} MB/s (${m.mb.toFixed(2)} MB; CPU ms ${m.coldMs.toFixed(0)} / ${m.warmMs.toFixed(0)}${m.coldBackgroundMs === null ? '' : `; of the cold ms, ${m.coldBackgroundMs.toFixed(0)} on V8's background threads`})`;
  console.log(`reader per note (readOne), one core, by CPU time; cold = first pass in a fresh process, warm = best of 3 after it:\n  real notes (corpus + labelled)  ${f(child('real'))}\n  vault sample                    ${f(child('vault'))}`);
}
