// The public progress site: pure renderers from a roadmap to static files (no JavaScript),
// with #private work and excluded files left out and listed.
export { buildSite, findAbout } from './build.js';
export { publicItems, publicRoadmap, privateSections, fileIsPrivate, globToRegExp, withoutPrivateSections } from '../notes/privacy.js';
export type { PublicItems } from '../notes/privacy.js';
export { buildSections, progressOf, itemFraction, slugify } from './sections.js';
export type { Section, Group, ItemNode } from './sections.js';
export { renderAbout } from './about.js';
export { renderFeed } from './feed.js';
export { esc, safeHref } from './html.js';
export type { SiteConfig, SiteInput, SiteNote, SiteFile, SiteBuild, LeftOut } from './types.js';
