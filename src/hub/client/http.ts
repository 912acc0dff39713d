// The CLI's calls to a hub: JSON over HTTP with the token, and errors a person can act on.
import { WaymarkError } from '../../core/errors.js';

export class HubError extends WaymarkError {
  override name = 'HubError';
  constructor(message: string, code = 'E_HUB') {
    super(message, code, 1);
  }
}

export async function hubCall<T>(url: string, token: string, method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${url.replace(/\/+$/, '')}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(signal ? { signal } : {}),
    });
  } catch (err) {
    throw new HubError(`could not reach the hub at ${url} (${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message})`, 'E_HUB_UNREACHABLE');
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON: reported below with the status.
  }
  if (!res.ok) {
    const msg = (data as { error?: { message?: string } } | null)?.error?.message ?? text.slice(0, 200);
    throw new HubError(`the hub said ${res.status}: ${msg}`, res.status === 401 ? 'E_HUB_TOKEN' : 'E_HUB');
  }
  return data as T;
}
