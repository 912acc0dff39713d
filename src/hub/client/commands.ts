// The member's side of a hub, for the CLI: `waymark push` and `waymark comments`.
import { UsageError } from '../../core/errors.js';
import type { CliContext } from '../../cli/context.js';
import { loadConfig, type WaymarkConfig } from '../../edge/config.js';
import { workspaceRootOf } from '../../edge/track.js';
import type { Comment, PushResult } from '../store/types.js';
import { saveToken, savedToken, tokenFile } from './config.js';
import { hubCall } from './http.js';
import { collectPush } from './push.js';

export interface HubFlags {
  hub?: string;
  token?: string;
  json?: boolean;
}

/** The hub's URL and the token to use: flags, then waymark.json / $WAYMARK_HUB_TOKEN / the config folder. */
async function connection(paths: string[], flags: HubFlags, ctx: CliContext): Promise<{ url: string; token: string }> {
  const root = workspaceRootOf(paths, ctx.cwd);
  const { config } = await loadConfig(root).catch((): { config: WaymarkConfig } => ({ config: {} }));
  const url = flags.hub ?? config.hub?.url;
  if (!url) throw new UsageError('which hub? Give --hub URL, or put {"hub": {"url": "…"}} in waymark.json');
  if (!/^https?:\/\//.test(url)) throw new UsageError(`--hub must be an http(s) address, not ${JSON.stringify(url)}`);
  if (flags.token) {
    const file = saveToken(ctx.env, url, flags.token);
    if (!flags.json) ctx.stderr.write(`token kept in ${file} (readable by you only)\n`);
    return { url, token: flags.token };
  }
  const token = ctx.env.WAYMARK_HUB_TOKEN ?? savedToken(ctx.env, url);
  if (!token) throw new UsageError(`no token for ${url}: give --token (from \`waymark hub token\`); it is then kept in ${tokenFile(ctx.env)}`);
  return { url, token };
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
  const me = await hubCall<{ user: { handle: string }; cohorts: { slug: string }[] }>(url, token, 'GET', '/api/me');
  const cohort = me.cohorts[0];
  if (!cohort) throw new UsageError('this token belongs to no cohort any more');
  const c = encodeURIComponent(cohort.slug);
  const comments = flags.all
    ? (await hubCall<{ comments: Comment[] }>(url, token, 'GET', `/api/cohorts/${c}/members/${encodeURIComponent(me.user.handle)}/comments`)).comments
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
