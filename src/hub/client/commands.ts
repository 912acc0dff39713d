// The member's side of a hub, for the CLI: `waymark push` and `waymark comments`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { mergeSchedule } from '../../core/hub/schedule.js';
import { safeWrite } from '../../edge/safe-write.js';
import type { CliContext } from '../../cli/context.js';
import { loadConfig, type WaymarkConfig } from '../../edge/config.js';
import { workspaceRootOf } from '../../edge/track.js';
import type { Comment, PushResult, ReadingSession } from '../store/types.js';
import { saveToken, savedToken, tokenFile } from './config.js';
import { hubCall } from './http.js';
import { collectPush } from './push.js';

export interface HubFlags {
  hub?: string;
  token?: string;
  json?: boolean;
}

/** The hub's URL and the token to use: flags, then waymark.json / $WAYMARK_HUB_TOKEN / the config folder. */
async function connection(paths: string[], flags: HubFlags, ctx: CliContext): Promise<{ url: string; token: string; root: string; config: WaymarkConfig }> {
  const root = workspaceRootOf(paths, ctx.cwd);
  const { config } = await loadConfig(root).catch((): { config: WaymarkConfig } => ({ config: {} }));
  const url = flags.hub ?? config.hub?.url;
  if (!url) throw new UsageError('which hub? Give --hub URL, or put {"hub": {"url": "…"}} in waymark.json');
  if (!/^https?:\/\//.test(url)) throw new UsageError(`--hub must be an http(s) address, not ${JSON.stringify(url)}`);
  if (flags.token) {
    const file = saveToken(ctx.env, url, flags.token);
    if (!flags.json) ctx.stderr.write(`token kept in ${file} (readable by you only)\n`);
    return { url, token: flags.token, root, config };
  }
  const token = ctx.env.WAYMARK_HUB_TOKEN ?? savedToken(ctx.env, url);
  if (!token) throw new UsageError(`no token for ${url}: give --token (from \`waymark hub token\`); it is then kept in ${tokenFile(ctx.env)}`);
  return { url, token, root, config };
}

/** The cohort a token is for. */
async function tokenCohort(url: string, token: string, signal?: AbortSignal): Promise<{ handle: string; slug: string; name: string }> {
  const me = await hubCall<{ user: { handle: string }; cohorts: { slug: string; name: string }[] }>(url, token, 'GET', '/api/me', undefined, signal);
  const cohort = me.cohorts[0];
  if (!cohort) throw new UsageError('this token belongs to no cohort any more');
  return { handle: me.user.handle, slug: cohort.slug, name: cohort.name };
}

/** `waymark pull`: the cohort's reading schedule into a note of the member's own (reading-group.md). */
export async function runPull(paths: string[], flags: HubFlags, ctx: CliContext): Promise<void> {
  const { url, token, root, config } = await connection(paths, flags, ctx);
  const cohort = await tokenCohort(url, token);
  const { sessions } = await hubCall<{ sessions: ReadingSession[] }>(url, token, 'GET', `/api/cohorts/${encodeURIComponent(cohort.slug)}/sessions`);
  const name = config.hub?.scheduleNote ?? 'reading-group.md';
  const file = join(root, name);
  const before = existsSync(file) ? readFileSync(file) : null;
  const { text, added } = mergeSchedule(before === null ? null : before.toString('utf8'), sessions, cohort.name);
  if (added.length) {
    // A new note: `wx` never overwrites one made meanwhile.
    if (before === null) writeFileSync(file, text, { flag: 'wx' });
    // Only lines are added: an edit made meanwhile gets them added again on top of it.
    else safeWrite({ root, path: file, expected: before, next: text, reapply: (current) => mergeSchedule(current, sessions, cohort.name).text });
  }
  if (flags.json) {
    ctx.stdout.write(JSON.stringify({ note: name, added, sessions: sessions.length }, null, 2) + '\n');
    return;
  }
  ctx.stdout.write(added.length
    ? `added ${added.length} session${added.length === 1 ? '' : 's'} to ${name} (${sessions.length - added.length} already there)\n`
    : `${name} has every session already (${sessions.length})\n`);
}

export async function runPush(paths: string[], flags: HubFlags, ctx: CliContext): Promise<void> {
  const { url, token } = await connection(paths, flags, ctx);
  const state = await hubCall<{ lastEventAt: string | null }>(url, token, 'GET', '/api/push');
  const collected = await collectPush(paths, ctx, state.lastEventAt);
  const r = await hubCall<PushResult & { newComments: number }>(url, token, 'POST', '/api/push', collected.payload);
  if (flags.json) {
    ctx.stdout.write(JSON.stringify({ hub: url, ...r, keptHome: collected.keptHome }, null, 2) + '\n');
    return;
  }
  const home = collected.keptHome ? ` (${collected.keptHome} private or excluded item${collected.keptHome === 1 ? '' : 's'} stayed home)` : '';
  ctx.stdout.write(r.changed
    ? `pushed ${r.items} item${r.items === 1 ? '' : 's'} and ${r.eventsAdded} new event${r.eventsAdded === 1 ? '' : 's'} to ${url}${home}\n`
    : `nothing new for ${url}: the hub has this already${home}\n`);
  if (r.newComments) ctx.stdout.write(`${r.newComments} new comment${r.newComments === 1 ? '' : 's'} · waymark comments\n`);
}

export async function runComments(paths: string[], flags: HubFlags & { all?: boolean }, ctx: CliContext): Promise<void> {
  const { url, token } = await connection(paths, flags, ctx);
  const cohort = await tokenCohort(url, token);
  const c = encodeURIComponent(cohort.slug);
  const comments = flags.all
    ? (await hubCall<{ comments: Comment[] }>(url, token, 'GET', `/api/cohorts/${c}/members/${encodeURIComponent(cohort.handle)}/comments`)).comments
    : (await hubCall<{ comments: Comment[] }>(url, token, 'GET', `/api/cohorts/${c}/comments/new`)).comments;
  const last = comments.at(-1);
  if (last) await hubCall(url, token, 'POST', `/api/cohorts/${c}/comments/seen`, { upTo: last.id });
  if (flags.json) {
    ctx.stdout.write(JSON.stringify({ cohort: cohort.slug, comments }, null, 2) + '\n');
    return;
  }
  if (!comments.length) {
    ctx.stdout.write(flags.all ? 'no comments on your items yet\n' : 'no new comments (--all shows every one)\n');
    return;
  }
  for (const cm of comments) {
    ctx.stdout.write(`${cm.createdAt.slice(0, 10)}  ${cm.author} on "${cm.itemTitle ?? cm.itemId}":\n  ${cm.body.replace(/\n/g, '\n  ')}\n`);
  }
}

/** How long `waymark status` waits for the hub before going on without its line. */
export const STATUS_TIMEOUT_MS = 1500;

/**
 * The status screen's hub line ("2 new comments · waymark comments") when waymark.json names
 * a hub and a token is kept for it; nothing when offline or not set up.
 */
export async function hubStatusLines(root: string, ctx: CliContext): Promise<{ lines: string[]; json: Record<string, unknown> }> {
  const { config } = await loadConfig(root).catch((): { config: WaymarkConfig } => ({ config: {} }));
  const url = config.hub?.url;
  const token = url ? (ctx.env.WAYMARK_HUB_TOKEN ?? savedToken(ctx.env, url)) : null;
  if (!url || !token) return { lines: [], json: {} };
  try {
    const signal = AbortSignal.timeout(STATUS_TIMEOUT_MS);
    const cohort = await tokenCohort(url, token, signal);
    const { comments } = await hubCall<{ comments: Comment[] }>(url, token, 'GET', `/api/cohorts/${encodeURIComponent(cohort.slug)}/comments/new`, undefined, signal);
    const n = comments.length;
    return { lines: n ? [`${n} new comment${n === 1 ? '' : 's'} · waymark comments`] : [], json: { hub: { url, cohort: cohort.slug, newComments: n } } };
  } catch (err) {
    return { lines: [], json: { hub: { url, error: (err as Error).message } } };
  }
}
