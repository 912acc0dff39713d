import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeSchedule, sessionLine } from './schedule.js';

const RAFT = { day: '2026-12-10', title: 'In Search of an Understandable Consensus Algorithm', link: 'https://raft.github.io/raft.pdf', presenter: 'mia' };
const PAXOS = { day: '2026-12-03', title: 'Paxos Made Simple', link: null, presenter: null };

test('a session is a task with its presenter, due date and link', () => {
  assert.equal(sessionLine(RAFT), '- [ ] In Search of an Understandable Consensus Algorithm (presented by mia) — due 2026-12-10 — https://raft.github.io/raft.pdf');
  assert.equal(sessionLine(PAXOS), '- [ ] Paxos Made Simple — due 2026-12-03');
});

test('a new note gets a heading and every session', () => {
  const r = mergeSchedule(null, [PAXOS, RAFT], 'Distributed systems');
  assert.equal(r.text, '# Reading group: Distributed systems\n\nSessions from the study group\'s hub. `waymark pull` adds new ones; tick them off as you go.\n\n- [ ] Paxos Made Simple — due 2026-12-03\n- [ ] In Search of an Understandable Consensus Algorithm (presented by mia) — due 2026-12-10 — https://raft.github.io/raft.pdf\n');
});

test('pulling again adds only new sessions and keeps ticks, edits and line endings', () => {
  const mine = '# Reading group\r\n\r\n- [x] paxos made simple — due 2026-12-03 (great read)\r\n\r\n';
  const r = mergeSchedule(mine, [PAXOS, RAFT], 'x');
  assert.deepEqual(r.added, [RAFT]);
  assert.equal(r.text, '# Reading group\r\n\r\n- [x] paxos made simple — due 2026-12-03 (great read)\r\n' + sessionLine(RAFT) + '\r\n');
  const again = mergeSchedule(r.text, [PAXOS, RAFT], 'x');
  assert.deepEqual(again.added, []);
  assert.equal(again.text, r.text);
});
