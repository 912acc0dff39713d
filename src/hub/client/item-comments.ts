// The hub's comments on one item, for the local dashboard (`waymark serve`): fetched from the
// hub named in waymark.json with the token kept in the config folder, within a short wait.
// Offline, unset or refused, the answer says why and the dashboard goes on without them.
import type { Comment } from '../store/types.js';
import { savedToken } from './config.js';
import { hubCall } from './http.js';

/** How long the dashboard waits for the hub before showing the item without its comments. */
export const DASHBOARD_HUB_TIMEOUT_MS = 2000;

export interface ItemComments {
  /** The hub from waymark.json, and the cohort its token is for; null when none is set. */
  hub: { url: string; cohort: string | null } | null;
  comments: Comment[];
  /** Why there are no comments to show (no token, the hub unreachable or refusing); null when fine. */
  problem: string | null;
}

/** Asks the hub at `url` for the comments on the caller's item `itemId`. */
export async function itemComments(url: string | undefined, env: Record<string, string | undefined>, itemId: string, timeoutMs = DASHBOARD_HUB_TIMEOUT_MS): Promise<ItemComments> {
  if (!url) return { hub: null, comments: [], problem: null };
  const token = env.WAYMARK_HUB_TOKEN ?? savedToken(env, url);
  if (!token) return { hub: { url, cohort: null }, comments: [], problem: `no token kept for ${url}: run \`waymark push --token …\` once` };
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const me = await hubCall<{ user: { handle: string }; cohorts: { slug: string }[] }>(url, token, 'GET', '/api/me', undefined, signal);
    const cohort = me.cohorts[0]?.slug ?? null;
    if (!cohort) return { hub: { url, cohort }, comments: [], problem: 'this token belongs to no cohort any more' };
    const path = `/api/cohorts/${encodeURIComponent(cohort)}/members/${encodeURIComponent(me.user.handle)}/comments?item=${encodeURIComponent(itemId)}`;
    const { comments } = await hubCall<{ comments: Comment[] }>(url, token, 'GET', path, undefined, signal);
    return { hub: { url, cohort }, comments, problem: null };
  } catch (err) {
    const message = signal.aborted ? `the hub at ${url} did not answer within ${timeoutMs / 1000} s` : (err as Error).message;
    return { hub: { url, cohort: null }, comments: [], problem: message };
  }
}
