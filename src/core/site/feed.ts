// An Atom feed with an entry per finished item, newest first: dated by the day it was done,
// else by the day the history first saw it, else by the build.
import type { Item } from '../model/types.js';
import { esc, safeHref } from './html.js';
import { progressText } from './pages.js';
import { slugify } from './sections.js';

export interface FeedOptions {
  title: string;
  author: string;
  /** Absolute site URL ending in '/', or null: links stay relative. */
  url: string | null;
  /** ISO instant of the build. */
  updated: string;
  /** Most entries kept (newest). */
  limit?: number;
  /** The day the history first saw each item: the entry's date when the done day is unknown. */
  firstSeen?: ReadonlyMap<string, string>;
}

export function renderFeed(items: Item[], o: FeedOptions): string {
  const buildDay = o.updated.slice(0, 10);
  const dayOf = (i: Item): string => i.dates.done ?? o.firstSeen?.get(i.id) ?? buildDay;
  const done = items
    .filter((i) => i.status === 'done' && i.kind !== 'question')
    .map((i) => ({ i, day: dayOf(i) }))
    .sort((a, b) => (a.day === b.day ? 0 : a.day < b.day ? 1 : -1))
    .slice(0, o.limit ?? 50);
  const base = o.url ?? '';
  const feedId = o.url ? `${o.url}feed.xml` : `urn:waymark:site:${slugify(o.title)}`;
  const updated = done[0] ? `${done[0].day}T00:00:00Z` : o.updated;
  const entries = done.map(({ i, day }) => {
    const summary = [i.path.join(' › '), i.progress ? progressText({ ...i.progress, done: i.progress.total ?? i.progress.done }) : '', i.dates.done ? '' : 'date not noted']
      .filter(Boolean).join(' · ');
    const links = i.links.map(safeHref).filter((h): h is string => h !== null)
      .map((h) => `    <link rel="related" href="${esc(h)}"/>`).join('\n');
    return `  <entry>
    <title>Finished: ${esc(i.title)}</title>
    <id>urn:waymark:item:${esc(i.id)}</id>
    <updated>${day}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="${esc(`${base}record.html#i-${i.id}`)}"/>
${links ? `${links}\n` : ''}${summary ? `    <summary>${esc(summary)}</summary>\n` : ''}  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${esc(o.title)}: finished work</title>
  <id>${esc(feedId)}</id>
  <updated>${updated}</updated>
  <author><name>${esc(o.author)}</name></author>
  <generator>Waymark</generator>
${o.url ? `  <link rel="self" type="application/atom+xml" href="${esc(feedId)}"/>\n` : ''}  <link rel="alternate" type="text/html" href="${esc(`${base}record.html`)}"/>
${entries.join('\n')}
</feed>
`;
}
