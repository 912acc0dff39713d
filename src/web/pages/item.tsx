// One item: where it stands in the notes (file, line, the lines themselves), its links,
// estimate and plan, its history, and the actions that write back into the note.
import { Fragment } from 'preact';
import { useResource, type ItemPage as ItemData, type TrackEvent } from '../api.js';
import { LogForm, ProgressForm, StatusButtons } from '../components/actions.js';
import { Bar, Card, Empty, ErrorNote, Loading, StatusBadge } from '../components/ui.js';
import { day, hours, minutes, progressText, safeHref, STATUS_LABEL } from '../format.js';
import { itemHref } from '../router.js';
import type { ItemComments } from '../../hub/client/item-comments.js';

function describeEvent(e: TrackEvent): string {
  if (e.kind === 'status') return `${e.fromStatus ? STATUS_LABEL[e.fromStatus] : '?'} → ${e.toStatus ? STATUS_LABEL[e.toStatus] : '?'}`;
  if (e.kind === 'progress') return `progress ${e.fromDone ?? 0} → ${e.toDone ?? 0}${e.total ? ` of ${e.total}` : ''}${e.unit ? ` ${e.unit}` : ''}`;
  return `logged ${hours(e.hours)}${e.note ? `: ${e.note}` : ''}`;
}

/** The mentors' and members' comments on this item from the study group's hub, when one is set up. */
function HubComments({ id }: { id: string }) {
  const { data } = useResource<ItemComments>(`/api/items/${encodeURIComponent(id)}/comments`);
  if (!data?.hub) return null;
  return (
    <Card title="Comments from the hub" class="hub-comments">
      {data.problem ? <p class="muted small" role="status">Comments from {data.hub.url} are not available now: {data.problem}</p>
        : data.comments.length === 0 ? <Empty>No comments on this item yet.</Empty> : (
          <ol class="comments">
            {data.comments.map((c) => (
              <li key={c.id}><strong>{c.author}</strong> <span class="muted small">{day(c.createdAt.slice(0, 10))}</span><p>{c.body}</p></li>
            ))}
          </ol>
        )}
    </Card>
  );
}

