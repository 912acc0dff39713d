// The site's pages as HTML strings: now, roadmap, one per section, the record of finished work.
import type { Item, Progress } from '../model/types.js';
import type { Verdict } from '../metrics/verdict.js';
import type { Plan, Work } from '../plan/index.js';
import { addDays, longDay, mondayOf, monthName, shortDay, weekdayDay } from './dates.js';
import { bar, esc, linkLabel, safeHref } from './html.js';
import { itemFraction, progressOf, type ItemNode, type Section } from './sections.js';

const STATUS_LABEL: Record<Item['status'], string> = { done: 'done', doing: 'in progress', todo: 'to do', skipped: 'skipped' };

export interface PageContext {
  sections: Section[];
  /** Section slug per item id, for links into section pages. */
  sectionOf: Map<string, Section>;
  today: string;
  /** The planner's work per item over the whole roadmap: what progress is counted from. */
  work: ReadonlyMap<string, Work>;
  /** The verdict every view states, for the published work; null leaves it out. */
  verdict: Verdict | null;
}

function plural(n: number, unit: string): string {
  if (unit === 'percent') return `${n}%`;
  return `${n} ${unit}${n === 1 || unit.endsWith('s') ? '' : 's'}`;
}

/** "12 of 20 lectures", "5 chapters", "40%". */
export function progressText(p: Progress): string {
  if (p.unit === 'percent') return `${p.done}%`;
  if (p.total !== null) return `${p.done} of ${plural(p.total, p.unit)}`;
  return `${plural(p.done, p.unit)} done`;
}

function links(item: Item): string[] {
  const out: string[] = [];
  for (const l of item.links) {
    const href = safeHref(l);
    if (href && out.length < 3) out.push(`<a href="${esc(href)}" rel="nofollow">${esc(linkLabel(href))}</a>`);
  }
  return out;
}

function itemLine(item: Item, opts: { section?: Section | undefined; badge?: boolean } = {}): string {
  const meta: string[] = [];
  const f = itemFraction(item);
  // A bar only where the notes give a fraction; "4 chapters done" of an unknown total gets none.
  const showBar = item.status === 'doing' && f !== null && f > 0 && progressFractionKnown(item);
  if (item.progress && item.status !== 'done' && !(showBar && item.progress.unit === 'percent')) meta.push(esc(progressText(item.progress)));
  if (item.dates.done) meta.push(`finished <time datetime="${esc(item.dates.done)}">${esc(longDay(item.dates.done))}</time>`);
  else if (item.dates.due && item.status !== 'done') meta.push(`due <time datetime="${esc(item.dates.due)}">${esc(longDay(item.dates.due))}</time>`);
  if (item.optional) meta.push('optional');
  if (opts.section) meta.push(`<a href="section-${opts.section.slug}.html">${esc(opts.section.title)}</a>`);
  meta.push(...links(item));
  const badge = opts.badge === false ? ''
    : item.kind === 'question' ? '<span class="badge todo">question</span>'
      : `<span class="badge ${item.status}">${STATUS_LABEL[item.status]}</span>`;
  return `${badge}<span class="title">${esc(item.title)}</span>` +
    (showBar || meta.length ? `<span class="meta">${showBar ? `${bar(f, `${item.title}: progress`)} ` : ''}${meta.join(' · ')}</span>` : '');
}

function progressFractionKnown(item: Item): boolean {
  const p = item.progress;
  return p !== null && (p.unit === 'percent' || (p.total !== null && p.total > 0));
}

function itemList(nodes: ItemNode[]): string {
  if (!nodes.length) return '';
  return `<ul class="items">\n${nodes.map((n) => `<li id="i-${esc(n.item.id)}">${itemLine(n.item)}${itemList(n.children)}</li>`).join('\n')}\n</ul>`;
}

