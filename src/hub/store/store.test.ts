// The hub store's contract on PGlite (always) and on a PostgreSQL server (when there is one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { usePostgres } from '../../../test/postgres.js';
import { need } from '../../../test/needs.js';
import { openDb } from './db.js';
import { migrate, MIGRATIONS } from './migrations.js';
import { HubStore } from './store.js';
import { hubStoreContract } from './store.contract.js';

hubStoreContract('PGlite', async (clock) => HubStore.open(await openDb({ kind: 'pglite', dir: null }), { now: () => clock.now }));

const pg = usePostgres();
const pgNeed = pg.need;
hubStoreContract('PostgreSQL', async (clock) => HubStore.open(await openDb({ kind: 'postgres', url: await pg.database() }), { now: () => clock.now }), {
  skip: pgNeed.missing ?? false,
});

test('PostgreSQL server: several hub processes migrating at once apply each migration once', async (t) => {
  if (!need(t, pgNeed)) return;
  const url = await pg.database();
  const dbs = await Promise.all([1, 2, 3].map(() => openDb({ kind: 'postgres', url })));
  const applied = await Promise.all(dbs.map((db) => migrate(db)));
  assert.deepEqual(applied.flat().sort(), MIGRATIONS.map((_, i) => i + 1));
  await Promise.all(dbs.map((db) => db.close()));
});
