// A throwaway PostgreSQL server for the hub's tests: initdb in a temp folder and pg_ctl on a
// free loopback port (as the `postgres` user when run as root, since initdb refuses root),
// or the server in $WAYMARK_TEST_DATABASE_URL. Each caller gets a fresh database of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, before } from 'node:test';
import type { Need } from './needs.js';

/** The folder holding initdb and pg_ctl: on the PATH, else Debian's /usr/lib/postgresql/N/bin. */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')) && existsSync(join(dir, 'postgres'))) return dir;
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const v of readdirSync(debian).sort().reverse()) {
      const bin = join(debian, v, 'bin');
      if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'postgres'))) return bin;
    }
  }
  return null;
}

export function postgresNeed(): Need {
  if (process.env.WAYMARK_TEST_DATABASE_URL) return { missing: null };
  return {
    missing: findPostgresBin() ? null : 'needs a PostgreSQL server (apt-get install postgresql, or set WAYMARK_TEST_DATABASE_URL=postgres://…)',
  };
}

export interface TestPostgres {
  /** A new, empty database on the server; its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

let counter = 0;

/** Starts (or connects to) the server. Call `stop` when done. */
export async function startPostgres(): Promise<TestPostgres> {
  const given = process.env.WAYMARK_TEST_DATABASE_URL;
  if (given) return { createDatabase: () => createDatabase(given), stop: () => Promise.resolve() };
  const bin = findPostgresBin();
  if (!bin) throw new Error('no PostgreSQL server binaries found');
  const dir = mkdtempSync(join(tmpdir(), 'waymark-pg-'));
  const data = join(dir, 'data');
  const root = process.getuid?.() === 0;
  // initdb refuses to run as root: run the server as `postgres`, which must own the folder.
  const as = (cmd: string, args: string[]): void => {
    const [file, argv] = root ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  };
  if (root) {
    chmodSync(dir, 0o755);
    const ids = execFileSync('id', ['-u', 'postgres']).toString().trim();
    const gid = execFileSync('id', ['-g', 'postgres']).toString().trim();
    chownSync(dir, Number(ids), Number(gid));
  }
  const port = await freePort();
  as('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  as('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, 'start']);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    createDatabase: () => createDatabase(url),
    stop: () => {
      spawnSync(root ? 'runuser' : join(bin, 'pg_ctl'), root ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop'] : ['-D', data, '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

async function createDatabase(serverUrl: string): Promise<string> {
  const { default: pg } = await import('pg');
  const name = `waymark_test_${process.pid}_${Date.now()}_${counter++}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * For a test file: starts the server before its tests when there is one, stops it after.
 * `database()` gives a fresh database's URL; `need` is the skip line when there is none.
 */
export function usePostgres(): { need: Need; database: () => Promise<string> } {
  const pgNeed = postgresNeed();
  let server: TestPostgres | null = null;
  before(async () => {
    if (pgNeed.missing === null) server = await startPostgres();
  });
  after(async () => {
    await server?.stop();
  });
  return {
    need: pgNeed,
    database: () => {
      if (!server) throw new Error('no PostgreSQL server was started');
      return server.createDatabase();
    },
  };
}
