// The review store: states and answers survive a reopen; the database is shared with tracking.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createReviewScheduler } from '../core/review/index.js';
import { openStore } from './index.js';
import { hasReviewStore, openReviewStore } from './review.js';

void test('review states and logs are saved beside the tracking history', async () => {
  const root = mkdtempSync(join(tmpdir(), 'wm-review-store-'));
  try {
    assert.equal(hasReviewStore(root), false);
    const track = openStore(root);
    await track.close();
    const s = createReviewScheduler();
    const { state, log } = s.rate('abc#chapter-1', null, 'good', new Date('2026-11-22T20:00:00Z'));
    let store = openReviewStore(root);
    await store.saveReview(state, { ...log, itemId: 'abc' }, { itemId: 'abc', title: 'DDIA', file: 'plan.md' });
    await store.close();
    store = openReviewStore(root);
    assert.deepEqual((await store.states()).get('abc#chapter-1'), state);
    const logs = await store.logs('abc#chapter-1');
    assert.equal(logs.length, 1);
    assert.equal(logs[0]!.rating, 'good');
    assert.equal(logs[0]!.phase, 'new');
    await store.close();
    assert.equal(hasReviewStore(root), true);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
