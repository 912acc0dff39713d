// The workspace config's schema, `waymark.json` at the notes' root: validated with zod, one
// message per bad field naming the file and the field. Each feature owns one top-level section;
// add yours to CONFIG_SECTIONS (a missing section means that feature's defaults). Loaded only
// when there is a file to check (config.ts): zod is some 95 modules, a third of a check-off.
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import { KINDS } from '../core/model/types.js';
import { WEEKDAYS, isIsoDay, parseClock } from '../core/plan/dates.js';
import type { PlanConfig } from '../core/plan/index.js';
import { ReviewSection, SiteSection } from './keep-share-config.js';
import { TrackSection } from './track-config.js';
import { CorrectionsSection } from './corrections-config.js';
import { HubSection } from '../hub/client/config.js';
import { CONFIG_FILE } from './config.js';

const isoDay = z.string().refine(isIsoDay, { message: 'expected a date as YYYY-MM-DD' });
const clock = z.string().refine((s) => parseClock(s) !== null, { message: 'expected a time as HH:MM' });
const hours = (max: number) => z.number({ error: 'expected a number of hours' }).min(0, `expected 0 to ${max} hours`).max(max, `expected 0 to ${max} hours`);
const dayOrRange = z.string().refine((s) => {
  const [a = '', b = a, ...rest] = s.split('..').map((x) => x.trim());
  return rest.length === 0 && isIsoDay(a) && isIsoDay(b) && a <= b;
}, { message: 'expected YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD' });

/** `plan`: capacity, horizon and calendar preferences for `waymark plan` and the calendar export. */
export const PlanSection = z.strictObject({
  hoursPerWeek: hours(168).optional(),
  hoursPerDay: z.partialRecord(z.enum(WEEKDAYS), hours(24)).optional(),
  workdays: z.array(z.enum(WEEKDAYS)).min(1).optional(),
  daysOff: z.array(dayOrRange).optional(),
  start: isoDay.optional(),
  deadline: isoDay.optional(),
  dayStart: z.union([clock, z.partialRecord(z.enum(WEEKDAYS), clock)]).optional(),
  breakMinutes: z.number().int().min(0).max(240).optional(),
  minBlockMinutes: z.number().int().min(5).max(480).optional(),
  maxItemsPerDay: z.number().int().min(1).max(24).optional(),
  /** Hold back time each week for the spaced reviews expected then (default true). */
  reserveReviews: z.boolean().optional(),
  maxHoursPerItemPerDay: z.number().min(0.25).max(24).optional(),
  defaultHours: z.partialRecord(z.enum(KINDS), hours(10_000)).optional(),
});

// The zod section and the core's plain PlanConfig must stay the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _planShape: Same<z.output<typeof PlanSection>, PlanConfig> = true;
void _planShape;

/** Every feature's section. Add yours here (one line); unknown top-level keys are errors, so typos show. */
export const CONFIG_SECTIONS = {
  plan: PlanSection,
  review: ReviewSection,
  site: SiteSection,
  track: TrackSection,
  corrections: CorrectionsSection,
  hub: HubSection,
};

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, { message: 'expected an IANA time zone such as "Europe/Berlin"' });

export const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Where the person lives; calendar times are local to it. Default: the machine's zone. */
  timeZone: timeZone.optional(),
  ...Object.fromEntries(Object.entries(CONFIG_SECTIONS).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof CONFIG_SECTIONS]: z.ZodOptional<(typeof CONFIG_SECTIONS)[K]>;
  },
});

export type WaymarkConfig = z.output<typeof ConfigSchema>;

/** Parses a config text; `file` names it in error messages. Throws ConfigError listing every bad field. */
export function parseConfig(text: string, file = CONFIG_FILE): WaymarkConfig {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const result = ConfigSchema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length ? `${issue.path.join('.')}.` : '';
      const known = issue.path.length ? '' : ` (known sections: ${Object.keys(ConfigSchema.shape).filter((k) => k !== '$schema').join(', ')})`;
      return issue.keys.map((k) => `${file}: ${where}${k}: unknown field${known}`).join('\n');
    }
    const field = issue.path.join('.') || '(top level)';
    const got = valueAt(data, issue.path);
    const message = issue.message.replace(/^Invalid input: /, '').replace(/, received \w+$/, '').replace(/^expected int$/, 'expected a whole number');
    return `${file}: ${field}: ${message}${got === undefined ? '' : `, got ${JSON.stringify(got)}`}`;
  });
  throw new ConfigError(lines.join('\n'));
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}
