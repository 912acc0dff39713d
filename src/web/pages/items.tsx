// Items: search, filter by kind, status and track, sort; each row links to its page and
// can be checked off in place. The server searches and sends 200 rows at a time.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useResource } from '../api.js';
import type { ItemPage, SortKey } from '../../server/views/items.js';
import { CheckOff } from '../components/actions.js';
import { Empty, ErrorNote, Loading, StatusBadge, ScrollRegion } from '../components/ui.js';
import { day, hours, progressText, sectionName, STATUS_LABEL } from '../format.js';
import { itemHref, replaceQuery } from '../router.js';

const SORTS: { key: SortKey; label: string }[] = [
  { key: 'source', label: 'As in the notes' },
  { key: 'start', label: 'Planned start' },
  { key: 'left', label: 'Hours left' },
  { key: 'title', label: 'Title' },
  { key: 'status', label: 'Status' },
  { key: 'kind', label: 'Kind' },
];
const PAGE = 200;

export function ItemsPage({ query }: { query: URLSearchParams }) {
  const [q, setQ] = useState(query.get('q') ?? '');
  const [kind, setKind] = useState(query.get('kind') ?? '');
  const [status, setStatus] = useState(query.get('status') ?? '');
  const [section, setSection] = useState(query.get('section') ?? '');
  const [sort, setSort] = useState<SortKey>((query.get('sort') as SortKey | null) ?? 'source');
  const [limit, setLimit] = useState(PAGE);
  const search = useRef<HTMLInputElement>(null);

  // "/" jumps to the search box, as on most sites with one.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const t = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || (t && /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName))) return;
      e.preventDefault();
      search.current?.focus();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  const update = (next: Record<string, string>): void => {
    const params = new URLSearchParams({ q, kind, status, section, sort, ...next });
    for (const [k, v] of [...params.entries()]) if (!v || (k === 'sort' && v === 'source')) params.delete(k);
    replaceQuery(params);
    setLimit(PAGE);
  };

  // The search waits for a pause in typing before it asks the server.
  const [typed, setTyped] = useState(q);
  useEffect(() => {
    const t = setTimeout(() => setTyped(q), 150);
    return () => clearTimeout(t);
  }, [q]);
  const params = new URLSearchParams({ q: typed, kind, status, section, sort, limit: String(limit) });
  for (const [k, v] of [...params.entries()]) if (!v) params.delete(k);
  const { data, error } = useResource<ItemPage>(`/api/items?${params.toString()}`);
  // The last answer stays on screen while the next one is on its way.
  const last = useRef<ItemPage | null>(null);
  if (data) last.current = data;
  const page = data ?? last.current;
  const shown = page?.items ?? [];
  const kinds = page?.kinds ?? [];
  const sections = [...(page?.tracks ?? [])];
  if (section && !sections.includes(section)) sections.push(section);

  if (error && !page) return <ErrorNote error={error} />;
  if (!page) return <Loading what="the items" />;

  return (
    <div class="page">
      <h1>Items</h1>
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label class="grow">
          Search
          <input ref={search} type="search" aria-keyshortcuts="/" value={q} placeholder="title, section, #tag or file  (press /)" onInput={(e) => { const v = (e.target as HTMLInputElement).value; setQ(v); update({ q: v }); }} />
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => { const v = (e.target as HTMLSelectElement).value; setKind(v); update({ kind: v }); }}>
            <option value="">all</option>
            {kinds.map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => { const v = (e.target as HTMLSelectElement).value; setStatus(v); update({ status: v }); }}>
            <option value="">all</option>
            {Object.entries(STATUS_LABEL).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        </label>
        <label>
          Track
          <select value={section} onChange={(e) => { const v = (e.target as HTMLSelectElement).value; setSection(v); update({ section: v }); }}>
            <option value="">all</option>
            {sections.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label>
          Sort
          <select value={sort} onChange={(e) => { const v = (e.target as HTMLSelectElement).value as SortKey; setSort(v); update({ sort: v }); }}>
            {SORTS.map((s) => <option key={s.key} value={s.key}>{s.label}</option>)}
          </select>
        </label>
      </form>
      <p class="muted small" aria-live="polite">{page.matched} of {page.total} items</p>
      {shown.length === 0 ? <Empty>No item matches.</Empty> : (
        <ScrollRegion label="Items">
        <table class="items">
          <thead>
            <tr>
              <th scope="col"><span class="visually-hidden">Done</span></th>
              <th scope="col">Item</th>
              <th scope="col" class="hide-narrow">Kind</th>
              <th scope="col">Status</th>
              <th scope="col" class="num hide-narrow">Left</th>
              <th scope="col" class="hide-narrow">Planned</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((i) => (
              <tr key={i.id} class={`status-${i.status}`}>
                <td><CheckOff item={i} /></td>
                <td>
                  <a href={itemHref(i.id)}>{i.title}</a>
                  {i.optional && <span class="pill">optional</span>}
                  <div class="muted small">{sectionName(i.path, i.file)}</div>
                </td>
                <td class="hide-narrow kind">{i.kind}</td>
                <td>
                  <StatusBadge status={i.status} />{progressText(i.progress) && <div class="muted small">{progressText(i.progress)}</div>}
                  {/* On a phone the Left and Planned columns fold in here. */}
                  <div class="muted small show-narrow">
                    {i.remainingHours !== null && i.remainingHours > 0 ? `${hours(i.remainingHours)} left` : ''}
                    {i.start ? `${i.remainingHours ? ' · ' : ''}planned ${day(i.start, page.today)}` : ''}
                    {i.late && <span class="pill pill-bad">late</span>}
                  </div>
                </td>
                <td class="num hide-narrow">{i.remainingHours === null ? '—' : hours(i.remainingHours)}</td>
                <td class="hide-narrow">{i.start ? day(i.start, page.today) : '—'}{i.late && <span class="pill pill-bad">late</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </ScrollRegion>
      )}
      {page.matched > shown.length && <button type="button" onClick={() => setLimit(limit + PAGE)}>Show {Math.min(PAGE, page.matched - shown.length)} more</button>}
    </div>
  );
}
