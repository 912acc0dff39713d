// The write-ahead journal in the history database: each write into a note is recorded
// (file, old and new hashes, and what the history will record) before the note is touched,
// and completed in the same transaction that records it, so a kill at any moment leaves
// either an open entry to reconcile or a history that agrees with the note.
import type Database from 'better-sqlite3';
import type { JournalEntry, JournalIntent, JournalPayload, WriteJournal } from './types.js';

interface JournalRow {
  id: number; at: string; kind: JournalIntent['kind']; file: string; temp: string;
  before_sha: string; after_sha: string; payload: string;
}

/** How many closed entries are kept (for a look after the fact); older ones are pruned. */
const KEEP_CLOSED = 200;

/** JSON with Buffers as base64, so snapshots survive the round trip. */
export function encodePayload(p: JournalPayload): string {
  return JSON.stringify(p, (_k, v: unknown) => {
    if (v && typeof v === 'object' && (v as { type?: string }).type === 'Buffer' && Array.isArray((v as { data?: unknown }).data)) {
      return { $b64: Buffer.from((v as { data: number[] }).data).toString('base64') };
    }
    return v;
  });
}

export function decodePayload(s: string): JournalPayload {
  return JSON.parse(s, (_k, v: unknown) =>
    v && typeof v === 'object' && typeof (v as { $b64?: unknown }).$b64 === 'string' ? Buffer.from((v as { $b64: string }).$b64, 'base64') : v) as JournalPayload;
}

/** What completing an entry records: the same statements the store's own methods run. */
export interface JournalApply {
  recordBatch(b: NonNullable<JournalPayload['batch']>): number;
  saveStates(states: NonNullable<JournalPayload['states']>): void;
  saveFiles(entries: NonNullable<JournalPayload['fileIndex']>): void;
  markUndone(batchId: number, at: string): void;
}

export function sqliteJournal(db: Database.Database, apply: JournalApply): WriteJournal {
  const insert = db.prepare(`INSERT INTO write_journal (at, kind, file, temp, before_sha, after_sha, payload, state)
    VALUES (?, ?, ?, ?, ?, ?, ?, 'open')`);
  const repoint = db.prepare(`UPDATE write_journal SET at = ?, kind = ?, file = ?, temp = ?, before_sha = ?, after_sha = ?, payload = ?
    WHERE id = ? AND state = 'open'`);
  // A closed entry keeps no copy of a note (an in-place write's whole bytes).
  const closeRow = db.prepare(`UPDATE write_journal SET state = ?, closed_at = ?, payload = json_remove(payload, '$.inPlace') WHERE id = ? AND state = 'open'`);
  const getOpen = db.prepare(`SELECT * FROM write_journal WHERE id = ? AND state = 'open'`);
  const prune = db.prepare(`DELETE FROM write_journal WHERE state <> 'open' AND id < (SELECT MAX(id) FROM write_journal) - ${KEEP_CLOSED}`);
  const args = (i: JournalIntent) => [i.at, i.kind, i.file, i.temp, i.beforeSha, i.afterSha, encodePayload(i.payload)];

  const complete = db.transaction((id: number, at: string): number | null => {
    const row = getOpen.get(id) as JournalRow | undefined;
    if (!row) return null;
    const p = decodePayload(row.payload);
    const batchId = p.batch ? apply.recordBatch(p.batch) : null;
    if (p.states?.length) apply.saveStates(p.states);
    if (p.fileIndex?.length) apply.saveFiles(p.fileIndex);
    if (p.undo) apply.markUndone(p.undo.batchId, p.undo.at);
    closeRow.run('done', at, id);
    prune.run();
    return batchId;
  });

  return {
    begin: (intent) => Number(insert.run(...args(intent)).lastInsertRowid),
    update: (id, intent) => { repoint.run(...args(intent), id); },
    // IMMEDIATE: it reads, then writes; a deferred one fails at once when another command wrote between.
    complete: (id, at) => complete.immediate(id, at),
    close: (id, state, at) => { closeRow.run(state, at, id); },
    open: () => (db.prepare(`SELECT * FROM write_journal WHERE state = 'open' ORDER BY id`).all() as JournalRow[]).map((r): JournalEntry => ({
      id: r.id, at: r.at, kind: r.kind, file: r.file, temp: r.temp, beforeSha: r.before_sha, afterSha: r.after_sha, payload: decodePayload(r.payload),
    })),
  };
}
