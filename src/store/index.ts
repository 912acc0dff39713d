// The history store: open the workspace's one, or an in-memory one for tests.
import { openSqliteStore, storePath } from './sqlite.js';
import type { TrackStore } from './types.js';

export type { TrackStore, Batch, BatchInput, EventQuery, FileSnapshot, FileIndexEntry, PastImport, PastSource } from './types.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export { migrate, openSqliteStore, storePath } from './sqlite.js';
export { makeSnapshot, restoreSnapshot, sha256 } from './snapshot.js';

/** Opens `<root>/.waymark/waymark.db`, creating and migrating it on first use. */
export function openStore(root: string): TrackStore {
  return openSqliteStore(storePath(root));
}
export { errorCode, historyError, historyUnreachable, isHistoryFailure, repairStore, stamp, type RepairResult } from './damage.js';
export type { JournalEntry, JournalIntent, JournalPayload, WriteJournal } from './types.js';