export function ItemPage({ id }: { id: string }) {
  const { data, error } = useResource<ItemData>(`/api/items/${encodeURIComponent(id)}`);
  if (error && (!data || data.item.id !== id)) {
    return (
      <div class="page">
        <ErrorNote error={error} />
        <p><a href="#/items">Back to all items</a></p>
      </div>
    );
  }
  if (!data || data.item.id !== id) return <Loading what="the item" />;
  const { item, planned, blocks, history, work, lines } = data;
  const p = progressText(item.progress);
  const logged = history.reduce((a, e) => a + (e.kind === 'log' && e.hours ? e.hours : 0), 0);
  const fraction = item.progress ? (item.progress.unit === 'percent' ? item.progress.done / 100 : item.progress.total ? item.progress.done / item.progress.total : null) : null;

  return (
    <div class="page">
      <nav aria-label="Breadcrumb" class="crumbs">
        <a href="#/items">Items</a>
        {item.path.map((s) => <span key={s}> › <a href={`#/items?section=${encodeURIComponent(s)}`}>{s}</a></span>)}
      </nav>
      <h1 class="item-title">{item.title}</h1>
      <p class="meta">
        <StatusBadge status={item.status} /> <span class="pill">{item.kind}</span>
        {item.optional && <span class="pill">optional</span>}
        {item.tags.map((t) => <span class="pill" key={t}>{t}</span>)}
        <span class="muted"> · {data.file}:{item.source.line}</span>
      </p>

      <div class="grid">
        <Card title="Act">
          <StatusButtons item={item} />
          <ProgressForm key={`${item.id}:${p ?? ''}`} item={item} />
          <LogForm item={item} />
        </Card>

        <Card title="In the notes">
          <p class="small muted">{data.file}, line {item.source.line}{item.source.endLine > item.source.line ? `–${item.source.endLine}` : ''}</p>
          <pre class="source"><code>{lines.map((l, i) => `${String(item.source.line + i).padStart(4, ' ')}  ${l}`).join('\n')}</code></pre>
          {item.mentions.length > 0 && (
            <p class="small">Also named at {item.mentions.map((m) => `${m.path}:${m.line}`).join(', ')}</p>
          )}
          {item.links.length > 0 && (
            <>
              <h3>Links</h3>
              <ul class="links">
                {item.links.map((l) => {
                  const href = safeHref(l);
                  return <li key={l}>{href ? <a href={href} target="_blank" rel="noopener noreferrer">{l}</a> : <span>{l}</span>}</li>;
                })}
              </ul>
            </>
          )}
        </Card>

        <Card title="Effort and plan">
          <dl class="facts">
            <dt>Estimate</dt><dd>{item.estimate ? `${hours(item.estimate.hours)} (${item.estimate.basis})` : work ? `${minutes(work.totalMinutes)} (default)` : '—'}</dd>
            <dt>Left</dt><dd>{work ? minutes(work.remainingMinutes) : '—'}{work?.overrun ? ' · over its estimate' : ''}</dd>
            <dt>Progress</dt><dd>{p ?? '—'}{fraction !== null && <Bar value={fraction} max={1} label="Share done" />}</dd>
            <dt>Spent</dt><dd>{hours(item.spentHours + logged)}{logged > 0 && item.spentHours > 0 ? <span class="muted small"> ({hours(item.spentHours)} in the notes, {hours(logged)} logged)</span> : null}</dd>
            {(Object.entries(item.dates) as [string, string][]).map(([k, v]) => <Fragment key={k}><dt>{k}</dt><dd>{day(v)}</dd></Fragment>)}
            <dt>Planned</dt>
            <dd>
              {planned?.start ? `${day(planned.start)} → ${day(planned.finish)}` : item.status === 'done' || item.status === 'skipped' ? 'finished' : 'not booked'}
              {planned?.late && <div class="note-bad">Late by {planned.late.days} day{planned.late.days === 1 ? '' : 's'}: {planned.late.why}</div>}
              {planned?.atRisk && <div class="note-warn">At risk: two days or less to spare</div>}
            </dd>
          </dl>
          {blocks.length > 0 && (
            <>
              <h3>Booked blocks</h3>
              <ul class="blocks">
                {blocks.slice(0, 30).map((b) => <li key={`${b.date}${b.start}`}>{day(b.date)} {b.start} · {minutes(b.minutes)}</li>)}
                {blocks.length > 30 && <li class="muted">and {blocks.length - 30} more</li>}
              </ul>
            </>
          )}
          {data.dependsOn.length > 0 && (
            <>
              <h3>Waits for</h3>
              <ul>{data.dependsOn.map((d) => <li key={d.id}><a href={itemHref(d.id)}>{d.title}</a> <span class="muted">({STATUS_LABEL[d.status]})</span></li>)}</ul>
            </>
          )}
          {data.children.length > 0 && (
            <>
              <h3>Parts</h3>
              <ul>{data.children.map((d) => <li key={d.id}><a href={itemHref(d.id)}>{d.title}</a> <span class="muted">({STATUS_LABEL[d.status]})</span></li>)}</ul>
            </>
          )}
        </Card>

        <HubComments id={item.id} />

        <Card title="History">
          {history.length === 0 ? <Empty>No changes recorded yet.</Empty> : (
            <ol class="history">
              {history.slice().reverse().map((e, i) => (
                <li key={`${e.at}-${i}`}>
                  <span class="time">{day(e.day)}</span> {describeEvent(e)} <span class="muted small">({e.origin === 'hand' ? 'edited in the notes' : e.origin === 'import' ? `imported: ${e.note ?? 'the past'}` : 'Waymark'})</span>
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>
    </div>
  );
}
