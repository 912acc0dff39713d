import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './config.js';
import { parseConfig } from './config-schema.js';
import { ConfigError } from '../core/errors.js';

void test('a good config parses, sections optional', () => {
  const c = parseConfig(JSON.stringify({ timeZone: 'Europe/Berlin', plan: { hoursPerDay: { mon: 2, sat: 5 }, daysOff: ['2026-12-24..2027-01-01'], dayStart: { sat: '10:00' } } }));
  assert.equal(c.plan?.hoursPerDay?.sat, 5);
  assert.deepEqual(parseConfig('{}'), {});
});

void test('every bad field gets its own line naming file and field', () => {
  const bad = { plan: { hoursPerWeek: -3, deadline: '2026-13-01', dayStart: '9am', hoursPerDay: { monday: 2 }, maxItemsPerDay: 1.5, hourz: 1 }, timeZone: 'Mars/Base', revieww: {} };
  assert.throws(() => parseConfig(JSON.stringify(bad), 'notes/waymark.json'), (e: unknown) => {
    assert.ok(e instanceof ConfigError);
    const lines = e.message.split('\n');
    const has = (re: RegExp) => assert.ok(lines.some((l) => re.test(l)), `${String(re)} in\n${e.message}`);
    has(/^notes\/waymark\.json: plan\.hoursPerWeek: expected 0 to 168 hours, got -3$/);
    has(/^notes\/waymark\.json: plan\.deadline: expected a date as YYYY-MM-DD, got "2026-13-01"$/);
    has(/plan\.dayStart: /);
    has(/plan\.hoursPerDay.*monday/);
    has(/plan\.maxItemsPerDay: /);
    has(/plan\.hourz: unknown field$/);
    has(/timeZone: expected an IANA time zone/);
    has(/revieww: unknown field \(known sections: timeZone, plan/);
    return true;
  });
});

void test('not JSON is one clear error', () => {
  assert.throws(() => parseConfig('{ plan: ', 'waymark.json'), /waymark\.json: not valid JSON/);
});

void test('loadConfig: defaults when the file is missing, errors name the file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'waymark-config-'));
  try {
    assert.deepEqual(await loadConfig(dir), { config: {}, path: null });
    await writeFile(join(dir, 'waymark.json'), '{"plan":{"hoursPerWeek":12}}');
    assert.equal((await loadConfig(dir)).config.plan?.hoursPerWeek, 12);
    await writeFile(join(dir, 'waymark.json'), '{"plan":{"start":"soon"}}');
    await assert.rejects(loadConfig(dir), new RegExp(`${join(dir, 'waymark.json')}: plan\\.start`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
