// `waymark site [PATH…] --out DIR`: the public progress site, as static files (no JavaScript).
// Private work never appears; what was left out is listed here, for the person only.
import { TZDate } from '@date-fns/tz';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { planItems, resolveSettings, type Plan } from '../../core/plan/index.js';
import { buildSite, type SiteBuild, type SiteNote } from '../../core/site/index.js';
import { loadConfig } from '../../edge/config.js';
import { existingHistory } from '../../edge/history.js';
import type { LoadedWorkspace } from '../../edge/workspace.js';
import { withoutHistory, type CliContext } from '../context.js';
import { notesOpt, notesPaths, PATHS_HELP, type NotesFlags } from '../notes-args.js';
import { loadForCli } from '../load.js';
import { colors } from '../render/bar.js';

/** Lists the files a build wrote, so the next build can remove pages that no longer exist. */
const MANIFEST = '.waymark-site.json';

export interface SiteResult {
  build: SiteBuild;
  out: string;
  removed: string[];
}

/** Reads the notes and config, builds the site and writes it into `out`. */
export async function writeSite(paths: string[], outDir: string, ctx: CliContext): Promise<SiteResult> {
  const ws = await loadForCli(paths, ctx);
  const { config } = await loadConfig(ws.root);
  const out = resolve(ctx.cwd, outDir);
  const rel = relative(out, ws.root);
  if (rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel))) {
    throw new UsageError(`--out ${outDir} is the notes folder or holds it; give the site a folder of its own`, 'E_SITE_OUT');
  }
  const timeZone = config.timeZone ?? ctx.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const now = ctx.now();
  const today = localDay(now, timeZone);
  const notes = await readPublishedNotes(ws, ctx);
  let plan: Plan | null = null;
  try {
    plan = planItems(ws.roadmap.items, resolveSettings({ today, config: config.plan ?? {}, budget: ws.roadmap.budget }), { suggest: false });
  } catch {
    plan = null; // A plan that cannot be made (a deadline before the start) only costs the "this week" list.
  }
  // The history (when there is one) gives done dates, time logged and the pace; it is only read.
  const history = await existingHistory(ws.roadmap, ws.root, today, plan?.settings.deadline ?? null, (why) => withoutHistory(ctx, why));
  const build = buildSite({ roadmap: ws.roadmap, notes, config: config.site ?? {}, now, today, plan, history });
  await mkdir(out, { recursive: true });
  const before = await previousFiles(out);
  for (const f of build.files) await writeFile(join(out, f.path), f.content);
  const now2 = new Set(build.files.map((f) => f.path));
  const removed = before.filter((p) => !now2.has(p) && /^[\w.-]+$/.test(p));
  for (const p of removed) await rm(join(out, p), { force: true });
  await writeFile(join(out, MANIFEST), JSON.stringify({ generator: 'waymark', files: [...now2] }, null, 2) + '\n');
  return { build, out, removed };
}

/** The notes as publishing sees them: each source's text and its path under the workspace root. */
export async function readPublishedNotes(ws: LoadedWorkspace, ctx: CliContext): Promise<SiteNote[]> {
  const notes: SiteNote[] = [];
  for (const s of ws.roadmap.sources) {
    const abs = ws.files.get(s.path) ?? resolve(ctx.cwd, s.path);
    notes.push({ path: s.path, rel: relative(ws.root, abs).split(sep).join('/'), text: await readFile(abs, 'utf8') });
  }
  return notes;
}

async function previousFiles(out: string): Promise<string[]> {
  try {
    const m = JSON.parse(await readFile(join(out, MANIFEST), 'utf8')) as { files?: unknown };
    return Array.isArray(m.files) ? m.files.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

function localDay(now: Date, timeZone: string): string {
  const d = new TZDate(now.getTime(), timeZone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function renderSiteReport(r: SiteResult, cwd: string, color: boolean): string {
  const c = colors(color);
  const where = relative(cwd, r.out) || '.';
  const lines = [`${c.green('✓')} wrote ${r.build.files.length} files to ${where}/ (${r.build.published} items published; open ${where}/index.html)`];
  if (r.removed.length) lines.push(c.dim(`  removed ${r.removed.length} page${r.removed.length === 1 ? '' : 's'} from the last build: ${r.removed.join(', ')}`));
  if (r.build.leftOut.length) {
    lines.push(`Left out (private):`);
    for (const l of r.build.leftOut) {
      const at = l.line ? `${l.path}:${l.line}` : l.path;
      const what = l.what === 'file' ? 'file' : l.what === 'section' ? `section "${l.title}"` : `"${l.title}"`;
      lines.push(`  ${at}  ${what} — ${l.reason}${l.items > 1 || l.what !== 'item' ? c.dim(` (${l.items} item${l.items === 1 ? '' : 's'})`) : ''}`);
    }
  } else {
    lines.push(c.dim('Nothing left out: tag items, sections or files #private, or list globs in waymark.json site.exclude.'));
  }
  return lines.join('\n') + '\n';
}

export function registerSite(program: Command, ctx: CliContext): void {
  program
    .command('site')
    .description('build a static public progress site: now, roadmap, finished work, about, Atom feed (#private left out)')
    .argument('[paths...]', PATHS_HELP)
    .addOption(notesOpt())
    .option('-o, --out <dir>', 'folder to write the site into', 'site')
    .option('--json', 'print what was written and left out as JSON')
    .action(async (given: string[], opts: { out: string; json?: boolean } & NotesFlags) => {
      const paths = notesPaths(given, opts);
      const r = await writeSite(paths, opts.out, ctx);
      if (opts.json) {
        ctx.stdout.write(JSON.stringify({ out: r.out, files: r.build.files.map((f) => f.path), published: r.build.published, leftOut: r.build.leftOut, removed: r.removed }, null, 2) + '\n');
      } else {
        ctx.stdout.write(renderSiteReport(r, ctx.cwd, ctx.color));
      }
    });
}
