// Cards from the notes, the due queue, and schedules checked against ts-fsrs itself for pinned dates.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import { parseNotes } from '../notes/index.js';
import {
  cardKeysOf, cardsFromItem, cardsFromRoadmap, createReviewScheduler, dueCounts, dueQueue, expectedReviewHours, newReviewState, noteExcerpt, type ReviewState,
} from './index.js';

const NOW = new Date('2026-11-22T20:00:00Z');
const NOTES = `# Deep learning
## Courses
- [x] Fast.ai Part 1 ✅ 2026-11-10
  - my notes: train fast, look at data first
  - Is RL problem differentiable?
    - no: the reward is sampled; use policy gradients
- CS231n: Lec 3 done out of 16
- [x] DDIA: done upto and including chapter 12 ✅ 2026-11-01
- [ ] Read the PyTorch book
- [x] Watch 120 videos: 120/120 videos
`;
const roadmap = parseNotes([{ path: 'plan.md', text: NOTES, sha256: 'x' }], { now: NOW });

void test('cards: a finished item, its finished units, and its question lines', () => {
  const cards = cardsFromRoadmap(roadmap);
  const prompts = cards.map((c) => c.prompt);
  assert.ok(prompts.includes('Fast.ai Part 1'), prompts.join(' | '));
  assert.ok(prompts.includes('Is RL problem differentiable?'));
  assert.deepEqual(prompts.filter((p) => p.startsWith('CS231n')), ['CS231n — lecture 1 of 16', 'CS231n — lecture 2 of 16', 'CS231n — lecture 3 of 16']);
  assert.equal(prompts.filter((p) => p.startsWith('DDIA')).length, 12, 'a finished book: one card per chapter read');
  assert.ok(!prompts.some((p) => p.includes('PyTorch')), 'nothing to recall from an item not started');
  assert.equal(prompts.filter((p) => p.startsWith('Watch 120')).length, 1, 'too many units: one card for the whole');
  const keys = cards.map((c) => c.key);
  assert.equal(new Set(keys).size, keys.length, 'keys are unique');
  const again = cardsFromRoadmap(parseNotes([{ path: 'plan.md', text: NOTES.replace('Lec 3', 'Lec 4'), sha256: 'y' }], { now: NOW }));
  assert.ok(keys.every((k) => again.some((c) => c.key === k)), 'progress moving on keeps the earlier cards');
});

void test('noteExcerpt: the item line and the lines indented under it', () => {
  const lines = NOTES.split('\n');
  const fast = roadmap.items.find((i) => i.title === 'Fast.ai Part 1')!;
  assert.deepEqual(noteExcerpt(lines, fast.source).lines, [
    '- [x] Fast.ai Part 1 ✅ 2026-11-10',
    '  - my notes: train fast, look at data first',
    '  - Is RL problem differentiable?',
    '    - no: the reward is sampled; use policy gradients',
  ]);
  const q = roadmap.items.find((i) => i.kind === 'question')!;
  assert.deepEqual(noteExcerpt(lines, q.source).lines.slice(1), ['    - no: the reward is sampled; use policy gradients']);
});

void test('schedule: the same dates ts-fsrs gives for pinned answers', () => {
  const retention = 0.85;
  const maximumInterval = 120;
  const ours = createReviewScheduler({ desiredRetention: retention, maximumInterval });
  const f = fsrs(generatorParameters({ request_retention: retention, maximum_interval: maximumInterval, enable_short_term: false, enable_fuzz: false }));
  const answers = [
    ['2026-11-22T20:00:00Z', 'good', Rating.Good],
    ['2026-11-25T21:00:00Z', 'good', Rating.Good],
    ['2026-12-08T08:00:00Z', 'again', Rating.Again],
    ['2026-12-09T08:00:00Z', 'hard', Rating.Hard],
    ['2026-12-12T08:00:00Z', 'easy', Rating.Easy],
    ['2027-01-20T08:00:00Z', 'good', Rating.Good],
  ] as const;
  let state: ReviewState | null = null;
  let card = createEmptyCard(new Date(answers[0][0]));
  for (const [at, rating, grade] of answers) {
    const now = new Date(at);
    state = ours.rate('k', state, rating, now).state;
    card = f.next(card, now, grade).card;
    assert.equal(state.due, card.due.toISOString(), `due after ${rating} at ${at}`);
    assert.equal(state.stability, card.stability);
    assert.equal(state.reps, card.reps);
  }
  // Pinned, so a change in ts-fsrs or in our settings shows here.
  assert.equal(state!.due, '2027-04-01T08:00:00.000Z');
  assert.equal(state!.lapses, 1);
  assert.equal(state!.firstReview, '2026-11-22T20:00:00.000Z');
});

