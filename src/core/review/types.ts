// Review cards and their schedule state: plain data the scheduler, the store and the
// terminal session share.
import type { SourceRef } from '../model/types.js';

export type CardKind = 'item' | 'unit' | 'question';

/** Something to recall, made from the notes: a finished item, one finished unit of it, or a question line. */
export interface CardSpec {
  /** Stable while the item's id is: `<itemId>` or `<itemId>#<unit>-<n>`. */
  key: string;
  itemId: string;
  kind: CardKind;
  /** The item's title (for a unit card, the item the unit belongs to). */
  title: string;
  unit: { name: string; index: number; total: number | null } | null;
  /** What the session asks about: "CS231n — lecture 3 of 16". */
  prompt: string;
  /** Titles of the enclosing sections, outermost first. */
  section: string[];
  source: SourceRef;
  links: string[];
  /** YYYY-MM-DD the item was finished, when the notes say. */
  finished: string | null;
}

export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';

/** A card's FSRS memory state, as stored; instants are ISO strings. */
export interface ReviewState {
  key: string;
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: CardPhase;
  lastReview: string | null;
  /** When the card was first reviewed (new cards per day are counted from it). */
  firstReview: string | null;
}

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof RATINGS)[number];

/** One answer in a session, as stored in the review history. */
export interface ReviewLogEntry {
  key: string;
  itemId: string;
  at: string;
  rating: ReviewRating;
  /** Phase before this review. */
  phase: CardPhase;
  /** Due before this review, and the interval given (days). */
  previousDue: string;
  scheduledDays: number;
  stability: number;
  difficulty: number;
}

/** `review` in waymark.json. */
export interface ReviewConfig {
  /** Probability of recall the schedule aims for at each review, 0.7–0.99 (default 0.9). */
  desiredRetention?: number;
  /** Longest gap between two reviews, in days (default 365). */
  maximumInterval?: number;
  /** New cards introduced per day (default 20); a big backlog of finished work arrives gradually. */
  newPerDay?: number;
  /** Minutes a review takes, for the planner's reservation (default 2). */
  minutesPerReview?: number;
}

export interface ReviewSettings {
  desiredRetention: number;
  maximumInterval: number;
  newPerDay: number;
  minutesPerReview: number;
}

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
  desiredRetention: 0.9,
  maximumInterval: 365,
  newPerDay: 20,
  minutesPerReview: 2,
};

export function reviewSettings(config: ReviewConfig = {}): ReviewSettings {
  return { ...DEFAULT_REVIEW_SETTINGS, ...Object.fromEntries(Object.entries(config).filter(([, v]) => v !== undefined)) };
}
