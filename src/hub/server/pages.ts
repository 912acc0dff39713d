// The hub's web pages, rendered on the server as plain HTML: every person-written text goes
// through `esc`, so a title full of HTML shows as text and never runs. Forms carry the
// session's CSRF token. One small script (/hub.js) reloads a page when the cohort changes.
import type { Attendance, BoardMember, BoardPage, Comment, Cohort, HubItem, ReadingSession, Role } from '../store/types.js';
import { CSRF_FIELD } from './auth.js';
import { BOARD_PAGE_HTML } from './board.js';

export function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const CSS = `body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2430;background:#f7f7f5}
header{background:#1d2430;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1rem;align-items:center}
header a{color:#fff}header form{margin-left:auto}main{max-width:72rem;margin:0 auto;padding:1rem 1.2rem}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #e3e3e0;vertical-align:top}
.bar{display:inline-block;width:6rem;height:.55rem;background:#e3e3e0;border-radius:3px;vertical-align:middle}.bar>span{display:block;height:100%;background:#2f7d4f;border-radius:3px}
.muted{color:#5d6675}.err{color:#a1261b}form.inline{display:inline}label{display:block;margin:.4rem 0}
input,textarea,select{font:inherit;padding:.3rem}button{font:inherit;padding:.3rem .8rem;cursor:pointer}
ul.comments{list-style:none;padding:0}ul.comments li{background:#fff;margin:.3rem 0;padding:.4rem .6rem;border-left:3px solid #2f7d4f}`;

export interface PageUser {
  handle: string;
  csrf: string;
}

function page(title: string, body: string, user: PageUser | null, live: string | null = null): string {
  const nav = user
    ? `<span>${esc(user.handle)}</span><form method="post" action="/logout" class="inline"><input type="hidden" name="${CSRF_FIELD}" value="${esc(user.csrf)}"><button type="submit">Sign out</button></form>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)} · Waymark hub</title><style>${CSS}</style>${live ? `<script src="/hub.js" defer></script>` : ''}</head>
<body${live ? ` data-live="${esc(live)}"` : ''}><header><a href="/"><strong>Waymark hub</strong></a>${nav}</header><main>${body}</main></body></html>`;
}

export function loginPage(opts: { error?: string; next?: string; handle?: string } = {}): string {
  return page('Sign in', `<h1>Sign in</h1>${opts.error ? `<p class="err" role="alert">${esc(opts.error)}</p>` : ''}
<form method="post" action="/login"><input type="hidden" name="next" value="${esc(opts.next ?? '/')}">
<label>Name <input name="handle" autocomplete="username" required value="${esc(opts.handle ?? '')}"></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button></form>`, null);
}

export function joinPage(cohort: Cohort, role: Role, code: string, user: PageUser | null, error?: string, values: { handle?: string; name?: string } = {}): string {
  const form = user
    ? `<form method="post" action="/join/${esc(code)}"><input type="hidden" name="${CSRF_FIELD}" value="${esc(user.csrf)}"><button type="submit">Join as ${esc(user.handle)}</button></form>`
    : `<form method="post" action="/join/${esc(code)}">
<label>Name to sign in with (a-z, 0-9, . _ -) <input name="handle" autocomplete="username" required pattern="[a-z0-9][a-z0-9._\\-]{0,39}" value="${esc(values.handle ?? '')}"></label>
<label>Your name as others see it <input name="name" required maxlength="100" value="${esc(values.name ?? '')}"></label>
<label>Password (10 characters or more) <input name="password" type="password" autocomplete="new-password" required minlength="10"></label>
<button type="submit">Join</button></form><p class="muted">Already have an account? <a href="/login?next=/join/${esc(code)}">Sign in</a> first.</p>`;
  return page(`Join ${cohort.name}`, `<h1>Join ${esc(cohort.name)}</h1><p>You are invited as a <strong>${esc(role)}</strong>.</p>${error ? `<p class="err" role="alert">${esc(error)}</p>` : ''}${form}`, user);
}

export function homePage(user: PageUser, cohorts: readonly (Cohort & { role: Role })[]): string {
  const list = cohorts.length
    ? `<ul>${cohorts.map((c) => `<li><a href="/c/${esc(c.slug)}">${esc(c.name)}</a> <span class="muted">(${esc(c.role)})</span></li>`).join('')}</ul>`
    : '<p>You are in no cohort yet. Ask an organiser for an invite link.</p>';
  return page('Your cohorts', `<h1>Your cohorts</h1>${list}`, user);
}

