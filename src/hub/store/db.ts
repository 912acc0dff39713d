// One small interface over the two PostgreSQLs the hub runs on: PGlite (embedded, the
// default) and a PostgreSQL server through `pg`. Both take the same `$1` SQL, so the store
// above this is written once; LISTEN/NOTIFY carries live updates between hub processes.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WaymarkError } from '../../core/errors.js';

/** What a query runs on: the database, or one transaction of it. */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction: all of it lands, or none. With `lock`, the transaction first
   * takes that advisory lock (two ints), sent with BEGIN in one round trip.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, lock?: readonly [number, number]): Promise<T>;
  /**
   * One statement on the writers' connections (a server's second pool), so what follows a
   * write never waits behind reads for a connection, nor holds one a read needs.
   */
  write<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs several statements at once (migrations). */
  exec(sql: string): Promise<void>;
  /** Calls `fn` with each NOTIFY on `channel`; the returned function stops listening. */
  listen(channel: string, fn: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Where the hub's data lives: an embedded database in a folder (or in memory), or a server. */
export type DbTarget = { kind: 'pglite'; dir: string | null } | { kind: 'postgres'; url: string };

export async function openDb(target: DbTarget): Promise<Db> {
  return target.kind === 'pglite' ? openPglite(target.dir) : openPostgres(target.url);
}

async function openPglite(dir: string | null): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  let unlock = (): void => undefined;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    unlock = lockFolder(dir);
  }
  let pg: InstanceType<typeof PGlite>;
  try {
    pg = new PGlite(dir ?? undefined);
    await pg.waitReady;
  } catch (err) {
    unlock();
    throw err;
  }
  const run = async <R>(q: { query: PGliteQuery }, sql: string, params?: readonly unknown[]): Promise<R[]> =>
    (await q.query(sql, params ? [...params] : undefined)).rows as R[];
  return {
    kind: 'pglite',
    query: (sql, params) => run({ query: pg.query.bind(pg) as PGliteQuery }, sql, params),
    write: (sql, params) => run({ query: pg.query.bind(pg) as PGliteQuery }, sql, params),
    transaction: (fn, lock) => pg.transaction(async (tx) => {
      const q: Queryable = { query: (sql, params) => run({ query: tx.query.bind(tx) as PGliteQuery }, sql, params) };
      if (lock) await q.query('SELECT pg_advisory_xact_lock($1, $2)', [...lock]);
      return fn(q);
    }),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    listen: async (channel, fn) => pg.listen(channel, fn),
    close: async () => {
      await pg.close();
      unlock();
    },
  };
}

/** The embedded database is one process's: two PGlites on one folder would corrupt it. */
export class DbInUseError extends WaymarkError {
  override name = 'DbInUseError';
  constructor(dir: string, pid: number) {
    super(`the hub database in ${dir} is in use by another process (pid ${pid}); stop that hub first, use \`--hub URL\` where a command offers it, or run on a PostgreSQL server (DATABASE_URL)`, 'E_HUB_DB_IN_USE', 1);
  }
}

function lockFolder(dir: string): () => void {
  const file = join(dir, 'waymark-hub.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8'));
      if (pid && pid !== process.pid && alive(pid)) throw new DbInUseError(dir, pid);
      if (pid === process.pid) throw new DbInUseError(dir, pid);
      // A lock left by a process that is gone.
      rmSync(file, { force: true });
    }
  }
  throw new DbInUseError(dir, 0);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

type PGliteQuery = (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }>;

/** Connections a hub process pushes on at once (see openPostgres). */
export const WRITERS = 2;

async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import('pg');
  // Single queries (a board, a token) and transactions (a push) draw on pools of their own, so
  // a burst of pushes holding connections through their round trips never queues the reads.
  // Two writers: more pushes at once do not go faster (each member's push takes their lock),
  // they only give the database more busy processes to share the cores with, and the hub's
  // readers less (the bench: board p99 after warm-up 7.5 s with six writers, 0.25–0.5 s with two).
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const writes = new pg.Pool({ connectionString: url, max: WRITERS });
  // A connection that drops while idle must not bring the hub down; the pool replaces it.
  pool.on('error', () => undefined);
  writes.on('error', () => undefined);
  const listeners: import('pg').Client[] = [];
  return {
    kind: 'postgres',
    query: async <R>(sql: string, params?: readonly unknown[]) => (await pool.query(sql, params ? [...params] : undefined)).rows as R[],
    write: async <R>(sql: string, params?: readonly unknown[]) => (await writes.query(sql, params ? [...params] : undefined)).rows as R[],
    transaction: async (fn, lock) => {
      const client = await writes.connect();
      try {
        // The lock's two ints are checked numbers, so they go in the text: one round trip, not two.
        await client.query(lock ? `BEGIN; SELECT pg_advisory_xact_lock(${int32(lock[0])}, ${int32(lock[1])})` : 'BEGIN');
        const r = await fn({ query: async <R>(sql: string, params?: readonly unknown[]) => (await client.query(sql, params ? [...params] : undefined)).rows as R[] });
        await client.query('COMMIT');
        return r;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    listen: async (channel, fn) => {
      // LISTEN needs one connection of its own for as long as it listens.
      const client = new pg.Client({ connectionString: url });
      client.on('error', () => undefined);
      await client.connect();
      client.on('notification', (n) => {
        if (n.channel === channel) fn(n.payload ?? '');
      });
      await client.query(`LISTEN ${quoteIdent(channel)}`);
      listeners.push(client);
      return async () => {
        listeners.splice(listeners.indexOf(client), 1);
        await client.end().catch(() => undefined);
      };
    },
    close: async () => {
      await Promise.all(listeners.splice(0).map((c) => c.end().catch(() => undefined)));
      await Promise.all([pool.end(), writes.end()]);
    },
  };
}

function int32(n: number): number {
  if (!Number.isInteger(n) || n < -2147483648 || n > 2147483647) throw new RangeError(`not a 32-bit integer: ${n}`);
  return n;
}

/** A channel or other identifier, double-quoted for SQL. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