function counts(p: ReturnType<typeof progressOf>): string {
  if (p.total === 0) return p.questions ? `${p.questions} question${p.questions === 1 ? '' : 's'}` : 'nothing to do yet';
  return `${p.done} of ${p.total} done${p.doing ? ` · ${p.doing} in progress` : ''}`;
}

/** A section's bar, left out where there is no work to measure (a list of questions). */
function maybeBar(p: ReturnType<typeof progressOf>, label: string): string {
  return p.total ? bar(p.fraction, label) : '';
}

/** "Monday : Consistency models" (a heading whose hours were lifted out) reads "Monday: …". */
function tidy(heading: string): string {
  return heading.replace(/\s+:/g, ':').replace(/\s{2,}/g, ' ');
}

export function renderRoadmap(ctx: PageContext, items: Item[]): string {
  const all = progressOf(items, ctx.work);
  const cards = ctx.sections.map((s) => {
    const p = progressOf(s.items, ctx.work);
    return `<li><span class="title"><a href="section-${s.slug}.html">${esc(tidy(s.title))}</a></span>\n${maybeBar(p, `${s.title}: progress`)}<span class="meta">${counts(p)}</span></li>`;
  });
  return `<h1>Roadmap</h1>
<div class="big">${bar(all.fraction, 'Whole roadmap: progress')}</div>
<p class="lede">${counts(all)}. The bars weigh each item by the hours it is expected to take.</p>
${cards.length ? `<ul class="sections">\n${cards.join('\n')}\n</ul>` : '<p class="empty">Nothing published yet.</p>'}`;
}

export function renderSection(ctx: PageContext, s: Section): string {
  const p = progressOf(s.items, ctx.work);
  const groups = s.groups.map((g) => {
    const gp = progressOf(g.nodes.flatMap(function all(n): Item[] { return [n.item, ...n.children.flatMap(all)]; }), ctx.work);
    const head = g.trail ? `<h2>${esc(tidy(g.trail))}</h2>\n${gp.fraction > 0 ? `<p class="groupbar">${bar(gp.fraction, `${g.trail}: progress`)}</p>\n` : ''}` : '';
    return head + itemList(g.nodes);
  });
  return `<h1>${esc(tidy(s.title))}</h1>
<div class="big">${maybeBar(p, `${s.title}: progress`)}</div>
<p class="lede">${counts(p)}</p>
${groups.join('\n')}`;
}

function finished(items: Item[]): Item[] {
  return items.filter((i) => i.status === 'done' && i.kind !== 'question');
}

/** Newest first; undated ones after, in source order. */
function byDoneDate(items: Item[]): Item[] {
  return [...items].sort((a, b) => {
    const x = a.dates.done ?? '';
    const y = b.dates.done ?? '';
    return x === y ? 0 : x < y ? 1 : -1;
  });
}

export function renderNow(ctx: PageContext, items: Item[], plan: Plan | null): string {
  const doing = items.filter((i) => i.status === 'doing' && i.kind !== 'question');
  const all = progressOf(items, ctx.work);
  const out: string[] = [
    '<h1>Now</h1>',
    `<p class="lede">What I am learning, as of <time datetime="${esc(ctx.today)}">${esc(longDay(ctx.today))}</time>.</p>`,
    `<p class="overall"><a href="roadmap.html">Roadmap</a> ${bar(all.fraction, 'Whole roadmap: progress')} <span class="meta-inline">${counts(all)}</span></p>`,
    ...(ctx.verdict ? [`<p class="verdict verdict-${ctx.verdict.state}">${esc(ctx.verdict.sentence)}</p>`] : []),
    '<h2>In progress</h2>',
    doing.length ? `<ul class="items">\n${doing.map((i) => `<li>${itemLine(i, { section: ctx.sectionOf.get(i.id), badge: false })}</li>`).join('\n')}\n</ul>` : '<p class="empty">Nothing in progress right now.</p>',
  ];
  if (plan) out.push('<h2>This week</h2>', renderWeek(ctx, items, plan));
  const recent = byDoneDate(finished(items)).filter((i) => i.dates.done).slice(0, 5);
  if (recent.length) {
    out.push('<h2>Recently finished</h2>',
      `<ul class="items">\n${recent.map((i) => `<li>${itemLine(i, { section: ctx.sectionOf.get(i.id), badge: false })}</li>`).join('\n')}\n</ul>`,
      '<p><a href="record.html">Everything finished</a></p>');
  }
  return out.join('\n');
}

