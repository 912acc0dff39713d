// Spaced review of what was learned: cards from the notes, FSRS schedules, the due queue,
// and the review load the planner should reserve time for.
export { cardsFromRoadmap, cardsFromItem, cardKeysOf, noteExcerpt, MAX_UNIT_CARDS } from './cards.js';
export { createReviewScheduler, newReviewState, fsrsFor } from './schedule.js';
export type { ReviewScheduler } from './schedule.js';
export { dueCounts, dueQueue } from './queue.js';
export type { DueCard, DueCounts, DueOptions, DueQueue } from './queue.js';
export { expectedReviewHours } from './expected.js';
export type { ForecastCard } from './expected.js';
export { RATINGS, DEFAULT_REVIEW_SETTINGS, reviewSettings } from './types.js';
export type { CardKind, CardPhase, CardSpec, ReviewConfig, ReviewLogEntry, ReviewRating, ReviewSettings, ReviewState } from './types.js';
