// Kill: tracking commands (done, start, progress, undo, log) killed with SIGKILL — first at
// each step of a write (intent recorded, temp file durable, rename durable), then at random
// moments of a running command loop. After each kill the checks of `checkAfterRun` hold.
// Run as root, the same again on someone else's note (owned by another user, writable by
// all) worked on as a third user: those writes go in place, and a kill halfway through one
// leaves a torn note that the next command must put back.
import { once } from 'node:events';
import { chmodSync, chownSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cli, checkAfterRun, firstMessage, forkTs, openEntries, seeded, tempsIn, workspace, type PartResult } from './common.js';

export interface KillOptions {
  /** Random-moment kills (the step kills come on top). */
  runs: number;
  /** Random-moment kills on someone else's note, written in place (only when run as root). */
  othersRuns: number;
  parallel: number;
  seed: number;
  /** Kills land within this long after the loop starts. */
  maxDelayMs: number;
}

const STEPS = ['intent', 'temp', 'renamed'] as const;

/** The user the in-place runs work as, and the one who owns the note. */
export const AS = { uid: 65534, gid: 65534 };
const OWNER = { uid: 1234, gid: 1234 };

/** True when this process can stage someone else's note (it may give files away). */
export function canStageOthers(): boolean {
  return process.getuid?.() === 0;
}

type Ws = ReturnType<typeof workspace>;

/** The workspace's note handed to OWNER (writable by all) and its folder and history to AS. */
function handOver(ws: Ws): void {
  chmodSync(ws.dir, 0o777);
  chownSync(ws.file, OWNER.uid, OWNER.gid);
  chmodSync(ws.file, 0o666);
  const hist = join(ws.dir, '.waymark');
  try {
    chownSync(hist, AS.uid, AS.gid);
    for (const f of readdirSync(hist)) chownSync(join(hist, f), AS.uid, AS.gid);
  } catch { /* no history yet: AS makes it */ }
}

function keptOwner(ws: Ws, label: string): string[] {
  const st = statSync(ws.file);
  return st.uid === OWNER.uid && st.gid === OWNER.gid && (st.mode & 0o777) === 0o666
    ? [] : [`${label}: the note lost its owner or mode (${st.uid}:${st.gid} ${(st.mode & 0o777).toString(8)})`];
}

async function stepKills(): Promise<{ runs: number; failures: string[] }> {
  const failures: string[] = [];
  let runs = 0;
  for (const verb of ['done', 'undo'] as const) {
    for (const step of STEPS) {
      const ws = workspace('kill-step');
      // Some history first: an undo needs something to undo.
      await cli(['done', 'compiler'], ws.dir);
      const child = forkTs('crash-at.ts', [ws.dir, step, verb, ...(verb === 'done' ? ['sicp'] : [])]);
      const [code, signal] = await once(child, 'exit') as [number | null, string | null];
      runs++;
      if (signal !== 'SIGKILL') failures.push(`${verb} killed at ${step}: the step never came (exit ${code})`);
      failures.push(...(await checkAfterRun(ws, `${verb} killed at ${step}`)));
      rmSync(ws.dir, { recursive: true, force: true });
    }
  }
  return { runs, failures };
}

/**
 * Someone else's note, killed at each step of a write in place. The edits change the
 * note's length before its middle, so a kill halfway leaves a note neither old nor new;
 * the next command must put the old bytes back exactly, keeping owner and mode.
 */
async function inPlaceStepKills(): Promise<{ runs: number; failures: string[] }> {
  const failures: string[] = [];
  let runs = 0;
  for (const verb of ['done', 'undo'] as const) {
    for (const step of ['intent', 'in-place'] as const) {
      const label = `${verb} on someone else's note killed at ${step}`;
      const ws = workspace('kill-inplace');
      await cli(['done', verb === 'done' ? 'compiler' : 'designing data'], ws.dir);
      handOver(ws);
      const was = readFileSync(ws.file);
      const child = forkTs('crash-at.ts', [ws.dir, step, verb, ...(verb === 'done' ? ['designing', 'data'] : [])], AS);
      const [code, signal] = await once(child, 'exit') as [number | null, string | null];
      runs++;
      if (signal !== 'SIGKILL') failures.push(`${label}: the step never came (exit ${code})`);
      if (step === 'in-place' && readFileSync(ws.file).equals(was)) failures.push(`${label}: the note was not torn (the test tears nothing)`);
      const next = await cli(['status'], ws.dir);
      if (next.code !== 0) failures.push(`${label}: the next command failed: ${next.err.trim()}`);
      if (!readFileSync(ws.file).equals(was)) failures.push(`${label}: the next command did not put the old bytes back:\n${readFileSync(ws.file, 'utf8')}`);
      failures.push(...keptOwner(ws, label));
      failures.push(...(await checkAfterRun(ws, label)));
      rmSync(ws.dir, { recursive: true, force: true });
    }
  }
  return { runs, failures };
}

async function randomKill(i: number, opts: KillOptions, others: boolean): Promise<{ failures: string[]; midWrite: boolean }> {
  const ws = workspace(others ? 'kill-others' : 'kill', undefined, true);
  if (others) handOver(ws);
  const seed = opts.seed + i + (others ? 1_000_000 : 0);
  const rand = seeded(seed);
  const child = forkTs('command-loop.ts', [ws.dir, String(seed)], others ? AS : undefined);
  await firstMessage(child);
  await new Promise((r) => setTimeout(r, rand() * opts.maxDelayMs));
  child.kill('SIGKILL');
  await once(child, 'exit');
  const midWrite = tempsIn(ws.dir).length > 0 || openEntries(ws.dir) > 0;
  const label = `random kill #${i}${others ? ' on someone else\'s note' : ''} (seed ${seed})`;
  const failures = await checkAfterRun(ws, label);
  if (others) failures.push(...keptOwner(ws, label));
  rmSync(ws.dir, { recursive: true, force: true });
  return { failures, midWrite };
}

export async function killPart(opts: KillOptions): Promise<PartResult> {
  const steps = await stepKills();
  const stage = canStageOthers();
  const inPlace = stage ? await inPlaceStepKills() : { runs: 0, failures: [] };
  const failures = [...steps.failures, ...inPlace.failures];
  const runs = [
    ...Array.from({ length: opts.runs }, (_, i) => ({ i, others: false })),
    ...Array.from({ length: stage ? opts.othersRuns : 0 }, (_, i) => ({ i, others: true })),
  ];
  const midWrite = { own: 0, others: 0 };
  let next = 0;
  const worker = async () => {
    while (next < runs.length) {
      const run = runs[next++]!;
      const r = await randomKill(run.i, opts, run.others);
      failures.push(...r.failures);
      if (r.midWrite) midWrite[run.others ? 'others' : 'own']++;
    }
  };
  await Promise.all(Array.from({ length: opts.parallel }, worker));
  const notes = [
    `${steps.runs} at each write step, ${opts.runs} at random moments (${midWrite.own} mid-write)`,
    stage
      ? `someone else's note, written in place: ${inPlace.runs} at each step, ${opts.othersRuns} at random moments (${midWrite.others} mid-write)`
      : 'someone else\'s note not run (needs root to stage it)',
  ].join('; ');
  return { part: 'kill', runs: steps.runs + inPlace.runs + runs.length, failures, notes };
}
