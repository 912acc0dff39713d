// Hub server processes for tests and the load bench: `waymark hub serve` from the TypeScript
// sources on a PostgreSQL URL, on a free loopback port, stopped with SIGTERM as a person would.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../cli-run.js';

const CLI = join(REPO, 'test', 'fixtures', 'waymark-cli.ts');

export interface HubProcess {
  url: string;
  pid: number;
  /** Resident memory now and at its peak in MB, and the CPU time it has used (Linux /proc; null elsewhere). */
  usage(): { rssMb: number; peakMb: number; cpuSeconds: number } | null;
  stop(): Promise<void>;
}

/**
 * Starts `waymark hub serve --host 127.0.0.1 --port 0` on `databaseUrl`; resolves once it listens.
 * `nodeArgs` go to node before the CLI (the bench's probe), `env` is added to the process's.
 */
export function spawnHub(databaseUrl: string, opts: { timeoutMs?: number; nodeArgs?: string[]; env?: Record<string, string> } = {}): Promise<HubProcess> {
  return spawnServer([...(opts.nodeArgs ?? []), CLI, 'hub', 'serve', '--host', '127.0.0.1', '--port', '0'], /Waymark hub: (http:\/\/\S+)/, { ...opts.env, DATABASE_URL: databaseUrl }, opts.timeoutMs);
}

/** Starts `node --import tsx ARGS…` and resolves with its URL once its output matches `listening`. */
export function spawnServer(args: string[], listening: RegExp, env: Record<string, string> = {}, timeoutMs = 30_000): Promise<HubProcess> {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), ...args], {
    cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env, NO_COLOR: '1' },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start in time:\n${out}${err}`));
    }, timeoutMs);
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = listening.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(handle(child, m[1]!));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before it listened:\n${out}${err}`));
    });
  });
}

function handle(child: ChildProcess, url: string): HubProcess {
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    url,
    pid: child.pid!,
    usage: () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = (k: string): number => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
        // utime and stime, the 14th and 15th fields, after the command's closing parenthesis; in ticks of 1/100 s.
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / 100;
        return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024), cpuSeconds };
      } catch {
        return null;
      }
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(killer);
      }
    },
  };
}