function minutesText(m: number): string {
  const h = Math.floor(m / 60);
  const r = m % 60;
  return h && r ? `${h} h ${r} min` : h ? `${h} h` : `${r} min`;
}

/** This week's planned blocks (Monday to Sunday around today), published items only. */
function renderWeek(ctx: PageContext, items: Item[], plan: Plan): string {
  const byId = new Map(items.map((i) => [i.id, i]));
  const from = mondayOf(ctx.today);
  const to = addDays(from, 6);
  const rows: string[] = [];
  for (const day of plan.days) {
    if (day.date < from || day.date > to) continue;
    const minutes = new Map<string, number>();
    for (const b of day.blocks) if (byId.has(b.itemId)) minutes.set(b.itemId, (minutes.get(b.itemId) ?? 0) + b.minutes);
    if (!minutes.size) continue;
    const what = [...minutes].map(([id, m]) => `${esc(byId.get(id)!.title)} <span class="meta-inline">(${minutesText(m)})</span>`).join('<br>');
    const cls = day.date === ctx.today ? ' class="today"' : '';
    rows.push(`<dt${cls}><time datetime="${day.date}">${esc(weekdayDay(day.date))}</time></dt><dd>${what}</dd>`);
  }
  return rows.length ? `<dl class="week">\n${rows.join('\n')}\n</dl>` : '<p class="empty">Nothing planned for the rest of this week.</p>';
}

export function renderRecord(ctx: PageContext, items: Item[]): string {
  const done = byDoneDate(finished(items));
  const dated = done.filter((i) => i.dates.done);
  const undated = done.filter((i) => !i.dates.done);
  const out: string[] = ['<h1>Finished</h1>'];
  const first = dated[dated.length - 1]?.dates.done;
  out.push(`<p class="lede">${done.length} thing${done.length === 1 ? '' : 's'} finished${first ? ` since ${esc(longDay(first))}` : ''}.</p>`);
  let month = '';
  let open = false;
  for (const i of dated) {
    const m = monthName(i.dates.done!);
    if (m !== month) {
      if (open) out.push('</ol>');
      out.push(`<h2>${esc(m)}</h2>`, '<ol class="record">');
      month = m;
      open = true;
    }
    out.push(recordRow(ctx, i));
  }
  if (open) out.push('</ol>');
  if (undated.length) {
    out.push('<h2>Finished, date not noted</h2>', '<ol class="record">', ...undated.map((i) => recordRow(ctx, i)), '</ol>');
  }
  if (!done.length) out.push('<p class="empty">Nothing finished yet.</p>');
  return out.join('\n');
}

function recordRow(ctx: PageContext, i: Item): string {
  const when = i.dates.done ? `<time datetime="${esc(i.dates.done)}">${esc(shortDay(i.dates.done))}</time>` : '<span class="nodate">—</span>';
  const s = ctx.sectionOf.get(i.id);
  const meta = [s ? `<a href="section-${s.slug}.html">${esc(s.title)}</a>` : '', i.progress ? esc(progressText({ ...i.progress, done: i.progress.total ?? i.progress.done })) : '', ...links(i)].filter(Boolean);
  return `<li id="i-${esc(i.id)}">${when}<div><span class="title">${esc(i.title)}</span>${meta.length ? `<span class="meta">${meta.join(' · ')}</span>` : ''}</div></li>`;
}