function bar(done: number, total: number): string {
  const pct = total > 0 ? Math.round((100 * done) / total) : 0;
  return `<span class="bar" role="img" aria-label="${pct}%"><span style="width:${pct}%"></span></span> ${done}/${total}`;
}

export interface BoardView {
  cohort: Cohort;
  role: Role;
  me: string;
  board: BoardPage;
  /** Whether this is the board's first page, and how many a page holds (for the next link). */
  first: boolean;
  limit: number;
  sessions: readonly ReadingSession[];
  attendance: ReadonlyMap<number, readonly Attendance[]>;
  newComments: number;
}

export function boardPage(user: PageUser, v: BoardView): string {
  const canSee = (h: string): boolean => v.role !== 'member' || h === v.me;
  const rows = v.board.members.map((m) => {
    const s = m.summary;
    const name = canSee(m.handle) ? `<a href="/c/${esc(v.cohort.slug)}/m/${esc(m.handle)}">${esc(m.name)}</a>` : esc(m.name);
    if (!s) return `<tr data-member="${esc(m.handle)}"><td>${name} <span class="muted">${esc(m.role)}</span></td><td colspan="5" class="muted">has not pushed yet</td></tr>`;
    const tracks = s.tracks.slice(0, 6).map((t) => `<div>${esc(t.name)} ${bar(t.done, t.items)}</div>`).join('');
    const week = `${s.week.hours} h${s.week.budget !== null ? ` of ${s.week.budget} h` : ''}`;
    return `<tr data-member="${esc(m.handle)}"><td>${name} <span class="muted">${esc(m.role)}</span></td><td>${tracks}<div class="muted">all: ${bar(s.work.done, s.work.items)}</div></td>
<td>${esc(week)}</td><td>${s.streak.current} d <span class="muted">(best ${s.streak.longest})</span></td><td>${esc(s.finish ?? '—')}</td>
<td>${s.doing.map((d) => `<div>${esc(d)}</div>`).join('') || '<span class="muted">—</span>'}</td></tr>`;
  }).join('\n');
  const sessions = v.sessions.length
    ? `<table><thead><tr><th>Date</th><th>Reading</th><th>Presenter</th><th>Read by</th>${v.role === 'owner' ? '<th></th>' : ''}</tr></thead><tbody>${v.sessions.map((s) => `<tr><td>${esc(s.day)}</td><td>${s.link ? `<a href="${esc(s.link)}" rel="noopener noreferrer">${esc(s.title)}</a>` : esc(s.title)}</td><td>${esc(s.presenter ?? '')}</td><td>${attendanceCell(v.attendance.get(s.id) ?? [])}</td>${v.role === 'owner' ? `<td><form method="post" action="/c/${esc(v.cohort.slug)}/sessions/${s.id}/delete" class="inline"><input type="hidden" name="${CSRF_FIELD}" value="${esc(user.csrf)}"><button type="submit">Remove</button></form></td>` : ''}</tr>`).join('')}</tbody></table>`
    : '<p class="muted">No sessions yet.</p>';
  const owner = v.role === 'owner'
    ? `<h3>Add a session</h3><form method="post" action="/c/${esc(v.cohort.slug)}/sessions"><input type="hidden" name="${CSRF_FIELD}" value="${esc(user.csrf)}">
<label>Date <input name="day" type="date" required></label><label>Paper or chapter <input name="title" required maxlength="500"></label>
<label>Link <input name="link" type="url"></label><label>Presenter <input name="presenter" maxlength="200"></label><button type="submit">Add</button></form>
<h3>Invite</h3><form method="post" action="/c/${esc(v.cohort.slug)}/invites"><input type="hidden" name="${CSRF_FIELD}" value="${esc(user.csrf)}">
<label>Role <select name="role"><option>member</option><option>mentor</option><option>owner</option></select></label><button type="submit">Make an invite link</button></form>`
    : '';
  const comments = v.newComments ? `<p><a href="/c/${esc(v.cohort.slug)}/m/${esc(v.me)}">${v.newComments} new comment${v.newComments === 1 ? '' : 's'}</a> on your roadmap</p>` : '';
  return page(v.cohort.name, `<h1>${esc(v.cohort.name)}</h1>${comments}
<h2>Members</h2><table id="board"><thead><tr><th>Member</th><th>Tracks and progress</th><th>This week</th><th>Streak</th><th>Forecast finish</th><th>Doing now</th></tr></thead><tbody>
${rows}</tbody></table>${boardPager(v)}<h2>Reading schedule</h2>${sessions}${owner}`, user, `/api/cohorts/${v.cohort.slug}/live`);
}

