// Review history in the workspace database: each card's FSRS state and every answer given.
// Shares `.waymark/waymark.db` and its numbered migrations with the tracking store.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CardPhase, ReviewLogEntry, ReviewRating, ReviewState } from '../core/review/index.js';
import { migrate, storePath, whileBusy } from './sqlite.js';

export interface ReviewCardMeta {
  itemId: string;
  title: string;
  file: string;
}

export interface ReviewStore {
  /** Every card's state, by card key. */
  states(): Promise<Map<string, ReviewState>>;
  /** Saves a card's new state and the answer that produced it, in one transaction. */
  saveReview(state: ReviewState, log: ReviewLogEntry, meta: ReviewCardMeta): Promise<void>;
  /** Answers, oldest first; one card's when `key` is given. */
  logs(key?: string): Promise<ReviewLogEntry[]>;
  close(): Promise<void>;
}

interface CardRow {
  card_key: string; due: string; stability: number; difficulty: number; scheduled_days: number; learning_steps: number;
  reps: number; lapses: number; phase: CardPhase; last_review: string | null; first_review: string | null;
}
interface LogRow {
  card_key: string; item_id: string; at: string; rating: ReviewRating; phase: CardPhase; previous_due: string;
  scheduled_days: number; stability: number; difficulty: number;
}

/** Opens the review store of the workspace at `root` (creating the database on first use). */
export function openReviewStore(root: string): ReviewStore {
  return openReviewStoreAt(storePath(root));
}

/** True when the workspace has a database yet (status checks should not create one). */
export function hasReviewStore(root: string): boolean {
  return existsSync(storePath(root));
}

/** `:memory:` for tests. */
export function openReviewStoreAt(file: string): ReviewStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 5000 });
  try {
    whileBusy(() => db.pragma('journal_mode = WAL'));
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  const upsert = db.prepare(`INSERT INTO review_cards (card_key, item_id, title, file, due, stability, difficulty, scheduled_days,
      learning_steps, reps, lapses, phase, last_review, first_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (card_key) DO UPDATE SET item_id = excluded.item_id, title = excluded.title, file = excluded.file,
      due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty, scheduled_days = excluded.scheduled_days,
      learning_steps = excluded.learning_steps, reps = excluded.reps, lapses = excluded.lapses, phase = excluded.phase,
      last_review = excluded.last_review, first_review = excluded.first_review`);
  const insertLog = db.prepare(`INSERT INTO review_logs (card_key, item_id, at, rating, phase, previous_due, scheduled_days, stability, difficulty)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const save = db.transaction((s: ReviewState, l: ReviewLogEntry, m: ReviewCardMeta) => {
    upsert.run(s.key, m.itemId, m.title, m.file, s.due, s.stability, s.difficulty, s.scheduledDays, s.learningSteps, s.reps,
      s.lapses, s.phase, s.lastReview, s.firstReview);
    insertLog.run(l.key, l.itemId, l.at, l.rating, l.phase, l.previousDue, l.scheduledDays, l.stability, l.difficulty);
  });
  return {
    states: () => {
      const rows = db.prepare('SELECT * FROM review_cards').all() as CardRow[];
      return Promise.resolve(new Map(rows.map((r): [string, ReviewState] => [r.card_key, {
        key: r.card_key, due: r.due, stability: r.stability, difficulty: r.difficulty, scheduledDays: r.scheduled_days,
        learningSteps: r.learning_steps, reps: r.reps, lapses: r.lapses, phase: r.phase, lastReview: r.last_review,
        firstReview: r.first_review,
      }])));
    },
    saveReview: (s, l, m) => Promise.resolve(save.immediate(s, l, m)),
    logs: (key) => {
      const rows = (key
        ? db.prepare('SELECT * FROM review_logs WHERE card_key = ? ORDER BY id').all(key)
        : db.prepare('SELECT * FROM review_logs ORDER BY id').all()) as LogRow[];
      return Promise.resolve(rows.map((r) => ({
        key: r.card_key, itemId: r.item_id, at: r.at, rating: r.rating, phase: r.phase, previousDue: r.previous_due,
        scheduledDays: r.scheduled_days, stability: r.stability, difficulty: r.difficulty,
      })));
    },
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}
