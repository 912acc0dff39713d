// about.md → the about page: markdown-it with raw HTML off (so it is escaped, never passed
// through) and only http(s)/mailto links and images; headings move down a level under the page's h1.
import MarkdownIt from 'markdown-it';
import { safeHref } from './html.js';
import { withoutPrivateSections } from '../notes/privacy.js';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
md.validateLink = (url: string): boolean => safeHref(url) !== null || /^(#|\.?\/|[\w-]+\.html\b)/.test(url) && !/^\w+:/.test(url);
const shift = (tag: string): string => `h${Math.min(6, Number(tag.slice(1)) + 1)}`;
md.renderer.rules.heading_open = (tokens, i, opts, _env, self) => {
  tokens[i]!.tag = shift(tokens[i]!.tag);
  return self.renderToken(tokens, i, opts);
};
md.renderer.rules.heading_close = (tokens, i, opts, _env, self) => {
  tokens[i]!.tag = shift(tokens[i]!.tag);
  return self.renderToken(tokens, i, opts);
};

export interface About {
  /** The first level-1 heading, when there is one (used as the page and site title). */
  title: string | null;
  html: string;
}

/** Renders about.md without its #private sections; a leading level-1 heading becomes the page title. */
export function renderAbout(text: string): About {
  const body = withoutPrivateSections('about.md', text.replace(/^\uFEFF/, '').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''));
  const m = /^\s*#\s+(.+?)\s*#*\s*$/m.exec(body);
  const first = body.trimStart().startsWith('#') && m ? m : null;
  const title = first ? first[1]!.trim() : null;
  const rest = first ? body.replace(first[0], '') : body;
  return { title, html: md.render(rest) };
}
