// Tracking numbers: the history's types, the stats computed from it, the terminal chart.
export type { TrackEvent, ItemState, EventKind, EventOrigin } from './history.js';
export { blankEvent, doneDates } from './history.js';
export type { Stats, StatsInput, BurndownPoint, WeekVelocity, Forecast, SectionStats, Streak } from './stats.js';
export { computeStats, goalLevel } from './stats.js';
export type { ChartOptions, ChartPaint } from './chart.js';
export { renderBurndownChart } from './chart.js';
export type { TrackSummary, Tally } from './tracks.js';
export { tally, trackNamer, isWork } from './tracks.js';
export type { Verdict, VerdictState, VerdictInput, Pace, PaceInput } from './verdict.js';
export { verdict, forecastFinish, paceOf, verdictDay, MIN_HISTORY_DAYS } from './verdict.js';
export type { Standing, StandingInput, LoggedTime, RoadmapSummary } from './standing.js';
export { standing, loggedTime, withLoggedHours, historyStart, paceFromHistory, verdictBurndown, roadmapSummary, plannedWork } from './standing.js';
