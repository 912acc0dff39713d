// FSRS scheduling through ts-fsrs, with time passed in. Long-term mode only: a card asks
// for a whole chapter or question, and asking again in ten minutes would test short-term
// memory, not what was learned; every answer moves the card by whole days.
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type FSRS, type Grade } from 'ts-fsrs';
import { reviewSettings, type CardPhase, type ReviewConfig, type ReviewLogEntry, type ReviewRating, type ReviewSettings, type ReviewState } from './types.js';

const GRADE: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const PHASE: Record<State, CardPhase> = { [State.New]: 'new', [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' };
const STATE: Record<CardPhase, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

export interface ReviewScheduler {
  readonly settings: ReviewSettings;
  /** Answers a card at `now`; a card never reviewed passes `null`. */
  rate(key: string, state: ReviewState | null, rating: ReviewRating, now: Date): { state: ReviewState; log: Omit<ReviewLogEntry, 'itemId'> };
  /** What each answer would do, for the session's "Good · 3d" hints. */
  preview(key: string, state: ReviewState | null, now: Date): Record<ReviewRating, ReviewState>;
}

/** The ts-fsrs instance for these settings (fuzz off, so schedules are reproducible). */
export function fsrsFor(settings: ReviewSettings): FSRS {
  return fsrs(generatorParameters({
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumInterval,
    enable_short_term: false,
    enable_fuzz: false,
  }));
}

/**
 * @example createReviewScheduler({ desiredRetention: 0.9 }).rate('abc', null, 'good', now).state.due
 */
export function createReviewScheduler(config: ReviewConfig | ReviewSettings = {}): ReviewScheduler {
  const settings = reviewSettings(config);
  const f = fsrsFor(settings);
  return {
    settings,
    rate(key, state, rating, now) {
      const before = state ? toCard(state) : createEmptyCard(now);
      const card = capped(f.next(before, now, GRADE[rating]).card, now, settings.maximumInterval);
      const next = fromCard(key, card, state?.firstReview ?? now.toISOString());
      return {
        state: next,
        log: {
          key, at: now.toISOString(), rating, phase: PHASE[before.state], previousDue: before.due.toISOString(),
          scheduledDays: card.scheduled_days, stability: card.stability, difficulty: card.difficulty,
        },
      };
    },
    preview(key, state, now) {
      const before = state ? toCard(state) : createEmptyCard(now);
      const first = state?.firstReview ?? now.toISOString();
      const out = {} as Record<ReviewRating, ReviewState>;
      for (const r of Object.keys(GRADE) as ReviewRating[]) out[r] = fromCard(key, capped(f.next(before, now, GRADE[r]).card, now, settings.maximumInterval), first);
      return out;
    },
  };
}

/**
 * ts-fsrs keeps Hard < Good < Easy apart by a day each even at the maximum interval, so Easy
 * can land two days past it; the person asked for a maximum, so it is one.
 */
export function capped(card: Card, now: Date, maximumInterval: number): Card {
  if (card.scheduled_days <= maximumInterval) return card;
  return { ...card, scheduled_days: maximumInterval, due: new Date(now.getTime() + maximumInterval * 86_400_000) };
}

/** A card nobody has answered yet, due at `now`. */
export function newReviewState(key: string, now: Date): ReviewState {
  return fromCard(key, createEmptyCard(now), null);
}

export function toCard(s: ReviewState): Card {
  const last = s.lastReview ? new Date(s.lastReview) : undefined;
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: 0,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: STATE[s.phase],
    ...(last ? { last_review: last } : {}),
  };
}

export function fromCard(key: string, c: Card, firstReview: string | null): ReviewState {
  return {
    key,
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    phase: PHASE[c.state],
    lastReview: c.last_review ? c.last_review.toISOString() : null,
    firstReview,
  };
}