void test('schedule: maximum interval caps the gap even where ts-fsrs spreads Hard/Good/Easy past it; preview matches rate', () => {
  const s = createReviewScheduler({ maximumInterval: 10 });
  let state: ReviewState | null = null;
  let t = NOW;
  for (let i = 0; i < 6; i++) {
    state = s.rate('k', state, 'easy', t).state;
    assert.ok(state.scheduledDays <= 10, `gap ${state.scheduledDays} days`);
    t = new Date(state.due);
  }
  const p = s.preview('k', state, t);
  assert.deepEqual(p.hard, s.rate('k', state, 'hard', t).state);
  assert.ok(p.again.due < p.hard.due && p.hard.due <= p.good.due && p.good.due <= p.easy.due);
});

void test('dueQueue: overdue reviews first, then new cards up to the daily allowance, newest work first', () => {
  const cards = cardsFromRoadmap(roadmap);
  const dayStart = new Date('2026-11-22T00:00:00Z');
  const s = createReviewScheduler();
  const reviewed = s.rate(cards[5]!.key, null, 'good', new Date('2026-11-10T10:00:00Z')).state;
  const later = s.rate(cards[6]!.key, null, 'easy', new Date('2026-11-21T10:00:00Z')).state;
  const states = new Map([[reviewed.key, reviewed], [later.key, later]]);
  const q = dueQueue(cards, states, NOW, { newPerDay: 3, dayStart });
  assert.equal(q.due[0]!.spec.key, reviewed.key);
  assert.equal(q.due[0]!.isNew, false);
  assert.equal(q.due.length, 4);
  assert.equal(q.due[1]!.spec.prompt, 'Fast.ai Part 1', 'finished 2026-11-10, the newest dated work');
  assert.equal(q.newWaiting, cards.length - 2 - 3);
  assert.equal(q.nextDue, later.due);
  // A new card first answered today uses up the allowance.
  const today = s.rate(cards[0]!.key, null, 'good', new Date('2026-11-22T08:00:00Z')).state;
  const q2 = dueQueue(cards, new Map([...states, [today.key, today]]), NOW, { newPerDay: 3, dayStart });
  assert.equal(q2.due.filter((d) => d.isNew).length, 2);
  // With dueBy at the start of tomorrow, a card due later today is due now.
  const soon = { ...later, due: '2026-11-22T23:00:00.000Z' };
  const q3 = dueQueue(cards, new Map([[soon.key, soon]]), NOW, { newPerDay: 0, dayStart, dueBy: new Date('2026-11-23T00:00:00Z') });
  assert.deepEqual(q3.due.map((d) => d.spec.key), [soon.key]);
  assert.equal(dueQueue(cards, new Map([[soon.key, soon]]), NOW, { newPerDay: 0, dayStart }).due.length, 0);
});

