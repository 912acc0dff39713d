// `npm run bench`: runs every benchmark module that exists, one after another, and prints
// a summary table. A module is `bench/<name>.ts` exporting `run<Name>Bench(): Promise<result>`;
// a missing module, or one without that export, is skipped with a note.
// Exit code: 1 when a bench failed its target or threw, else 0.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

interface BenchSpec {
  name: string;
  file: string;
  exportName: string;
  /** Optional pretty printer the module may export for its own report. */
  formatName: string;
}

export const BENCHES: BenchSpec[] = [
  { name: 'speed', file: 'speed.ts', exportName: 'runSpeedBench', formatName: 'formatSpeedReport' },
  { name: 'read', file: 'read.ts', exportName: 'runReadBench', formatName: 'formatReadReport' },
  { name: 'plan', file: 'plan.ts', exportName: 'runPlanBench', formatName: 'formatPlanReport' },
  { name: 'track', file: 'track.ts', exportName: 'runTrackBench', formatName: 'formatTrackReport' },
  { name: 'serve', file: 'serve.ts', exportName: 'runServeBench', formatName: 'formatServeReport' },
  { name: 'git-import', file: 'git-import.ts', exportName: 'runGitImportBench', formatName: 'formatGitImportReport' },
];

interface Row {
  name: string;
  outcome: 'PASS' | 'FAIL' | 'done' | 'skipped' | 'error';
  seconds: number | null;
  summary: string;
}

/** A one-line summary of a result of unknown shape: its `summary`, else its scalar fields. */
export function summarize(result: unknown): string {
  if (result === null || typeof result !== 'object') return String(result);
  const r = result as Record<string, unknown>;
  if (typeof r.summary === 'string') return r.summary;
  const parts: string[] = [];
  for (const [k, v] of Object.entries(r)) {
    if (k === 'name' || k === 'pass' || k === 'ok') continue;
    if (typeof v === 'number') parts.push(`${k} ${Number.isInteger(v) ? v : v.toFixed(2)}`);
    else if (typeof v === 'string' && v.length <= 40) parts.push(`${k} ${v}`);
    else if (typeof v === 'boolean') parts.push(`${k} ${v}`);
  }
  return parts.join(', ');
}

/** PASS/FAIL when the result says (`pass` or `ok`), else just "done". */
export function outcomeOf(result: unknown): Row['outcome'] {
  if (result && typeof result === 'object') {
    const r = result as Record<string, unknown>;
    const flag = typeof r.pass === 'boolean' ? r.pass : typeof r.ok === 'boolean' ? r.ok : null;
    if (flag !== null) return flag ? 'PASS' : 'FAIL';
  }
  return 'done';
}

function table(rows: Row[]): string {
  const head = ['bench', 'result', 'time', 'summary'];
  const cells = rows.map((r) => [r.name, r.outcome, r.seconds === null ? '' : `${r.seconds.toFixed(1)} s`, r.summary]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((s, i) => (i === c.length - 1 ? s : s.padEnd(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n') + '\n';
}

export async function runAll(only: string[] = []): Promise<Row[]> {
  const rows: Row[] = [];
  for (const b of BENCHES) {
    if (only.length && !only.includes(b.name)) continue;
    const path = join(HERE, b.file);
    if (!existsSync(path)) {
      rows.push({ name: b.name, outcome: 'skipped', seconds: null, summary: `bench/${b.file} does not exist yet` });
      continue;
    }
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    } catch (err) {
      rows.push({ name: b.name, outcome: 'error', seconds: null, summary: `cannot load bench/${b.file}: ${(err as Error).message.split('\n')[0]}` });
      continue;
    }
    const run = mod[b.exportName];
    if (typeof run !== 'function') {
      rows.push({ name: b.name, outcome: 'skipped', seconds: null, summary: `bench/${b.file} has no ${b.exportName} export` });
      continue;
    }
    process.stdout.write(`\n== ${b.name} ==\n`);
    const t0 = performance.now();
    try {
      const result: unknown = await (run as () => Promise<unknown>)();
      const seconds = (performance.now() - t0) / 1000;
      const format = mod[b.formatName];
      if (typeof format === 'function') process.stdout.write(String((format as (r: unknown) => unknown)(result)));
      else process.stdout.write(JSON.stringify(result, null, 2) + '\n');
      rows.push({ name: b.name, outcome: outcomeOf(result), seconds, summary: summarize(result) });
    } catch (err) {
      const seconds = (performance.now() - t0) / 1000;
      process.stdout.write(`${b.name} bench threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      rows.push({ name: b.name, outcome: 'error', seconds, summary: err instanceof Error ? err.message.split('\n')[0]! : String(err) });
    }
  }
  return rows;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  // `npm run bench -- read plan` runs only those.
  const rows = await runAll(process.argv.slice(2));
  process.stdout.write('\n== summary ==\n' + table(rows));
  for (const r of rows) if (r.outcome === 'skipped') process.stdout.write(`note: ${r.name} skipped (${r.summary})\n`);
  process.exitCode = rows.some((r) => r.outcome === 'FAIL' || r.outcome === 'error') ? 1 : 0;
}
