// Kill: tracking commands (done, start, progress, undo, log) killed with SIGKILL — first at
// each step of a write (intent recorded, temp file durable, rename durable), then at random
// moments of a running command loop. After each kill the checks of `checkAfterRun` hold.
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { cli, checkAfterRun, firstMessage, forkTs, openEntries, seeded, tempsIn, workspace, type PartResult } from './common.js';

export interface KillOptions {
  /** Random-moment kills (the step kills come on top). */
  runs: number;
  parallel: number;
  seed: number;
  /** Kills land within this long after the loop starts. */
  maxDelayMs: number;
}

const STEPS = ['intent', 'temp', 'renamed'] as const;

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

async function randomKill(i: number, opts: KillOptions): Promise<{ failures: string[]; midWrite: boolean }> {
  const ws = workspace('kill', undefined, true);
  const rand = seeded(opts.seed + i);
  const child = forkTs('command-loop.ts', [ws.dir, String(opts.seed + i)]);
  await firstMessage(child);
  await new Promise((r) => setTimeout(r, rand() * opts.maxDelayMs));
  child.kill('SIGKILL');
  await once(child, 'exit');
  const midWrite = tempsIn(ws.dir).length > 0 || openEntries(ws.dir) > 0;
  const failures = await checkAfterRun(ws, `random kill #${i} (seed ${opts.seed + i})`);
  rmSync(ws.dir, { recursive: true, force: true });
  return { failures, midWrite };
}

export async function killPart(opts: KillOptions): Promise<PartResult> {
  const steps = await stepKills();
  const failures = [...steps.failures];
  let midWrite = 0;
  let next = 0;
  const worker = async () => {
    while (next < opts.runs) {
      const r = await randomKill(next++, opts);
      failures.push(...r.failures);
      if (r.midWrite) midWrite++;
    }
  };
  await Promise.all(Array.from({ length: opts.parallel }, worker));
  return { part: 'kill', runs: steps.runs + opts.runs, failures, notes: `${steps.runs} at each write step, ${opts.runs} at random moments (${midWrite} mid-write)` };
}
