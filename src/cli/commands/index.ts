// Every CLI command, in the order `waymark --help` lists them. Each module registers itself.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerExport } from './export.js';
import { registerList } from './list.js';
import { registerPlan } from './plan.js';
import { registerStatus } from './status.js';
import { registerServe } from './serve.js';
import { registerReview } from './review.js';
import { registerSite } from './site.js';
import { registerTrack } from './track.js';
import { registerLog } from './log.js';
import { registerUndo } from './undo.js';
import { registerStats } from './stats.js';
import { registerCorrect } from './correct.js';
import { registerRepair } from './repair.js';
import { registerHub } from './hub.js';

export type RegisterCommand = (program: Command, ctx: CliContext) => void;

export const COMMANDS: RegisterCommand[] = [registerStatus, registerList, registerPlan, registerExport, registerServe, registerReview, registerSite, registerTrack, registerLog, registerUndo, registerStats, registerCorrect, registerRepair, registerHub];
