// Items: search, filter by kind, status and section, sort; each row links to its page and
// can be checked off in place. Long lists render in pages of 200 rows.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useResource } from '../api.js';
import type { ItemRow } from '../../server/views/items.js';
import { CheckOff } from '../components/actions.js';
import { Empty, ErrorNote, Loading, StatusBadge, ScrollRegion } from '../components/ui.js';
import { day, hours, progressText, sectionName, STATUS_LABEL } from '../format.js';
import { itemHref, replaceQuery } from '../router.js';

type SortKey = 'source' | 'title' | 'status' | 'kind' | 'left' | 'start';
const SORTS: { key: SortKey; label: string }[] = [
  { key: 'source', label: 'As in the notes' },
  { key: 'start', label: 'Planned start' },
  { key: 'left', label: 'Hours left' },
  { key: 'title', label: 'Title' },
  { key: 'status', label: 'Status' },
  { key: 'kind', label: 'Kind' },
];
const STATUS_ORDER: Record<string, number> = { doing: 0, todo: 1, done: 2, skipped: 3 };
const PAGE = 200;

function words(s: string): string[] {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/\s+/).filter(Boolean);
}

export function ItemsPage({ query }: { query: URLSearchParams }) {
  const { data, error } = useResource<{ today: string; items: ItemRow[] }>('/api/items');
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

  const items = data?.items ?? [];
  const kinds = useMemo(() => [...new Set(items.map((i) => i.kind))].sort(), [items]);
  const sections = useMemo(() => {
    const s = new Set(items.map((i) => i.path[0] ?? i.file));
    if (section) s.add(section);
    return [...s];
  }, [items, section]);

  // Each row's search text, normalised once per load rather than on every keystroke.
  const haystacks = useMemo(() => new Map(items.map((i) => [i.id, words([i.title, ...i.path, ...i.tags, i.file].join(' ')).join(' ')])), [items]);

  const shown = useMemo(() => {
    const qw = words(q);
    const out = items.filter((i) => {
      if (kind && i.kind !== kind) return false;
      if (status && i.status !== status) return false;
      if (section && !i.path.includes(section) && i.file !== section) return false;
      if (qw.length) {
        const hay = haystacks.get(i.id) ?? '';
        if (!qw.every((w) => hay.includes(w))) return false;
      }
      return true;
    });
    const by: Record<SortKey, (a: ItemRow, b: ItemRow) => number> = {
      source: () => 0,
      title: (a, b) => a.title.localeCompare(b.title),
      status: (a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9),
      kind: (a, b) => a.kind.localeCompare(b.kind),
      left: (a, b) => (b.remainingHours ?? -1) - (a.remainingHours ?? -1),
      start: (a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999'),
    };
    return sort === 'source' ? out : out.slice().sort(by[sort]);
  }, [items, haystacks, q, kind, status, section, sort]);

  if (error && !data) return <ErrorNote error={error} />;
  if (!data) return <Loading what="the items" />;

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
          Section
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
      <p class="muted small" aria-live="polite">{shown.length} of {items.length} items</p>
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
            {shown.slice(0, limit).map((i) => (
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
                    {i.start ? `${i.remainingHours ? ' · ' : ''}planned ${day(i.start, data.today)}` : ''}
                    {i.late && <span class="pill pill-bad">late</span>}
                  </div>
                </td>
                <td class="num hide-narrow">{i.remainingHours === null ? '—' : hours(i.remainingHours)}</td>
                <td class="hide-narrow">{i.start ? day(i.start, data.today) : '—'}{i.late && <span class="pill pill-bad">late</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </ScrollRegion>
      )}
      {shown.length > limit && <button type="button" onClick={() => setLimit(limit + PAGE)}>Show {Math.min(PAGE, shown.length - limit)} more</button>}
    </div>
  );
}
