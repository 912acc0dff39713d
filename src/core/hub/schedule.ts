// The reading schedule as a note of the member's own: one task per session, in a form the
// reader takes as an item with its due date and link ("- [ ] Raft (presented by mia) — due
// 2026-12-10 — https://…"), so sessions flow into plan, status and done like any entry.
// Pulling again only adds sessions the note lacks: ticks and edits stay.

export interface ScheduleSession {
  day: string;
  title: string;
  link: string | null;
  presenter: string | null;
}

/** One session's line. */
export function sessionLine(s: ScheduleSession): string {
  const title = s.title.replace(/\s+/g, ' ').trim();
  return `- [ ] ${title}${s.presenter ? ` (presented by ${s.presenter.replace(/\s+/g, ' ').trim()})` : ''} — due ${s.day}${s.link ? ` — ${s.link}` : ''}`;
}

/** Whether the note already has an entry for the session: a list line whose words begin with its title. */
function hasSession(lines: readonly string[], title: string): boolean {
  const t = title.replace(/\s+/g, ' ').trim().toLowerCase();
  return lines.some((l) => {
    const m = /^\s*[-*+]\s+(?:\[[^\]]\]\s+)?(.*)$/.exec(l);
    return m !== null && m[1]!.toLowerCase().startsWith(t);
  });
}

/**
 * The note's new text and the sessions added. `existing` null: a new note with a heading.
 * Line endings follow the note's own.
 */
export function mergeSchedule(existing: string | null, sessions: readonly ScheduleSession[], cohortName: string): { text: string; added: ScheduleSession[] } {
  const nl = existing?.includes('\r\n') ? '\r\n' : '\n';
  const lines = existing === null ? [] : existing.split(/\r?\n/);
  const added = sessions.filter((s) => !hasSession(lines, s.title));
  if (existing === null) {
    const head = [`# Reading group: ${cohortName}`, '', 'Sessions from the study group\'s hub. `waymark pull` adds new ones; tick them off as you go.', ''];
    return { text: [...head, ...added.map(sessionLine), ''].join(nl), added };
  }
  if (!added.length) return { text: existing, added };
  const body = existing.replace(/(?:\r?\n)+$/, '');
  return { text: body + nl + added.map(sessionLine).join(nl) + nl, added };
}
