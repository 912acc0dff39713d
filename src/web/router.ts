// Hash routes: #/ · #/timeline · #/progress · #/items?q=… · #/items/<id>.
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { page: 'overview' }
  | { page: 'timeline' }
  | { page: 'progress' }
  | { page: 'items'; query: URLSearchParams }
  | { page: 'item'; id: string }
  | { page: 'missing'; path: string };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', qs = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { page: 'overview' };
  if (parts[0] === 'timeline' && parts.length === 1) return { page: 'timeline' };
  if (parts[0] === 'progress' && parts.length === 1) return { page: 'progress' };
  if (parts[0] === 'items' && parts.length === 1) return { page: 'items', query: new URLSearchParams(qs) };
  if (parts[0] === 'items' && parts.length === 2) return { page: 'item', id: decodeURIComponent(parts[1]!) };
  return { page: 'missing', path };
}

export function itemHref(id: string): string {
  return `#/items/${encodeURIComponent(id)}`;
}

export function useRoute(): Route {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = (): void => setHash(location.hash);
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return parseRoute(hash);
}

/** Rewrites the query part of the hash without a new history entry or a route change event. */
export function replaceQuery(params: URLSearchParams): void {
  const path = (location.hash.replace(/^#/, '') || '/').split('?')[0];
  const qs = params.toString();
  history.replaceState(null, '', `#${path}${qs ? `?${qs}` : ''}`);
}
