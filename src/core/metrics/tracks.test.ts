import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotes } from '../notes/index.js';
import { trackNamer } from './tracks.js';

const NOW = new Date('2026-12-01T00:00:00Z');

function tracksOf(files: Record<string, string>): Map<string, string> {
  const r = parseNotes(Object.entries(files).map(([path, text]) => ({ path, text, sha256: 'x' })), { now: NOW });
  const name = trackNamer(r.items);
  return new Map(r.items.map((i) => [`${i.source.path}:${i.title}`, name(i)]));
}

test('a file per topic is one track under its title; its numbered sessions are not tracks', () => {
  const plan = (t: string): string => `# ${t}\n\n**Status:** In progress\n\n### Day 1: Setup\n- [x] Install tools\n\n### Day 2: Basics\n- [ ] Read the intro\n`;
  const t = tracksOf({ 'plans/rust.md': plan('Rust'), 'plans/go.md': plan('Go') });
  assert.equal(t.get('plans/rust.md:Install tools'), 'Rust');
  assert.equal(t.get('plans/rust.md:Day 2: Basics'), 'Rust');
  assert.equal(t.get('plans/go.md:Read the intro'), 'Go');
});

test('a note about one book goes by its folder, the shelf it stands on', () => {
  const t = tracksOf({ 'Books/Dune.md': '---\ntype: book\nstatus: reading\n---\n# Dune\n- [ ] Write a review\n' });
  assert.equal(t.get('Books/Dune.md:Dune'), 'Books');
  assert.equal(t.get('Books/Dune.md:Write a review'), 'Books');
});
