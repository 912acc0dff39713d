// The static site's inputs and outputs: plain data in, files (path + text) out.
import type { TrackEvent } from '../metrics/history.js';
import type { PaceInput } from '../metrics/verdict.js';
import type { Roadmap } from '../model/types.js';
import type { Plan } from '../plan/index.js';
import type { LeftOut, PublishedNote } from '../notes/privacy.js';

/** `site` in waymark.json. */
export interface SiteConfig {
  title?: string;
  author?: string;
  /** Where the site will live; makes the feed's links absolute. */
  url?: string;
  /** Note files never published: globs relative to the workspace root. */
  exclude?: string[];
}

/** A note as the site builder sees it: as publishing does. */
export type SiteNote = PublishedNote;

export interface SiteInput {
  roadmap: Roadmap;
  notes: SiteNote[];
  config: SiteConfig;
  now: Date;
  /** The person's today, YYYY-MM-DD. */
  today: string;
  /** The plan from today, for the "this week" list; null when there is none. */
  plan: Plan | null;
  /**
   * What the workspace's history knows, when it has one: its events (done dates, time
   * logged), the pace, and the day each item was first seen (a feed date for work finished
   * before the history began).
   */
  history?: { events: readonly TrackEvent[]; pace: PaceInput; firstSeen: ReadonlyMap<string, string> } | null;
}

export interface SiteFile {
  path: string;
  content: string;
}

export type { LeftOut };

export interface SiteBuild {
  files: SiteFile[];
  leftOut: LeftOut[];
  /** Items published. */
  published: number;
}
