// The hub's API contract on PGlite (always) and on a PostgreSQL server (when there is one).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { usePostgres } from '../../../test/postgres.js';
import { need } from '../../../test/needs.js';
import { openDb } from '../store/db.js';
import { HubStore } from '../store/store.js';
import { samplePush } from '../store/store.contract.js';
import { hubApiContract } from './app.contract.js';
import { createHubApp } from './app.js';
import { LiveChanges } from './live.js';

hubApiContract('PGlite', async () => HubStore.open(await openDb({ kind: 'pglite', dir: null })));

const pg = usePostgres();
const pgNeed = pg.need;
hubApiContract('PostgreSQL', async () => HubStore.open(await openDb({ kind: 'postgres', url: await pg.database() })), {
  skip: pgNeed.missing ?? false,
});

test('two hub apps on one PostgreSQL, in one process: a push to one reaches a live board on the other within 1 s (across processes: test/hub/scale-out.test.ts)', async (t) => {
  if (!need(t, pgNeed)) return;
  const url = await pg.database();
  const [a, b] = [await HubStore.open(await openDb({ kind: 'postgres', url })), await HubStore.open(await openDb({ kind: 'postgres', url }))];
  const live = await LiveChanges.start(b);
  try {
    const c = await a.ensureCohort('live');
    const u = await a.ensureUser('lu');
    await a.setRole(c.id, u.id, 'member');
    const { token } = await a.createToken(u.id, c.id);
    const appA = createHubApp({ store: a });
    const appB = createHubApp({ store: b, live });
    const res = await appB.request('/api/cohorts/live/live', { headers: { authorization: `Bearer ${token}` } });
    assert.equal(res.status, 200);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let seen = '';
    const changed = (async () => {
      while (!seen.includes('event: change')) {
        const { value, done } = await reader.read();
        if (done) break;
        seen += decoder.decode(value);
      }
      return Date.now();
    })();
    while (!seen.includes('event: ready')) await new Promise((r) => setTimeout(r, 10));
    const sent = Date.now();
    const push = await appA.request('/api/push', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(samplePush(2)) });
    assert.equal(push.status, 200);
    const at = await changed;
    assert.ok(at - sent < 1000, `arrived after ${at - sent} ms`);
    await reader.cancel();
  } finally {
    await live.close();
    await a.close();
    await b.close();
  }
});