void test('expectedReviewHours: reviews simulated as Good fall into their weeks', () => {
  const from = '2026-11-23';
  const cards = Array.from({ length: 30 }, (_, i) => newReviewState(`c${i}`, new Date('2026-11-23T09:00:00Z')));
  const hours = expectedReviewHours(cards, from, 4, 2);
  assert.equal(hours.length, 4);
  // 30 new cards: first review in week 1 (30 × 2 min = 1 h) plus the 3-day follow-ups, then fewer each week.
  assert.ok(hours[0]! >= 1, String(hours));
  assert.ok(hours[3]! < hours[0]!);
  // An overdue card counts on the first day, and its Good follow-up 3 days later in the same week;
  // a card due beyond the horizon counts nowhere.
  assert.deepEqual(expectedReviewHours([{ due: '2026-10-01T00:00:00Z' }], from, 1, 60), [2]);
  assert.deepEqual(expectedReviewHours([{ due: '2027-10-01T00:00:00Z' }], from, 2, 60), [0, 0]);
  // Checked against ts-fsrs by hand: new card on day 0 → Good (3 d) → Good (~11 d) in the default settings.
  const f = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: false }));
  let c = createEmptyCard(new Date('2026-11-23T00:00:00Z'));
  const seen: string[] = [];
  while (c.due.getTime() < Date.parse('2026-12-21T00:00:00Z')) {
    seen.push(c.due.toISOString().slice(0, 10));
    c = f.next(c, c.due, Rating.Good).card;
  }
  const perWeek = [0, 0, 0, 0];
  for (const d of seen) perWeek[Math.floor((Date.parse(d) - Date.parse(from)) / (7 * 86_400_000))]! += 1;
  assert.deepEqual(expectedReviewHours([{ due: '2026-11-23T00:00:00Z' }], from, 4, 60), perWeek);
});

void test('the day\'s new cards are the first of an order that ties nothing, as sorting them all and taking the first would give', async () => {
  const fc = (await import('fast-check')).default;
  const { firstInOrder } = await import('./queue.js');
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 80 }), fc.integer({ min: -2, max: 90 }), (values, k) => {
    // (Ties broken by place, as the queue's order does.)
    const xs = values.map((v, i) => ({ v, i }));
    const cmp = (a: { v: number; i: number }, b: { v: number; i: number }): number => a.v - b.v || a.i - b.i;
    assert.deepEqual(firstInOrder(xs, k, cmp), [...xs].sort(cmp).slice(0, Math.max(0, k)));
  }));
});

void test('dueCounts gives the numbers dueQueue gives over the same cards, for random review states (status counts without making the cards)', () => {
  const dir = new URL('../../../examples/', import.meta.url);
  const files = readdirSync(dir).filter((f) => /\.(md|txt|org)$/.test(f)).map((f) => ({ path: f, text: readFileSync(new URL(f, dir), 'utf8'), sha256: f }));
  const big = parseNotes([...files, { path: 'plan.md', text: NOTES, sha256: 'x' }], { now: NOW });
  // The keys cardKeysOf pushes are cardsFromItem's, in order, and it counts them when given no array.
  for (const item of big.items) {
    const out: string[] = [];
    assert.equal(cardKeysOf(item, out), out.length);
    assert.deepEqual(out, cardsFromItem(item).map((c) => c.key), item.title);
    assert.equal(cardKeysOf(item, null), out.length);
  }
  const specs = cardsFromRoadmap(big);
  assert.ok(specs.length > 20, `${specs.length} cards`);
  let seed = 7;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const dayStart = new Date('2026-11-22T00:00:00Z');
  for (let round = 0; round < 40; round++) {
    const states = new Map<string, ReviewState>();
    for (const s of specs) {
      if (rand() < 0.5) continue;
      const st = newReviewState(s.key, NOW);
      st.due = new Date(NOW.getTime() + (rand() - 0.5) * 10 * 86_400_000).toISOString();
      st.firstReview = new Date(NOW.getTime() - rand() * 2 * 86_400_000).toISOString();
      states.set(s.key, st);
    }
    const opts = { newPerDay: Math.floor(rand() * 30), dayStart, dueBy: new Date(dayStart.getTime() + 36 * 3_600_000) };
    const q = dueQueue(specs, states, NOW, opts);
    const c = dueCounts(big.items, states, NOW, opts);
    assert.deepEqual(c, { due: q.due.length, fresh: q.due.filter((d) => d.isNew).length, newWaiting: q.newWaiting, nextDue: q.nextDue }, `round ${round}`);
  }
});
