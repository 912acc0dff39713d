// One small interface over the two PostgreSQLs the hub runs on: PGlite (embedded, the
// default) and a PostgreSQL server through `pg`. Both take the same `$1` SQL, so the store
// above this is written once; LISTEN/NOTIFY carries live updates between hub processes.
import { mkdirSync } from 'node:fs';

/** What a query runs on: the database, or one transaction of it. */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: all of it lands, or none. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
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
  if (dir) mkdirSync(dir, { recursive: true });
  const pg = new PGlite(dir ?? undefined);
  await pg.waitReady;
  const run = async <R>(q: { query: PGliteQuery }, sql: string, params?: readonly unknown[]): Promise<R[]> =>
    (await q.query(sql, params ? [...params] : undefined)).rows as R[];
  return {
    kind: 'pglite',
    query: (sql, params) => run({ query: pg.query.bind(pg) as PGliteQuery }, sql, params),
    transaction: (fn) => pg.transaction((tx) => fn({ query: (sql, params) => run({ query: tx.query.bind(tx) as PGliteQuery }, sql, params) })),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    listen: async (channel, fn) => pg.listen(channel, fn),
    close: () => pg.close(),
  };
}

type PGliteQuery = (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }>;

async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A connection that drops while idle must not bring the hub down; the pool replaces it.
  pool.on('error', () => undefined);
  const listeners: import('pg').Client[] = [];
  return {
    kind: 'postgres',
    query: async <R>(sql: string, params?: readonly unknown[]) => (await pool.query(sql, params ? [...params] : undefined)).rows as R[],
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
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
      await pool.end();
    },
  };
}

/** A channel or other identifier, double-quoted for SQL. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
