// Small pieces every page uses: progress bars, status badges, cards, loading and errors.
import type { ComponentChildren } from 'preact';
import { STATUS_LABEL } from '../format.js';
import type { Item } from '../api.js';

export function Bar({ value, max, label, tone = 'accent' }: { value: number; max: number; label: string; tone?: 'accent' | 'warn' | 'bad' | 'good' }) {
  const pct = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return (
    <div class={`bar bar-${tone}`} role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(pct)} aria-valuetext={`${Math.round(pct)}%`}>
      <div class="bar-fill" style={{ width: `${pct}%` }} />
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
