// Builds the whole site from a roadmap: what may be published, the pages, the feed and the
// stylesheet, plus the list of what was left out. Pure: the CLI writes the files.
import { buildSections, type Section } from './sections.js';
import { renderAbout } from './about.js';
import { renderFeed } from './feed.js';
import { esc, layout, STYLE, type NavEntry } from './html.js';
import { renderNow, renderRecord, renderRoadmap, renderSection, type PageContext } from './pages.js';
import { publicItems } from '../notes/privacy.js';
import { longDay } from './dates.js';
import type { SiteBuild, SiteFile, SiteInput } from './types.js';
import { doneDates } from '../metrics/history.js';
import { plannedWork, withLoggedHours } from '../metrics/standing.js';
import { tally } from '../metrics/tracks.js';
import { verdict } from '../metrics/verdict.js';
import type { Item } from '../model/types.js';
import { effectiveSettings, resolveSettings } from '../plan/index.js';

/** A finished item without a done date in its note gets the day the history saw it done. */
function withDoneDates(items: Item[], dates: ReadonlyMap<string, string>): Item[] {
  if (dates.size === 0) return items;
  return items.map((i) => {
    const d = i.status === 'done' && !i.dates.done ? dates.get(i.id) : undefined;
    return d ? { ...i, dates: { ...i.dates, done: d } } : i;
  });
}

/** The note that becomes the about page: `about.md` (any case) at the top of the workspace, else anywhere. */
export function findAbout(notes: SiteInput['notes']): SiteInput['notes'][number] | null {
  const about = notes.filter((n) => /(^|\/)about\.(md|markdown)$/i.test(n.rel));
  return about.find((n) => !n.rel.includes('/')) ?? about[0] ?? null;
}

/**
 * @example buildSite({ roadmap, notes, config: {}, now, today: '2026-11-22', plan: null }).files.map((f) => f.path)
 */
export function buildSite(input: SiteInput): SiteBuild {
  const aboutNote = findAbout(input.notes);
  const { items, leftOut, hiddenFiles } = publicItems(input.roadmap.items, input.notes, input.config.exclude);
  // The about page is prose about the person, not part of the roadmap.
  const history = input.history ?? null;
  const events = history?.events ?? [];
  const published = withDoneDates(items.filter((i) => i.source.path !== aboutNote?.path), doneDates(events));
  // Counted as every view counts: the planner's work over the whole roadmap, logged hours in.
  const settings = input.plan?.settings ?? effectiveSettings(input.roadmap.items, resolveSettings({ today: input.today, budget: input.roadmap.budget })).settings;
  const work = plannedWork(withLoggedHours(input.roadmap.items, events), settings);
  const pace = history?.pace ?? { historyDays: 0, hoursPerWeek: null };
  // The verdict of the published work: the sentence `status` prints when nothing is private,
  // and what `export --public` says otherwise (private hours do not leave the machine).
  const counted = tally(published, work, () => '').work;
  const v = verdict({ today: input.today, settings, remainingHours: counted.remainingHours, pace, backlogItems: counted.backlogItems });
  const about = aboutNote && !hiddenFiles.has(aboutNote.path) ? renderAbout(aboutNote.text) : null;
  const siteTitle = input.config.title ?? (about?.title && !/^about( me)?$/i.test(about.title) ? about.title : 'Learning in public');
  const author = input.config.author ?? siteTitle;
  const sections = buildSections(published);
  const sectionOf = new Map<string, Section>();
  for (const s of sections) for (const i of s.items) sectionOf.set(i.id, s);
  const ctx: PageContext = { sections, sectionOf, today: input.today, work, verdict: v };
  const nav: NavEntry[] = [
    { href: 'index.html', label: 'Now' },
    { href: 'roadmap.html', label: 'Roadmap' },
    { href: 'record.html', label: 'Finished' },
    ...(about ? [{ href: 'about.html', label: 'About' }] : []),
  ];
  const updated = longDay(input.today);
  const page = (path: string, pageTitle: string, body: string, current = path): SiteFile => ({
    path,
    content: layout({ siteTitle, pageTitle, current, nav, updated, body }),
  });
  const files: SiteFile[] = [
    page('index.html', siteTitle, renderNow(ctx, published, input.plan)),
    page('roadmap.html', 'Roadmap', renderRoadmap(ctx, published)),
    page('record.html', 'Finished', renderRecord(ctx, published)),
    ...sections.map((s) => page(`section-${s.slug}.html`, s.title, renderSection(ctx, s), 'roadmap.html')),
  ];
  if (about) files.push(page('about.html', about.title ?? 'About', `<h1>${esc(about.title ?? 'About')}</h1>\n<div class="prose">\n${about.html}</div>`));
  const url = input.config.url ? input.config.url.replace(/\/?$/, '/') : null;
  files.push({ path: 'feed.xml', content: renderFeed(published, { title: siteTitle, author, url, updated: input.now.toISOString().replace(/\.\d{3}Z$/, 'Z'), firstSeen: history?.firstSeen ?? new Map() }) });
  files.push({ path: 'style.css', content: STYLE });
  return { files, leftOut, published: published.length };
}
