// The hub store's plain data: what its functions take and return.
import type { BoardSummary, HubItem } from '../../core/hub/push.js';

export const ROLES = ['owner', 'mentor', 'member'] as const;
export type Role = (typeof ROLES)[number];

export interface Cohort {
  id: number;
  slug: string;
  name: string;
}

export interface User {
  id: number;
  handle: string;
  name: string;
}

/** Who a token or a session speaks for. */
export interface Principal {
  user: User;
  /** A token is bound to one cohort; a browser session is not (null). */
  cohortId: number | null;
  tokenId: number | null;
  /** The browser session's CSRF token; null for a token. */
  csrf: string | null;
  /** A token's cohort, the role in it and its board and access versions, read with the token. */
  tokenCohort?: { cohort: Cohort; role: Role | null; boardVersion: string; accessVersion: string };
}

export interface TokenInfo {
  id: number;
  cohort: string;
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface BoardMember {
  handle: string;
  name: string;
  role: Role;
  /** Null until their first push. */
  summary: BoardSummary | null;
  pushedAt: string | null;
}

/** A page of the cohort board. */
export interface BoardPage {
  members: BoardMember[];
  /** The handle to ask for the next page after; null on the last page. */
  next: string | null;
  /** Members in the cohort, on every page. */
  total: number;
  /** The cohort's board version the page was read at. */
  version: string;
}

export interface ReadingSession {
  id: number;
  day: string;
  title: string;
  link: string | null;
  presenter: string | null;
}

/** Who has a session's reading in their pushed notes, and how far: done, reading (doing), or not yet. */
export interface Attendance {
  handle: string;
  status: 'done' | 'doing' | 'todo' | 'skipped';
}

export interface Comment {
  id: number;
  /** Whose roadmap the item is on. */
  owner: string;
  itemId: string;
  itemTitle: string | null;
  author: string;
  body: string;
  createdAt: string;
}

export interface PushResult {
  /** False when the hub had this push already: nothing changed. */
  changed: boolean;
  items: number;
  eventsAdded: number;
}

export type { BoardSummary, HubItem };
