// The review load ahead, for the planner: how many hours of review each week will bring if
// every card is answered "Good" on the day it falls due.
import { createEmptyCard, Rating, type Card } from 'ts-fsrs';
import { capped, fsrsFor, toCard } from './schedule.js';
import { reviewSettings, type ReviewConfig, type ReviewState } from './types.js';

const DAY_MS = 86_400_000;
/** A card that keeps failing should not loop forever in the simulation. */
const MAX_REVIEWS_PER_CARD = 200;

/** A card for the forecast: a stored state, or just a due date for a card not reviewed yet. */
export type ForecastCard = ReviewState | { due: string };

/**
 * Hours of review expected in each of `weeks` weeks starting at `fromDate` (YYYY-MM-DD,
 * weeks are 7-day windows from it). Overdue cards count in the first week.
 * @example expectedReviewHours(states, '2026-11-23', 6, 2) // → [0.4, 0.2, 0.1, 0.1, 0, 0.1]
 */
export function expectedReviewHours(
  cards: readonly ForecastCard[],
  fromDate: string,
  weeks: number,
  minutesPerReview: number,
  config: ReviewConfig = {},
): number[] {
  const settings = reviewSettings(config);
  const f = fsrsFor(settings);
  const from = Date.parse(`${fromDate}T00:00:00Z`);
  if (!Number.isFinite(from)) throw new RangeError(`not a YYYY-MM-DD date: "${fromDate}"`);
  const n = Math.max(0, Math.floor(weeks));
  const end = from + n * 7 * DAY_MS;
  const counts = new Array<number>(n).fill(0);
  for (const c of cards) {
    let card: Card = 'stability' in c ? toCard(c) : createEmptyCard(new Date(c.due));
    let t = Math.max(card.due.getTime(), from);
    for (let i = 0; t < end && i < MAX_REVIEWS_PER_CARD; i++) {
      counts[Math.floor((t - from) / (7 * DAY_MS))]! += 1;
      card = capped(f.next(card, new Date(t), Rating.Good).card, new Date(t), settings.maximumInterval);
      t = card.due.getTime();
    }
  }
  return counts.map((k) => Math.round((k * minutesPerReview) / 60 * 100) / 100);
}
