import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { helpEntries } from '../help-index.js';
import { commandName, main } from '../main.js';
import { COMMAND_MODULES, moduleOf } from './index.js';

function capture(): { ctx: CliContext; out: () => string } {
  let out = '';
  const w = { write: (s: string) => (out += s), isTTY: false };
  return { ctx: { stdout: w, stderr: w, cwd: process.cwd(), env: { NO_COLOR: '1' }, now: () => new Date('2026-11-23T10:00:00Z'), color: false }, out: () => out };
}

test('each command module registers exactly the commands its entry names', async () => {
  for (const m of COMMAND_MODULES) {
    const program = new Command('waymark');
    (await m.load())(program, capture().ctx);
    assert.deepEqual(program.commands.map((c) => c.name()), [...m.names], m.id);
  }
  const all = COMMAND_MODULES.flatMap((m) => m.names);
  assert.equal(new Set(all).size, all.length, 'a command name belongs to one module');
});

test('the command a command line names', () => {
  assert.equal(commandName(['status', 'notes/']), 'status');
  assert.equal(commandName(['--json', 'done', 'x']), 'done');
  assert.equal(commandName(['help', 'plan']), 'plan');
  assert.equal(commandName(['help']), null);
  assert.equal(commandName(['--version']), null);
  assert.equal(commandName(['--', 'status']), null);
  assert.equal(moduleOf('progress')?.id, 'track');
  assert.equal(moduleOf('track')?.id, 'correct');
});

test('help, version and mistakes read from the build\'s index say what loading every command says', async () => {
  const entries = await helpEntries(capture().ctx);
  for (const argv of [['--help'], ['--version'], [], ['help'], ['stauts'], ['bogus', '--json'], ['--nope']]) {
    const full = capture();
    const fromIndex = capture();
    const a = await main(argv, full.ctx, () => null);
    const b = await main(argv, fromIndex.ctx, () => entries);
    assert.equal(b, a, argv.join(' '));
    assert.equal(fromIndex.out(), full.out(), argv.join(' '));
  }
  // An index that does not list the commands this build has is not used.
  const stale = capture();
  const full = capture();
  await main(['--help'], stale.ctx, () => entries.slice(1));
  await main(['--help'], full.ctx, () => null);
  assert.equal(stale.out(), full.out());
});
