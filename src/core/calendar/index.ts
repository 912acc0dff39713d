// Calendar renderers for a plan: iCalendar (.ics) and TaskJuggler (.tjp).
export { renderIcs, blockUid, localInstant } from './ics.js';
export type { IcsOptions } from './ics.js';
export { renderTjp, tjIds } from './tjp.js';
export type { TjpOptions } from './tjp.js';
