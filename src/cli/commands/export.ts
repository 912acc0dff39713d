// `waymark export --format json|ics|tjp [PATH…]`: the roadmap for machines.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { roadmapSummary } from '../../core/metrics/index.js';
import { withoutHistory, type CliContext } from '../context.js';
import { loadConfig, type WaymarkConfig } from '../../edge/config.js';
import { workspaceStanding } from '../../edge/history.js';
import { localDay } from '../../edge/track.js';
import { notesOpt, notesPaths, PATHS_HELP, type NotesFlags } from '../notes-args.js';
import { loadForCli } from '../load.js';
import { publicRoadmap } from '../../core/notes/privacy.js';
import { readPublishedNotes } from './site.js';

/** Other formats (calendar, TaskJuggler) register a renderer here. */
export const EXPORTERS = new Map<string, (paths: string[], ctx: CliContext, opts: Record<string, unknown>) => Promise<string>>();

export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('export the roadmap: json (the waymark.roadmap/1 schema), ics (calendar of planned blocks), tjp (TaskJuggler)')
    .option('-f, --format <format>', 'json, ics or tjp', 'json')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--hours-per-week <h>', 'ics/tjp: weekly hours for the plan (overrides waymark.json and the notes)')
    .option('--start <date>', 'ics/tjp: first day to plan, YYYY-MM-DD')
    .option('--deadline <date>', 'ics/tjp: last day of the horizon, YYYY-MM-DD')
    .option('--public', 'json: only what the public site would show (no #private work, no excluded files, no warnings)')
    .argument('[paths...]', PATHS_HELP)
    .addOption(notesOpt())
    .action(async (given: string[], opts: { format: string; out?: string; hoursPerWeek?: string; start?: string; deadline?: string; public?: boolean } & NotesFlags) => {
      const paths = notesPaths(given, opts);
      let text: string;
      if (opts.public && opts.format !== 'json') throw new UsageError(`--public works with --format json, not "${opts.format}"`);
      if (opts.format === 'json') {
        const ws = await loadForCli(paths, ctx);
        const { config } = await loadConfig(ws.root).catch((): { config: WaymarkConfig } => ({ config: {} }));
        // The same decision as the public site's: one function says what may leave the machine.
        const roadmap = opts.public ? publicRoadmap(ws.roadmap, await readPublishedNotes(ws, ctx), config.site?.exclude ?? []) : ws.roadmap;
        // `summary`: the counts, hours, time logged and verdict `status` and the dashboard show
        // (with --public, of the public work only).
        const st = await workspaceStanding(roadmap, ws.root, config, localDay(ctx.now(), config.timeZone ?? ctx.env.TZ), { onlyItems: opts.public === true, onUnavailable: (why) => withoutHistory(ctx, why) });
        text = JSON.stringify({ ...roadmap, summary: roadmapSummary(st) }, null, 2) + '\n';
      } else {
        const exporter = EXPORTERS.get(opts.format);
        if (!exporter) throw new UsageError(`unknown export format "${opts.format}" (use one of: ${['json', ...EXPORTERS.keys()].join(', ')})`);
        text = await exporter(paths, ctx, opts);
      }
      if (opts.out) {
        await writeFile(resolve(ctx.cwd, opts.out), text);
        ctx.stderr.write(`wrote ${opts.out}\n`);
      } else {
        ctx.stdout.write(text);
      }
    });
}
