// `waymark plan` and the calendar exports end to end on a small workspace with a waymark.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import type { Plan } from '../../src/core/plan/index.js';

async function workspace(config: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'waymark-plan-'));
  await writeFile(join(dir, 'notes.md'), '# Study\n\n- [ ] Read the Raft paper ~3h\n- [ ] Implement leader election ~4h\n- [x] Set up Go ~1h\n');
  if (config !== undefined) await writeFile(join(dir, 'waymark.json'), JSON.stringify(config));
  return dir;
}

async function run(cwd: string, args: string[]) {
  let out = '';
  let err = '';
  const ctx: CliContext = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd, env: {}, now: () => new Date('2026-11-23T08:00:00Z'), color: false,
  };
  return { code: await main(args, ctx), out, err };
}

void test('waymark.json sets capacity, days off and block times; the ics follows its time zone', async () => {
  const dir = await workspace({ timeZone: 'America/New_York', plan: { hoursPerDay: { mon: 2, tue: 2 }, daysOff: ['2026-11-24'], dayStart: '07:30', breakMinutes: 0, reserveReviews: false } });
  try {
    const r = await run(dir, ['plan', '.', '--json']);
    assert.equal(r.code, 0, r.err);
    const plan = JSON.parse(r.out) as Plan;
    assert.deepEqual(plan.days.map((d) => [d.date, d.blocks.map((b) => `${b.start} ${b.minutes}`)]), [
      ['2026-11-23', ['07:30 120']],
      ['2026-11-30', ['07:30 60', '08:30 60']],
      ['2026-12-01', ['07:30 120']],
      ['2026-12-07', ['07:30 60']],
    ]);
    assert.equal(plan.settings.origins.capacity, 'config');
    const ics = await run(dir, ['export', '--format', 'ics', '.']);
    const first = new ICAL.Event(new ICAL.Component(ICAL.parse(ics.out) as unknown[]).getFirstSubcomponent('vevent')!);
    assert.equal(first.startDate.toJSDate().toISOString(), '2026-11-23T12:30:00.000Z'); // 07:30 in New York (UTC−5)
    const tjp = await run(dir, ['export', '--format', 'tjp', '.']);
    assert.match(tjp.out, /workinghours mon 7:30 - 9:30/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

void test('a bad waymark.json stops the plan with the file and field named', async () => {
  const dir = await workspace({ plan: { hoursPerWeek: 'lots' } });
  try {
    const r = await run(dir, ['plan', '.']);
    assert.equal(r.code, 1);
    assert.match(r.err, /waymark\.json: plan\.hoursPerWeek: expected a number of hours, got "lots"/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
