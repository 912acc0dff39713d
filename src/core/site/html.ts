// HTML building blocks: escaping, safe links, the page layout and the stylesheet. Every
// text that came from the notes goes through `esc` (or `attr` inside an attribute).

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML and XML; drops control characters XML forbids. */
export function esc(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => ESC[c]!);
}

/** A link from the notes, only when it is http(s) or mailto; anything else is shown as text. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A short, readable label for a link: its host and a little of its path. */
export function linkLabel(href: string): string {
  try {
    const u = new URL(href);
    if (u.protocol === 'mailto:') return u.pathname;
    const path = u.pathname.replace(/\/$/, '');
    const short = path.length > 24 ? `${path.slice(0, 23)}…` : path;
    return u.hostname.replace(/^www\./, '') + short;
  } catch {
    return href;
  }
}

/** A progress bar with its percentage beside it (the text is what screen readers and old browsers get). */
export function bar(fraction: number, label: string): string {
  const pct = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return `<span class="bar"><progress max="100" value="${pct}" aria-label="${esc(label)}">${pct}%</progress> <span class="pct">${pct}%</span></span>`;
}

export interface NavEntry {
  href: string;
  label: string;
}

export interface LayoutOptions {
  siteTitle: string;
  pageTitle: string;
  /** href of the current page, marked in the navigation. */
  current: string;
  nav: NavEntry[];
  updated: string;
  body: string;
  description?: string;
}

export function layout(o: LayoutOptions): string {
  const nav = o.nav.map((n) => `<a href="${n.href}"${n.href === o.current ? ' aria-current="page"' : ''}>${esc(n.label)}</a>`).join('\n');
  const title = o.pageTitle === o.siteTitle ? esc(o.siteTitle) : `${esc(o.pageTitle)} · ${esc(o.siteTitle)}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Waymark">
${o.description ? `<meta name="description" content="${esc(o.description)}">\n` : ''}<title>${title}</title>
<link rel="stylesheet" href="style.css">
<link rel="alternate" type="application/atom+xml" title="${esc(o.siteTitle)}: finished work" href="feed.xml">
</head>
<body>
<header class="site">
<a class="brand" href="index.html">${esc(o.siteTitle)}</a>
<nav aria-label="Site">
${nav}
</nav>
</header>
<main>
${o.body}
</main>
<footer class="site">
<p>Updated ${esc(o.updated)} from my own notes with Waymark · <a href="feed.xml">Atom feed</a></p>
</footer>
</body>
</html>
`;
}

