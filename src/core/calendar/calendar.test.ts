import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { renderIcs, renderTjp } from './index.js';
import { planItems, resolveSettings } from '../plan/index.js';
import { item } from '../../../test/plan/make-item.js';

// The week of 2027-03-28, when Berlin moves its clocks forward.
const settings = resolveSettings({ today: '2027-03-26', config: { hoursPerWeek: 10, dayStart: '09:00', breakMinutes: 15, daysOff: ['2027-03-31'] } });
const items = [
  item('read', { title: 'Read "ViT" paper, §3', hours: 3, links: ['https://arxiv.org/abs/2010.11929'] }),
  item('code', { title: 'Implement ViT', hours: 2, dependsOn: ['read'], dates: { due: '2027-04-02' } }),
];
const plan = planItems(items, settings);
const NOW = new Date('2027-03-26T08:00:00Z');

function events(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

void test('ics: one event per block, at local times across a DST change', () => {
  const evs = events(renderIcs(plan, { timeZone: 'Europe/Berlin', now: NOW, items }));
  const blocks = plan.days.flatMap((d) => d.blocks);
  assert.equal(evs.length, blocks.length);
  const local = (t: ICAL.Time) => {
    const d = new Date(t.toJSDate().getTime());
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
  };
  assert.deepEqual(evs.map((e) => `${local(e.startDate)} ${e.duration.toSeconds() / 60} ${e.summary}`), [
    '2027-03-26, 09:00 120 Read "ViT" paper, §3',
    '2027-03-29, 09:00 60 Read "ViT" paper, §3',
    '2027-03-29, 10:15 60 Implement ViT',
    '2027-03-30, 09:00 60 Implement ViT',
  ]);
  // Friday is before the change (UTC+1), Monday after it (UTC+2).
  assert.equal(evs[0]!.startDate.toJSDate().toISOString(), '2027-03-26T08:00:00.000Z');
  assert.equal(evs[1]!.startDate.toJSDate().toISOString(), '2027-03-29T07:00:00.000Z');
  assert.match(evs[0]!.description, /arxiv\.org/);
});

void test('ics: UIDs are stable across re-plans, so a re-import updates', () => {
  const uids = (p: typeof plan) => events(renderIcs(p, { timeZone: 'UTC', now: NOW })).map((e) => e.uid);
  const before = uids(plan);
  assert.equal(new Set(before).size, before.length);
  const later = planItems(items, { ...settings, weekMinutes: settings.weekMinutes.map((m) => m * 2) });
  const after = uids(later);
  assert.ok(after.every((u) => before.includes(u)), 'the same blocks keep their ids after moving');
  assert.equal(renderIcs(plan, { timeZone: 'UTC', now: NOW }), renderIcs(plan, { timeZone: 'UTC', now: NOW }));
});

void test('tjp: tasks with effort, dependencies, priority and one resource with the weekly hours', () => {
  const text = renderTjp(plan);
  assert.match(text, /^project waymark "Waymark roadmap" 2027-03-26 \+365d \{/m);
  assert.match(text, /workinghours mon 9:00 - 11:00/);
  assert.match(text, /workinghours sat off/);
  assert.match(text, /vacation 2027-03-31 - 2027-04-01/);
  assert.match(text, /task w_read "Read \\"ViT\\" paper, §3" \{\n {2}effort 180min\n {2}allocate me/);
  assert.match(text, /task w_code "Implement ViT" \{(?:(?!\n\})[\s\S])*depends w_read/);
});
