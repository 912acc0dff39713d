// Small pieces every page uses: progress bars, status badges, cards, loading and errors.
// The bar is `wm-meter`, not `bar`: frappe-gantt draws its bars as `<rect class="bar">`.
import type { ComponentChildren } from 'preact';
import { STATUS_LABEL } from '../format.js';
import type { Item, Verdict } from '../api.js';

export function Bar({ value, max, label, tone = 'accent' }: { value: number; max: number; label: string; tone?: 'accent' | 'warn' | 'bad' | 'good' }) {
  const pct = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return (
    <div class={`wm-meter wm-meter-${tone}`} role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(pct)} aria-valuetext={`${Math.round(pct)}%`}>
      <div class="wm-meter-fill" style={{ width: `${pct}%` }} />
    </div>
  );
}

export function StatusBadge({ status }: { status: Item['status'] }) {
  return <span class={`badge badge-${status}`}>{STATUS_LABEL[status]}</span>;
}

export function Card({ title, children, class: cls }: { title?: string; children: ComponentChildren; class?: string }) {
  return (
    <section class={`card ${cls ?? ''}`} aria-label={title}>
      {title && <h2>{title}</h2>}
      {children}
    </section>
  );
}

export function Loading({ what }: { what: string }) {
  return <p class="muted" role="status">Loading {what}…</p>;
}

export function ErrorNote({ error }: { error: Error }) {
  return <p class="error" role="alert">{error.message}</p>;
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="muted">{children}</p>;
}

/** The tone of a verdict: behind is bad, no horizon or no hours a warning, otherwise good. */
export function verdictTone(v: Verdict): 'good' | 'warn' | 'bad' {
  return v.state === 'behind' ? 'bad' : v.state === 'on-track' || v.state === 'finished' ? 'good' : 'warn';
}

const VERDICT_LABEL: Record<Verdict['state'], string> = {
  finished: 'Finished', 'on-track': 'On track', behind: 'Behind', 'no-horizon': 'No horizon', 'no-hours': 'No hours planned',
};

/** The verdict sentence every view shows (the same as `waymark status`), with the pace under it. */
export function VerdictNote({ verdict }: { verdict: Verdict }) {
  const tone = verdictTone(verdict);
  return (
    <div class={`callout callout-${tone}`} data-verdict={verdict.state}>
      <p class="verdict"><span class={`pill pill-${tone}`}>{VERDICT_LABEL[verdict.state]}</span> {verdict.sentence}</p>
      <p class="muted small">Pace: {verdict.pace.note}.{verdict.backlog ? ` ${verdict.backlog[0]!.toUpperCase()}${verdict.backlog.slice(1)}.` : ''}</p>
    </div>
  );
}

/** A region that scrolls sideways on a narrow screen: focusable, so the keyboard can scroll it too. */
export function ScrollRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return <div class="table-wrap" role="region" aria-label={label} tabIndex={0}>{children}</div>;
}
