// `waymark push`: reads the notes, keeps what the public site would show (`publicItems`, the
// one function that decides what leaves the machine), counts the board's numbers from the
// public items' history only, and sends it to the hub with the events the hub lacks.
import { existsSync } from 'node:fs';
import type { CliContext } from '../../cli/context.js';
import { loadForCli } from '../../cli/load.js';
import { readPublishedNotes } from '../../cli/commands/site.js';
import { buildPush, type PushPayload } from '../../core/hub/push.js';
import { computeStats, historyStart, paceFromHistory, standing, type Stats } from '../../core/metrics/index.js';
import type { TrackEvent } from '../../core/metrics/history.js';
import { publicRoadmap } from '../../core/notes/privacy.js';
import { loadConfig, type WaymarkConfig } from '../../edge/config.js';
import { settingsFor, workHours } from '../../edge/history.js';
import { openHistory } from '../../edge/journal.js';
import { localDay } from '../../edge/track.js';
import { storePath } from '../../store/index.js';

export interface CollectedPush {
  payload: PushPayload;
  root: string;
  config: WaymarkConfig;
  /** Items that stayed home (private, excluded). */
  keptHome: number;
}

/** The push for the notes at `paths`, with the events after `since` (all when null). */
export async function collectPush(paths: string[], ctx: CliContext, since: string | null): Promise<CollectedPush> {
  const ws = await loadForCli(paths, ctx);
  const { config } = await loadConfig(ws.root).catch((): { config: WaymarkConfig } => ({ config: {} }));
  const roadmap = publicRoadmap(ws.roadmap, await readPublishedNotes(ws, ctx), config.site?.exclude ?? []);
  const today = localDay(ctx.now(), config.timeZone ?? ctx.env.TZ);
  const settings = settingsFor(roadmap, config, today);
  const ids = new Set(roadmap.items.map((i) => i.id));
  let events: TrackEvent[] = [];
  let stats: Stats | null = null;
  let pace = { historyDays: 0, hoursPerWeek: null as number | null };
  if (existsSync(storePath(ws.root))) {
    const store = openHistory(ws.root);
    try {
      // Only the public items' history: a private item's hours never shape the board either.
      events = (await store.events()).filter((e) => ids.has(e.itemId));
      const states = new Map([...(await store.itemStates()).entries()].filter(([id]) => ids.has(id)));
      stats = computeStats({ items: roadmap.items, hours: workHours(roadmap, today), events, states, budget: roadmap.budget, today, horizon: settings.deadline });
      pace = paceFromHistory(stats.velocity, historyStart(events, states), today);
    } finally {
      await store.close();
    }
  }
  const st = standing({ items: roadmap.items, settings, events, pace });
  const payload = buildPush({ items: roadmap.items, standing: st, stats, events: events.filter((e) => since === null || e.at > since), today });
  return { payload, root: ws.root, config, keptHome: ws.roadmap.items.length - roadmap.items.length };
}
