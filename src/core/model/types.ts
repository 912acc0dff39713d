// The roadmap model: what the notes reader produces and every other part consumes.
// Mirrors ../shared/spec/roadmap-json.md (schema `waymark.roadmap/1`); extra fields are additive.

export const SCHEMA = 'waymark.roadmap/1';

export const KINDS = [
  'course', 'book', 'paper', 'article', 'video', 'project', 'topic',
  'task', 'deliverable', 'milestone', 'question', 'skill',
] as const;
export type Kind = (typeof KINDS)[number];

export const STATUSES = ['todo', 'doing', 'done', 'skipped'] as const;
export type Status = (typeof STATUSES)[number];

/** `{ done: 12, total: 20, unit: 'lecture' }`; `total` null when unknown. */
export interface Progress {
  done: number;
  total: number | null;
  unit: string;
}

export type EstimateBasis = 'explicit' | 'derived' | 'default';
export interface Estimate {
  hours: number;
  basis: EstimateBasis;
}

export interface SourceRef {
  path: string;
  /** 1-based line where the item's title stands. */
  line: number;
  /** 1-based last line that belongs to the item (its continuation lines). */
  endLine: number;
}

export interface Mention {
  path: string;
  line: number;
}

export interface ItemDates {
  due?: string;
  scheduled?: string;
  start?: string;
  done?: string;
  created?: string;
  cancelled?: string;
}

export interface Item {
  id: string;
  title: string;
  kind: Kind;
  status: Status;
  progress: Progress | null;
  estimate: Estimate | null;
  spentHours: number;
  links: string[];
  path: string[];
  parent: string | null;
  dependsOn: string[];
  dates: ItemDates;
  tags: string[];
  optional: boolean;
  source: SourceRef;
  mentions: Mention[];
  /** 0 lowest … 5 highest; 2 when the notes say nothing (Obsidian Tasks' "normal"). */
  priority: number;
  /** Recurrence rule as written ("every day when done"), or null. */
  recurrence: string | null;
  /** 1-based line holding the progress phrase, when it is not the title line. */
  progressLine: number | null;
  /** Time entries found in the notes (org CLOCK lines, "11/4, 10 mins" logs). */
  logged: TimeEntry[];
}

export interface TimeEntry {
  /** YYYY-MM-DD when the notes say it. */
  date: string | null;
  hours: number;
  line: number;
}

export interface Budget {
  hoursPerWeek: number | null;
  weeks: number | null;
  totalHours: number | null;
  start: string | null;
  deadline: string | null;
  source: { path: string; line: number } | null;
}

export interface SourceFile {
  path: string;
  sha256: string;
  items: number;
}

/** A mistake or oddity in a person's notes: reported, never fatal. */
export interface Warning {
  path: string;
  line: number | null;
  code: string;
  message: string;
}

export interface Roadmap {
  schema: typeof SCHEMA;
  generatedAt: string;
  sources: SourceFile[];
  budget: Budget;
  items: Item[];
  warnings: Warning[];
}

export function emptyBudget(): Budget {
  return { hoursPerWeek: null, weeks: null, totalHours: null, start: null, deadline: null, source: null };
}
