// What the hub bench loads into each server it measures (`node --import …/hub-probe.ts`), to see
// where a request's time goes without changing the server: the event loop's delay (how long a
// ready callback waits for the thread), and, where the process uses `pg`, how long each kind of
// statement waited for a pooled connection and then ran (from sending it to its answer, so the
// database's own time plus its share of the machine). On exit it writes one JSON object to
// $WAYMARK_HUB_PROBE_OUT.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface ProbeStats {
  /** Event-loop delay in ms. */
  loop: { p50: number; p99: number; max: number };
  /** Waits for a pooled connection (any statement or transaction), ms. */
  poolWait: { n: number; p50: number; p99: number };
  /** Per statement (its first words): how many, and ms from sending it to its answer. */
  sql: Record<string, { n: number; p50: number; p99: number }>;
}

const out = process.env.WAYMARK_HUB_PROBE_OUT;
if (out) {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const runs = new Map<string, number[]>();
  const waits: number[] = [];
  const keyOf = (sql: unknown): string => String(sql).replace(/\s+/g, ' ').replace(/\d+/g, 'N').trim().slice(0, 48);
  const note = (key: string, ms: number): void => {
    const xs = runs.get(key) ?? [];
    xs.push(ms);
    runs.set(key, xs);
  };
  try {
    // The hub's `pg` (node_modules is shared, so this is the same module the server loads).
    const pg = createRequire(`${process.cwd()}/package.json`)('pg') as typeof import('pg');
    // The originals, called with the instance as `this` below.
    const q = Reflect.get(pg.Client.prototype, 'query') as (...a: unknown[]) => unknown;
    pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
      const started = performance.now();
      const key = keyOf(typeof args[0] === 'object' && args[0] !== null ? (args[0] as { text?: string }).text : args[0]);
      const cb = args.at(-1);
      if (typeof cb === 'function') {
        args[args.length - 1] = (...r: unknown[]) => {
          note(key, performance.now() - started);
          return (cb as (...r: unknown[]) => unknown)(...r);
        };
        return q.apply(this, args);
      }
      const r = q.apply(this, args);
      if (r instanceof Promise) void r.then(() => note(key, performance.now() - started), () => undefined);
      return r;
    } as typeof pg.Client.prototype.query;
    const connect = Reflect.get(pg.Pool.prototype, 'connect') as (...a: unknown[]) => unknown;
    pg.Pool.prototype.connect = function (this: unknown, ...args: unknown[]) {
      const started = performance.now();
      const cb = args[0];
      if (typeof cb === 'function') {
        return connect.call(this, (...r: unknown[]) => {
          waits.push(performance.now() - started);
          return (cb as (...r: unknown[]) => unknown)(...r);
        });
      }
      const r = connect.apply(this, args) as Promise<unknown>;
      void r.then(() => waits.push(performance.now() - started), () => undefined);
      return r;
    } as typeof pg.Pool.prototype.connect;
  } catch {
    // No `pg` here (the floor): only the event loop is measured.
  }
  const pct = (xs: number[], p: number): number => {
    if (!xs.length) return 0;
    const s = [...xs].sort((a, b) => a - b);
    return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 10) / 10;
  };
  process.on('exit', () => {
    const stats: ProbeStats = {
      loop: { p50: Math.round(loop.percentile(50) / 1e5) / 10, p99: Math.round(loop.percentile(99) / 1e5) / 10, max: Math.round(loop.max / 1e5) / 10 },
      poolWait: { n: waits.length, p50: pct(waits, 50), p99: pct(waits, 99) },
      sql: Object.fromEntries([...runs].sort((a, b) => b[1].length - a[1].length).map(([k, xs]) => [k, { n: xs.length, p50: pct(xs, 50), p99: pct(xs, 99) }])),
    };
    writeFileSync(out, JSON.stringify(stats));
  });
}
