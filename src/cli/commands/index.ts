// Every CLI command, in the order `waymark --help` lists them. Each module registers itself.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerExport } from './export.js';

export type RegisterCommand = (program: Command, ctx: CliContext) => void;

export const COMMANDS: RegisterCommand[] = [registerExport];