export const STYLE = `:root {
  --fg: #1d2126; --muted: #5d6670; --bg: #fdfdfc; --card: #f3f4f2; --line: #dde0dc;
  --accent: #2f6f4f; --accent-soft: #d7ebe0; --doing: #805800; --doing-soft: #f6ead0;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6e8e6; --muted: #a2aaa6; --bg: #15181a; --card: #1f2427; --line: #2f3639;
    --accent: #7cc7a0; --accent-soft: #23392e; --doing: #e0b860; --doing-soft: #3a3120; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: var(--accent); text-underline-offset: 2px; }
header.site, main, footer.site { max-width: 46rem; margin: 0 auto; padding: 0 1.1rem; }
header.site { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: .4rem 1.2rem;
  padding-top: 1.2rem; padding-bottom: .8rem; border-bottom: 1px solid var(--line); }
.brand { font-weight: 700; font-size: 1.1rem; color: var(--fg); text-decoration: none; }
nav { display: flex; flex-wrap: wrap; gap: .2rem .9rem; }
nav a { text-decoration: none; color: var(--muted); padding: .15rem 0; }
nav a[aria-current="page"] { color: var(--fg); border-bottom: 2px solid var(--accent); }
main { padding-top: .6rem; padding-bottom: 2rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 1.2rem 0 .3rem; }
h2 { font-size: 1.2rem; line-height: 1.3; margin: 2rem 0 .6rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .4rem; color: var(--muted); }
.lede { color: var(--muted); margin-top: 0; }
ul.items { list-style: none; padding: 0; margin: 0; }
ul.items > li { padding: .55rem 0; border-bottom: 1px solid var(--line); }
ul.items ul.items { margin: .3rem 0 0 1.1rem; }
ul.items ul.items > li { border: 0; padding: .2rem 0; font-size: .95rem; }
.title { font-weight: 600; overflow-wrap: anywhere; }
.meta { display: block; margin-top: .1rem; color: var(--muted); font-size: .9rem; overflow-wrap: anywhere; }
.meta a { color: var(--muted); }
.meta-inline { color: var(--muted); font-size: .9rem; }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; letter-spacing: .02em; padding: .05rem .45rem;
  border-radius: .6rem; margin-right: .4rem; vertical-align: .1em; white-space: nowrap; }
.badge.done { background: var(--accent-soft); color: var(--accent); }
.badge.doing { background: var(--doing-soft); color: var(--doing); }
.badge.todo { background: var(--card); color: var(--muted); }
.badge.skipped { background: var(--card); color: var(--muted); text-decoration: line-through; }
.bar { display: inline-flex; align-items: center; gap: .5rem; vertical-align: middle; }
progress { -webkit-appearance: none; appearance: none; width: 9rem; height: .55rem; border: 0; border-radius: .3rem;
  background: var(--line); overflow: hidden; }
progress::-webkit-progress-bar { background: var(--line); border-radius: .3rem; }
progress::-webkit-progress-value { background: var(--accent); border-radius: .3rem; }
progress::-moz-progress-bar { background: var(--accent); border-radius: .3rem; }
.pct { font-size: .85rem; color: var(--muted); font-variant-numeric: tabular-nums; min-width: 2.6rem; }
ul.sections { list-style: none; padding: 0; display: grid; gap: .8rem; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); }
ul.sections > li { background: var(--card); border-radius: .7rem; padding: .8rem .95rem; }
ul.sections .title a { color: var(--fg); text-decoration: none; }
ul.sections .bar, .big .bar { display: flex; margin: .35rem 0 .1rem; }
ul.sections .bar progress, .big .bar progress { flex: 1; width: auto; }
.big { max-width: 24rem; }
.big .bar progress { height: .8rem; }
.groupbar { margin: -.2rem 0 .4rem; }
.overall { display: flex; flex-wrap: wrap; align-items: center; gap: .3rem .8rem; }
dl.week { display: grid; grid-template-columns: 7.5rem 1fr; gap: .35rem 1rem; margin: 0; }
dl.week dt { color: var(--muted); font-variant-numeric: tabular-nums; }
dl.week dd { margin: 0; }
dl.week dt.today, dl.week dt.today + dd { font-weight: 600; color: var(--fg); }
ol.record { list-style: none; padding: 0; margin: 0; }
ol.record > li { display: grid; grid-template-columns: 6.2rem 1fr; gap: 0 1rem; padding: .5rem 0; border-bottom: 1px solid var(--line); }
ol.record time, ol.record .nodate { color: var(--muted); font-variant-numeric: tabular-nums; }
.prose { overflow-wrap: anywhere; }
.prose img { max-width: 100%; height: auto; }
.prose pre { overflow-x: auto; background: var(--card); padding: .7rem; border-radius: .4rem; }
.empty { color: var(--muted); font-style: italic; }
footer.site { border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; padding-top: .8rem; padding-bottom: 2rem; }
@media (max-width: 34rem) {
  body { font-size: 16px; }
  h1 { font-size: 1.45rem; }
  dl.week { grid-template-columns: 1fr; gap: 0; }
  dl.week dd { margin-bottom: .6rem; }
  ol.record > li { grid-template-columns: 1fr; }
  h2 { font-size: 1.1rem; }
  progress { width: 6.5rem; }
}
`;
