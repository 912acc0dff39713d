// What the hub accepts, checked with zod: unknown fields are errors, sizes are bounded, and
// a message names the field that is wrong.
import { z } from 'zod';
import { KINDS, STATUSES } from '../../core/model/types.js';
import { PUSH_SCHEMA } from '../../core/hub/push.js';
import { ROLES } from '../store/types.js';

/** The most items one push may carry: a person's roadmap, with room to spare. */
export const MAX_PUSH_ITEMS = 20_000;
export const MAX_PUSH_EVENTS = 100_000;
/** The largest push body. */
export const MAX_PUSH_BYTES = 16 * 1024 * 1024;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const text = (max: number) => z.string().max(max, `at most ${max} characters`);
const count = z.number().finite().min(0).max(1e7);

const HubItemSchema = z.strictObject({
  id: text(200).min(1),
  title: text(2000),
  kind: z.enum(KINDS),
  status: z.enum(STATUSES),
  progress: z.strictObject({ done: count, total: count.nullable(), unit: text(100) }).nullable(),
  estimateHours: count.nullable(),
  track: text(500),
  parent: text(200).nullable(),
  due: day.nullable(),
  links: z.array(text(4000)).max(50),
});

const HubEventSchema = z.strictObject({
  key: text(500).min(1),
  at: text(40),
  day,
  itemId: text(200),
  kind: text(40),
  toStatus: z.enum(STATUSES).nullable(),
  toDone: count.nullable(),
  total: count.nullable(),
  hours: count.nullable(),
});

const SummarySchema = z.strictObject({
  today: day,
  tracks: z.array(z.strictObject({ name: text(500), items: count, done: count })).max(1000),
  work: z.strictObject({ items: count, done: count, totalHours: count, doneHours: count }),
  week: z.strictObject({ start: day, hours: count, budget: count.nullable() }),
  streak: z.strictObject({ current: count, longest: count }),
  finish: day.nullable(),
  verdict: text(2000),
  doing: z.array(text(2000)).max(20),
});

export const PushSchema = z.strictObject({
  schema: z.literal(PUSH_SCHEMA),
  summary: SummarySchema,
  items: z.array(HubItemSchema).max(MAX_PUSH_ITEMS, `at most ${MAX_PUSH_ITEMS.toLocaleString('en-US')} items in one push`),
  events: z.array(HubEventSchema).max(MAX_PUSH_EVENTS, `at most ${MAX_PUSH_EVENTS.toLocaleString('en-US')} events in one push`),
});

export const SessionSchema = z.strictObject({
  day,
  title: text(500).min(1, 'a session needs a title'),
  link: z.url({ protocol: /^https?$/, error: 'expected an http(s) link' }).max(2000).nullable().optional(),
  presenter: text(200).nullable().optional(),
});

export const CommentSchema = z.strictObject({ body: text(5000).trim().min(1, 'a comment cannot be empty') });

export const InviteSchema = z.strictObject({
  role: z.enum(ROLES).optional(),
  days: z.number().int().min(1).max(90).optional(),
  uses: z.number().int().min(1).max(1000).optional(),
});

export const TokenSchema = z.strictObject({ cohort: text(100), label: text(100).optional() });

export const SeenSchema = z.strictObject({ upTo: z.number().int().min(0) });

/** A handle: what people sign in with and others see in links. */
export const HANDLE = /^[a-z0-9][a-z0-9._-]{0,39}$/;
export const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The first problem zod found, as "field: message". */
export function firstIssue(err: z.ZodError): string {
  const i = err.issues[0];
  if (!i) return 'invalid request';
  const where = i.path.length ? i.path.join('.') : 'body';
  if (i.code === 'unrecognized_keys') return `${where}: unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
  return `${where}: ${i.message}`;
}
