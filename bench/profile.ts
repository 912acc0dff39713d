// Where a command's CPU time goes, from the V8 CPU profiles `node --cpu-prof` writes (one per
// thread: the main thread and each reading worker): the samples of all threads, each counted
// once under the innermost step of Waymark's it fell in. The speed bench prints it beside a
// target it cannot meet, so the shortfall is explained by measurement, not guessed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceAt } from '../src/cli/stack.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber?: number;
  columnNumber?: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * The steps, innermost first wins; a sample in none of them is "other". A frame in the bundle
 * (dist/bundle/) is named by its source (through the chunk's source map), so the same tests
 * hold for the bundle, the compiled files and the sources.
 */
const STEPS: { name: string; test: (f: CallFrame) => boolean }[] = [
  { name: 'cache: encode and write', test: (f) => /^(encodeRead|keepAssembled|save|keepMemo)$/.test(f.functionName) && /edge\/(read-cache|memo)\.[jt]s$/.test(f.url) },
  { name: 'cache: decode', test: (f) => /^(decodeRead|assembled|keptRoadmap|basis)$/.test(f.functionName) && /edge\/read-cache\.[jt]s$/.test(f.url) },
  { name: 'reader (per note)', test: (f) => f.functionName === 'readOne' && /core\/notes\/index\.[jt]s$/.test(f.url) },
  { name: 'steps across notes (assemble)', test: (f) => /^(assemble|assembleKeeping)$/.test(f.functionName) && /core\/notes\/index\.[jt]s$/.test(f.url) },
  { name: 'steps across notes (a patch)', test: (f) => f.functionName === 'patchAssembled' && /core\/notes\/patch\.[jt]s$/.test(f.url) },
  { name: 'history and stats', test: (f) => f.functionName === 'historyFor' && /edge\/history\.[jt]s$/.test(f.url) },
  { name: 'summary (standing, plan)', test: (f) => f.functionName === 'makeFacts' && /commands\/status\.[jt]s$/.test(f.url) },
  { name: 'finding notes', test: (f) => f.functionName === 'findNotes' && /edge\/(workspace|find-notes)\.[jt]s$/.test(f.url) },
  { name: 'module loading', test: (f) => f.url.startsWith('node:internal/modules') },
];

export interface ProfileSummary {
  /** CPU seconds of all threads (idle left out). */
  total: number;
  /** Seconds by step, largest first (garbage collection and other included). */
  steps: [string, number][];
}

/** The frame as its source names it, when its file has a source map beside it (the bundle's chunks). */
function sourceFrame(f: CallFrame): CallFrame {
  if (!f.url.startsWith('file://') || f.lineNumber === undefined || f.lineNumber < 0) return f;
  const at = sourceAt(f.url, f.lineNumber, f.columnNumber ?? 0);
  // esbuild renames a function whose name another module's takes (save → save2).
  return at ? { ...f, functionName: f.functionName.replace(/\d+$/, ''), url: at.path } : f;
}

export function summarizeProfiles(profiles: readonly CpuProfile[]): ProfileSummary {
  const by = new Map<string, number>();
  let total = 0;
  for (const p of profiles) {
    const node = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const stepOf = new Map<number, string>();
    const step = (id: number): string => {
      const known = stepOf.get(id);
      if (known !== undefined) return known;
      const f = sourceFrame(node.get(id)!.callFrame);
      let s: string;
      if (f.functionName === '(garbage collector)') s = 'garbage collection';
      else if (f.functionName === '(idle)') s = 'idle';
      else {
        const hit = STEPS.find((x) => x.test(f));
        const up = parent.get(id);
        s = hit ? hit.name : up === undefined ? 'other' : step(up);
      }
      stepOf.set(id, s);
      return s;
    };
    p.samples.forEach((id, i) => {
      const s = step(id);
      if (s === 'idle') return;
      const t = (p.timeDeltas[i] ?? 0) / 1e6;
      by.set(s, (by.get(s) ?? 0) + t);
      total += t;
    });
  }
  return { total, steps: [...by].sort((a, b) => b[1] - a[1]) };
}

/** Every profile `--cpu-prof-dir=dir` left. */
export function profilesIn(dir: string): CpuProfile[] {
  return readdirSync(dir).filter((n) => n.endsWith('.cpuprofile')).map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as CpuProfile);
}

export function formatProfile(s: ProfileSummary): string {
  return `${s.total.toFixed(1)} s CPU on all threads: ${s.steps.map(([k, t]) => `${k} ${t.toFixed(1)}`).join(', ')}`;
}