function boardPager(v: BoardView): string {
  const { total, members, next } = v.board;
  if (v.first && next === null) return '';
  const base = `/c/${esc(v.cohort.slug)}`;
  const links = [
    v.first ? '' : `<a href="${base}">First page</a>`,
    next === null ? '' : `<a rel="next" href="${base}?after=${encodeURIComponent(next)}${v.limit === BOARD_PAGE_HTML ? '' : `&amp;limit=${v.limit}`}">Next ${v.limit} members →</a>`,
  ].filter(Boolean).join(' · ');
  return `<p class="pager">${members.length} of ${total} members on this page · ${links}</p>`;
}

function attendanceCell(list: readonly Attendance[]): string {
  const done = list.filter((a) => a.status === 'done').map((a) => a.handle);
  const doing = list.filter((a) => a.status === 'doing').map((a) => a.handle);
  const parts = [done.length ? `done: ${done.join(', ')}` : '', doing.length ? `reading: ${doing.join(', ')}` : ''].filter(Boolean);
  return parts.length ? esc(parts.join(' · ')) : '<span class="muted">—</span>';
}

export interface MemberView {
  cohort: Cohort;
  member: BoardMember;
  items: readonly HubItem[];
  comments: readonly Comment[];
  canComment: boolean;
}

export function memberPage(user: PageUser, v: MemberView): string {
  const byItem = new Map<string, Comment[]>();
  for (const c of v.comments) byItem.set(c.itemId, [...(byItem.get(c.itemId) ?? []), c]);
  const rows = v.items.map((i) => {
    const cs = byItem.get(i.id) ?? [];
    const progress = i.progress ? `${i.progress.done}${i.progress.total !== null ? `/${i.progress.total}` : ''} ${i.progress.unit}` : '';
    const form = v.canComment
      ? `<form method="post" action="/c/${esc(v.cohort.slug)}/m/${esc(v.member.handle)}/items/${encodeURIComponent(i.id)}/comments"><input type="hidden" name="${CSRF_FIELD}" value="${esc(user.csrf)}"><label>Comment <textarea name="body" rows="1" maxlength="5000" required></textarea></label><button type="submit">Comment</button></form>`
      : '';
    return `<tr id="item-${esc(i.id)}"><td>${esc(i.title)}<div class="muted">${esc(i.track)} · ${esc(i.kind)}</div>${cs.length ? `<ul class="comments">${cs.map((c) => `<li><strong>${esc(c.author)}</strong> ${esc(c.body)} <span class="muted">${esc(c.createdAt.slice(0, 10))}</span></li>`).join('')}</ul>` : ''}${form}</td><td>${esc(i.status)}</td><td>${esc(progress)}</td><td>${esc(i.due ?? '')}</td></tr>`;
  }).join('\n');
  const s = v.member.summary;
  return page(`${v.member.name} · ${v.cohort.name}`, `<p><a href="/c/${esc(v.cohort.slug)}">← ${esc(v.cohort.name)}</a></p><h1>${esc(v.member.name)}</h1>
${s ? `<p>${esc(s.verdict)}</p>` : '<p class="muted">Has not pushed yet.</p>'}
<table id="items"><thead><tr><th>Item</th><th>Status</th><th>Progress</th><th>Due</th></tr></thead><tbody>${rows}</tbody></table>`, user, `/api/cohorts/${v.cohort.slug}/live`);
}

export function invitePage(user: PageUser, cohort: Cohort, url: string, role: Role): string {
  return page('Invite link', `<p><a href="/c/${esc(cohort.slug)}">← ${esc(cohort.name)}</a></p><h1>Invite link</h1><p>Send this link to the person joining as a ${esc(role)} (one use, valid 7 days):</p><p><input id="invite-url" readonly size="80" value="${esc(url)}"></p>`, user);
}

/** Reloads the page when its cohort changes on any hub process (a push, the schedule, a comment). */
export const LIVE_SCRIPT = `(() => {
  const url = document.body.dataset.live;
  if (!url || !window.EventSource) return;
  let t = null;
  const es = new EventSource(url);
  es.addEventListener('change', () => {
    clearTimeout(t);
    t = setTimeout(() => { if (!document.querySelector('textarea:focus, input:focus')) location.reload(); }, 150);
  });
})();`;
