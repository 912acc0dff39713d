// Tracking numbers: the history's types, the stats computed from it, the terminal chart.
export type { TrackEvent, ItemState, EventKind, EventOrigin } from './history.js';
export { blankEvent } from './history.js';
export type { Stats, StatsInput, BurndownPoint, WeekVelocity, Forecast, SectionStats, Streak } from './stats.js';
export { computeStats, goalLevel } from './stats.js';
export type { ChartOptions, ChartPaint } from './chart.js';
export { renderBurndownChart } from './chart.js';
