// HTTP errors for the dashboard's API: each carries a status, a stable code and a cause;
// one central handler (`onError`) turns them, and anything unexpected, into JSON.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ConfigError, ItemNotFoundError, UnsafeWriteError, UsageError, WaymarkError } from '../core/errors.js';

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface ErrorBody {
  error: { code: string; message: string };
}

/** Maps a thrown value to a status and a body a person can read; never leaks a stack. */
export function toErrorResponse(err: unknown): { status: ContentfulStatusCode; body: ErrorBody } {
  if (err instanceof HttpError) return { status: err.status, body: { error: { code: err.code, message: err.message } } };
  if (err instanceof WaymarkError) {
    const status: ContentfulStatusCode = err instanceof ItemNotFoundError ? 404
      : err instanceof UnsafeWriteError ? 409
        : err instanceof UsageError ? 400
          : err instanceof ConfigError ? 422
            : 400;
    return { status, body: { error: { code: err.code, message: err.message } } };
  }
  return { status: 500, body: { error: { code: 'E_INTERNAL', message: 'internal error; see the terminal running `waymark serve`' } } };
}

/** The app's `onError`: logs the unexpected, answers JSON. */
export function errorHandler(log: (line: string) => void) {
  return (err: Error, c: Context): Response => {
    const { status, body } = toErrorResponse(err);
    if (status >= 500) log(`waymark serve: ${c.req.method} ${new URL(c.req.url).pathname}: ${err.stack ?? err.message}\n`);
    return c.json(body, status);
  };
}
