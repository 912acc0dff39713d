// What a hub process keeps between requests, on a clock the test moves: a board page and a
// checked token hold only as long as fresh.ts says, whoever changed the database and whether or
// not any NOTIFY arrived (nothing here listens for one). Across real processes:
// test/hub/scale-out.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDb } from '../store/db.js';
import { HubStore } from '../store/store.js';
import { samplePush } from '../store/store.contract.js';
import { BOARD_FRESH_MS, BOARD_STALE_MS, BoardCache } from './board.js';
import { CohortVersions, POLL_EVERY_MS, POLL_TRUST_MS, TokenCache } from './fresh.js';

async function setup() {
  const store = await HubStore.open(await openDb({ kind: 'pglite', dir: null }));
  const c = await store.ensureCohort('kept');
  const u = await store.ensureUser('kim');
  await store.setRole(c.id, u.id, 'member');
  const { id: tokenId, token } = await store.createToken(u.id, c.id);
  let now = 1_000_000;
  const clock = { now: () => now, set: (t: number) => (now = t) };
  const versions = new CohortVersions(store, clock.now);
  return { store, c, u, token, tokenId, clock, versions };
}

const items = (body: Uint8Array): number | null => {
  const page = JSON.parse(new TextDecoder().decode(body)) as { members: { summary: { work: { items: number } } | null }[] };
  return page.members[0]!.summary?.work.items ?? null;
};

test('a board page is kept while its version is the cohort\'s, and a change made behind the process\'s back is served no later than the bounds say', async () => {
  const { store, c, u, clock, versions } = await setup();
  try {
    const boards = new BoardCache(store, versions, clock.now);
    const t0 = clock.now();
    const first = await boards.page(c, { after: null, limit: 50 });
    assert.equal(items(first.body), null);
    // Unchanged: the same page, long after, as the versions (polled anew) still say it holds.
    clock.set(t0 + 5 * POLL_TRUST_MS);
    assert.equal(await boards.page(c, { after: null, limit: 50 }), first);

    // A push through the store alone: no app, no NOTIFY.
    await store.push(c.id, u.id, samplePush(3, 'kim'));
    const pushed = clock.now();
    let last = first;
    for (let t = pushed; t <= pushed + 2 * Math.max(BOARD_STALE_MS, POLL_TRUST_MS); t += POLL_EVERY_MS / 3) {
      clock.set(t);
      const page = await boards.page(c, { after: null, limit: 50 });
      if (items(page.body) === 3) {
        last = page;
        break;
      }
      // Only the old page may be served until then, and never past the bounds.
      assert.equal(page, first);
      assert.ok(t - pushed < Math.max(BOARD_STALE_MS, POLL_TRUST_MS) + BOARD_FRESH_MS, `the old page was served ${t - pushed} ms after the push`);
    }
    assert.equal(items(last.body), 3, 'the push never reached the page');
    assert.notEqual(last.etag, first.etag);
    // Another page (another key) is read on its own.
    const second = await boards.page(c, { after: null, limit: 1 });
    assert.equal(items(second.body), 3);
  } finally {
    await store.close();
  }
});

test('a checked token is kept until its cohort\'s access version moves: revoked or its role changed through any process, it is refused within the poll\'s bound', async () => {
  const { store, c, u, token, tokenId, clock, versions } = await setup();
  try {
    let asked = 0;
    const counting = new Proxy(store, {
      get(target, key, recv) {
        if (key === 'tokenPrincipals') return (ts: string[]) => (asked += ts.length, target.tokenPrincipals(ts));
        return Reflect.get(target, key, recv) as unknown;
      },
    });
    const tokens = new TokenCache(counting, versions, clock.now);
    const t0 = clock.now();
    assert.equal((await tokens.principal(token))?.user.handle, 'kim');
    clock.set(t0 + 3 * POLL_TRUST_MS);
    assert.equal((await tokens.principal(token))?.tokenCohort?.role, 'member');
    assert.equal(asked, 1, 'a kept token is not asked for again while nothing moved');
    assert.equal(await tokens.principal('wmh_unknown'), null);
    assert.equal(await tokens.principal('wmh_unknown'), null);
    assert.equal(asked, 3, 'unknown tokens are never kept');
    // Asked for together, looked up together: the answers go to the right askers.
    const other = await store.ensureUser('lou');
    await store.setRole(c.id, other.id, 'owner');
    const lou = (await store.createToken(other.id, c.id)).token;
    const [x, y, z] = await Promise.all([tokens.principal(lou), tokens.principal('wmh_nobody'), tokens.principal(lou)]);
    assert.deepEqual([x?.user.handle, y, z?.tokenCohort?.role], ['lou', null, 'owner']);

    // A role change made elsewhere: the next answer after the bound carries the new role.
    await store.setRole(c.id, u.id, 'mentor');
    clock.set(clock.now() + POLL_TRUST_MS);
    assert.equal((await tokens.principal(token))?.tokenCohort?.role, 'mentor');

    // Revoked elsewhere (the CLI's `hub revoke`, another process): refused after the bound.
    assert.equal(await store.revokeToken(u.id, tokenId), true);
    const revoked = clock.now();
    clock.set(revoked + POLL_TRUST_MS);
    assert.equal(await tokens.principal(token), null);
    assert.equal(await tokens.principal(token), null);
  } finally {
    await store.close();
  }
});
