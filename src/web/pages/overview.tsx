// Overview: the verdict, what is in progress and next (first, so a phone shows them at once),
// each track with its progress, this week's booked blocks and the hours left.
import { useResource, type Overview } from '../api.js';
import { CheckOff } from '../components/actions.js';
import { Bar, Card, Empty, ErrorNote, Loading, VerdictNote, verdictTone } from '../components/ui.js';
import { day, hours, minutes, sectionName } from '../format.js';
import { itemHref } from '../router.js';

export function OverviewPage() {
  const { data: o, error } = useResource<Overview & { configError: string | null }>('/api/overview');
  if (error && !o) return <ErrorNote error={error} />;
  if (!o) return <Loading what="the overview" />;
  const v = o.verdict;
  const doneHours = Math.max(0, o.hours.totalHours - o.hours.remainingHours);
  const byDay = new Map<string, Overview['week']['blocks']>();
  for (const b of o.week.blocks) byDay.set(b.date, [...(byDay.get(b.date) ?? []), b]);

  return (
    <div class="page">
      <h1>Overview</h1>
      {o.configError && <p class="error" role="alert">waymark.json: {o.configError} (planning with defaults)</p>}
      <div class="stats">
        <div class="stat">
          <div class="stat-label">Hours left</div>
          <div class="stat-value">{hours(o.hours.remainingHours)}</div>
          <div class="stat-sub">of {hours(o.hours.totalHours)}{o.hours.budgetHours !== null ? ` · budget ${hours(o.hours.budgetHours)}` : ''}</div>
          <Bar value={doneHours} max={o.hours.totalHours} label="Hours done of the whole roadmap" />
        </div>
        <div class="stat">
          <div class="stat-label">Forecast finish</div>
          <div class={`stat-value tone-${verdictTone(v)}`}>{v.finish ? day(v.finish, o.today) : '—'}</div>
          <div class="stat-sub">
            {v.horizon ? `horizon ${day(v.horizon, o.today)}` : 'no horizon set'} · at {hours(v.hoursPerWeek)}/week
          </div>
        </div>
        <div class="stat">
          <div class="stat-label">This week</div>
          <div class="stat-value">{hours(o.week.bookedHours)}</div>
          <div class="stat-sub">booked of {hours(o.week.capacityHours)} free · {hours(o.logged.totalHours)} logged in all</div>
        </div>
        <div class="stat">
          <div class="stat-label">Items</div>
          <div class="stat-value">{o.work.done}<span class="stat-of"> / {o.work.items} done</span></div>
          <div class="stat-sub">{o.counts.doing} in progress · {o.counts.todo} to do{o.counts.skipped ? ` · ${o.counts.skipped} skipped` : ''}</div>
        </div>
      </div>

      <VerdictNote verdict={v} />
      {o.lateItems > 0 && <p class="muted small">{o.lateItems} item{o.lateItems === 1 ? '' : 's'} finish after {o.lateItems === 1 ? 'its' : 'their'} own due date in the plan (see the timeline).</p>}

      <div class="grid">
        <Card title="In progress">
          {o.inProgress.length === 0 ? <Empty>Nothing started.</Empty> : (
            <ul class="list">
              {o.inProgress.map((i) => (
                <li key={i.id}>
                  <CheckOff item={i} />
                  <div class="grow">
                    <a href={itemHref(i.id)}>{i.title}</a>
                    <div class="muted small">{i.label ?? 'started'}</div>
                    {i.fraction !== null && <Bar value={i.fraction} max={1} label={`${i.title}: progress`} />}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card title="Next up">
          {o.nextUp.length === 0 ? <Empty>Nothing planned next.</Empty> : (
            <ul class="list">
              {o.nextUp.map((i) => (
                <li key={i.id}>
                  <CheckOff item={i} />
                  <div class="grow">
                    <a href={itemHref(i.id)}>{i.title}</a>
                    <div class="muted small">
                      {sectionName(i.path.slice(-2), '')}{i.path.length ? ' · ' : ''}starts {day(i.start, o.today)}
                      {i.late && <span class="pill pill-bad">late</span>}
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card title="Tracks">
          {o.tracks.length === 0 ? <Empty>No items found in the notes.</Empty> : (
            <ul class="tracks">
              {o.tracks.map((t) => (
                <li key={t.name}>
                  <div class="row-between">
                    <a href={`#/items?section=${encodeURIComponent(t.name)}`}>{t.name}</a>
                    <span class="muted">{t.done}/{t.items} · {hours(t.doneHours)} of {hours(t.totalHours)}</span>
                  </div>
                  <Bar value={t.doneHours} max={t.totalHours} label={`${t.name}: hours done`} tone={t.done === t.items && t.items > 0 ? 'good' : 'accent'} />
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card title={`This week · ${day(o.week.from, o.today)} – ${day(o.week.to, o.today)}`} class="span-2">
          {o.week.blocks.length === 0 ? <Empty>No blocks booked this week.</Empty> : (
            <div class="week">
              {[...byDay.entries()].map(([d, blocks]) => (
                <div class={`week-day ${d === o.today ? 'is-today' : ''}`} key={d}>
                  <h3>{day(d, o.today)}{d === o.today ? ' · today' : ''}</h3>
                  <ul>
                    {blocks.map((b) => (
                      <li key={`${b.id}-${b.start}`}>
                        <span class="time">{b.start}</span>
                        <a href={itemHref(b.id)}>{b.title}</a>
                        <span class="muted small">{minutes(b.minutes)}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          )}
        </Card>
      </div>
      {o.warnings > 0 && <p class="muted small">{o.warnings} warning{o.warnings === 1 ? '' : 's'} in the notes (run <code>waymark status --warnings</code>).</p>}
    </div>
  );
}
