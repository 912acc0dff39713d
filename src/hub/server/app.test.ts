// The hub's API contract on PGlite (always) and on a PostgreSQL server (when there is one).
import { after, before } from 'node:test';
import { postgresNeed, startPostgres, type TestPostgres } from '../../../test/postgres.js';
import { REQUIRE_ALL } from '../../../test/needs.js';
import { openDb } from '../store/db.js';
import { HubStore } from '../store/store.js';
import { hubApiContract } from './app.contract.js';

hubApiContract('PGlite', async () => HubStore.open(await openDb({ kind: 'pglite', dir: null })));

const pgNeed = postgresNeed();
let server: TestPostgres | null = null;
before(async () => {
  if (pgNeed.missing === null) server = await startPostgres();
});
after(async () => {
  await server?.stop();
});
hubApiContract('PostgreSQL', async () => HubStore.open(await openDb({ kind: 'postgres', url: await server!.createDatabase() })), {
  skip: REQUIRE_ALL ? false : (pgNeed.missing ?? false),
});
