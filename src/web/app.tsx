// The dashboard shell: navigation, live-update state, the status line with Undo, and the
// page for the current route. Chart pages load on demand to keep the first load small.
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { bumpVersion, connectLive, getJson, useResource } from './api.js';
import { ActionsContext, useActionRunner, type Notice } from './components/actions.js';
import { Loading } from './components/ui.js';
import { ItemPage } from './pages/item.js';
import { ItemsPage } from './pages/items.js';
import { OverviewPage } from './pages/overview.js';
import { useRoute, type Route } from './router.js';

const NAV: { href: string; label: string; page: Route['page'][] }[] = [
  { href: '#/', label: 'Overview', page: ['overview'] },
  { href: '#/timeline', label: 'Timeline', page: ['timeline'] },
  { href: '#/progress', label: 'Progress', page: ['progress'] },
  { href: '#/items', label: 'Items', page: ['items', 'item'] },
];

interface Health {
  /** Why the server has no history for these notes (the dashboard is read-only then), or null. */
  history: { code: string; message: string } | null;
}

/** `waymark repair` and the like, in a message, as code. */
function withCode(text: string) {
  return text.split('`').map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}

/**
 * One banner while the server cannot use the history (damaged, locked, read-only…): what is
 * wrong and what to do. It looks again every few seconds and refreshes the pages once fixed.
 */
function HistoryBanner() {
  const { data } = useResource<Health>('/api/health');
  const problem = data?.history ?? null;
  useEffect(() => {
    if (!problem) return;
    const t = setInterval(() => void getJson<Health>('/api/health').then((h) => { if (!h.history) bumpVersion(); }, () => undefined), 4000);
    return () => clearInterval(t);
  }, [problem?.message]);
  if (!problem) return null;
  return (
    <div class="history-banner" role="alert">
      <strong>Read-only: Waymark cannot use its history here.</strong> {withCode(problem.message)}. Your notes are shown as they are;
      checking off, progress, logged time and undo wait until this is fixed.
    </div>
  );
}

/** A page component loaded the first time it is shown. */
function useLazy(load: () => Promise<ComponentType>, wanted: boolean): ComponentType | null {
  const [C, setC] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (wanted && !C) void load().then((c) => setC(() => c));
  }, [wanted]);
  return C;
}

export function App() {
  const route = useRoute();
  const [live, setLive] = useState<'connecting' | 'live' | 'offline'>('connecting');
  const [notice, setNotice] = useState<Notice | null>(null);
  const actions = useActionRunner(setNotice);
  const main = useRef<HTMLElement>(null);
  const Timeline = useLazy(() => import('./pages/timeline.js').then((m) => m.TimelinePage), route.page === 'timeline');
  const Progress = useLazy(() => import('./pages/progress.js').then((m) => m.ProgressPage), route.page === 'progress');

  // A note about an edit on disk fades after a while; one with Undo stays until replaced.
  useEffect(() => {
    if (!notice || notice.undoable || notice.kind === 'error') return;
    const t = setTimeout(() => setNotice(null), 8000);
    return () => clearTimeout(t);
  }, [notice]);

  useEffect(() => connectLive((state, info) => {
    setLive(state);
    if (info?.reason === 'disk' && info.paths.length) setNotice({ text: `Updated from ${info.paths.join(', ')}`, kind: 'ok', undoable: false });
  }), []);

  // A new page: move focus to it so keyboard and screen-reader users start at its top.
  const pageKey = route.page === 'item' ? `item:${route.id}` : route.page;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    main.current?.focus({ preventScroll: false });
    scrollTo(0, 0);
  }, [pageKey]);

  useEffect(() => {
    const title = NAV.find((n) => n.page.includes(route.page))?.label;
    document.title = title ? `${title} · Waymark` : 'Waymark';
  }, [route.page]);

  let page;
  switch (route.page) {
    case 'overview': page = <OverviewPage />; break;
    case 'timeline': page = Timeline ? <Timeline /> : <Loading what="the timeline" />; break;
    case 'progress': page = Progress ? <Progress /> : <Loading what="the charts" />; break;
    case 'items': page = <ItemsPage key={route.query.toString()} query={route.query} />; break;
    case 'item': page = <ItemPage id={route.id} />; break;
    default: page = <p>No such page. <a href="#/">Go to the overview</a>.</p>;
  }

  return (
    <ActionsContext.Provider value={actions}>
      <header class="top">
        <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>Skip to content</a>
        <div class="brand"><span class="logo" aria-hidden="true">◆</span> Waymark</div>
        <nav aria-label="Pages">
          <ul>
            {NAV.map((n) => (
              <li key={n.href}>
                <a href={n.href} aria-current={n.page.includes(route.page) ? 'page' : undefined}>{n.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="top-right">
          <span class={`live live-${live}`} title="Pages update when a note changes on disk">
            <span aria-hidden="true">●</span> <span class="live-text">{live === 'live' ? 'live' : live === 'offline' ? 'offline — is waymark serve running?' : 'connecting'}</span>
          </span>
          <button type="button" class="ghost" disabled={actions.busy} onClick={() => void actions.run('/api/undo', {}, false)} title="Undo the last change Waymark made (from here or the CLI)">
            Undo
          </button>
        </div>
      </header>
      <HistoryBanner />
      <div class={`notice ${notice ? `notice-${notice.kind}` : ''}`} role="status" aria-live="polite">
        {notice && (
          <>
            <span>{notice.text}</span>
            {notice.undoable && <button type="button" class="link" onClick={() => void actions.run('/api/undo', {}, false)}>Undo</button>}
            <button type="button" class="link" aria-label="Dismiss" onClick={() => setNotice(null)}>×</button>
          </>
        )}
      </div>
      <main id="main" ref={main} tabIndex={-1}>
        {page}
      </main>
    </ActionsContext.Provider>
  );
}
