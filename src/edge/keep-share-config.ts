// The `review` and `site` sections of waymark.json (spaced review and the public site).
import { z } from 'zod';
import type { ReviewConfig } from '../core/review/index.js';
import type { SiteConfig } from '../core/site/index.js';

/** `review`: how the FSRS schedule is tuned. */
export const ReviewSection = z.strictObject({
  desiredRetention: z.number().min(0.7, 'expected 0.7 to 0.99').max(0.99, 'expected 0.7 to 0.99').optional(),
  maximumInterval: z.number().int().min(1, 'expected 1 to 36500 days').max(36500, 'expected 1 to 36500 days').optional(),
  newPerDay: z.number().int().min(0).max(1000).optional(),
  minutesPerReview: z.number().min(0.1).max(60).optional(),
});

/** `site`: what `waymark site` publishes. */
export const SiteSection = z.strictObject({
  title: z.string().min(1).max(200).optional(),
  author: z.string().min(1).max(200).optional(),
  /** Where the site will live (https://…/); the feed's links become absolute. */
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  /** Note files never published, as globs relative to the workspace root ("journal/**", "*.private.md"). */
  exclude: z.array(z.string().min(1)).optional(),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _review: Same<z.output<typeof ReviewSection>, ReviewConfig> = true;
const _site: Same<z.output<typeof SiteSection>, SiteConfig> = true;
void _review;
void _site;
