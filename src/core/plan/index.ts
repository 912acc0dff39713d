// The planner: fits a roadmap's open items into the hours a person has, and explains the fit.
export { planItems, effectiveSettings } from './plan.js';
export type { PlanOptions } from './plan.js';
export { resolveSettings, expandDaysOff, weeklyHours, DEFAULT_HOURS, DEFAULT_HOURS_PER_WEEK } from './settings.js';
export type { PlanConfig, PlanFlags, PlanSettings, SettingOrigin, ResolveOptions } from './settings.js';
export { resolveWork, progressFraction } from './estimates.js';
export type { Work } from './estimates.js';
export { renderPlan } from './render.js';
export type { RenderPlanOptions } from './render.js';
export { PLAN_SCHEMA } from './types.js';
export type { Plan, PlanBlock, PlanDay, PlannedItem, PlanTotals, PlanWarning, FitSuggestion, LateAgainst } from './types.js';
export { WEEKDAYS, isIsoDay, addDays, diffDays, parseClock, toDayNumber, fromDayNumber, mondayOf, weekdayIndex, shortDay } from './dates.js';
export type { Weekday } from './dates.js';
