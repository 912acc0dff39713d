// `waymark serve`: prints its URL, answers on it; a port asked for with -p that is busy is an
// error, while the default port moves on to the next free one; a bad --port is refused.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import type { CliContext } from '../../src/cli/context.js';
import { parsePort, runServe } from '../../src/cli/commands/serve.js';
import { UsageError, WaymarkError } from '../../src/core/errors.js';
import { startServer } from '../../src/server/index.js';
import { copyExamples, NOW } from './helpers.js';

function ctxFor(cwd: string): CliContext & { out: () => string } {
  let out = '';
  return {
    out: () => out,
    stdout: { write: (s: string) => { out += s; } },
    stderr: { write: () => undefined },
    cwd, env: {}, now: () => new Date(NOW), color: false,
  };
}

void describe('waymark serve', () => {
  void it('prints the URL and serves there; a busy port asked for is an error, the default one moves on', async () => {
    const ws = copyExamples();
    const busy = createServer();
    const port = await new Promise<number>((ok) => busy.listen(0, '127.0.0.1', () => ok((busy.address() as { port: number }).port)));
    let stop!: () => void;
    const stopped = new Promise<void>((ok) => { stop = ok; });
    const ctx = ctxFor(ws.dir);
    try {
      await assert.rejects(runServe([], { port: String(port) }, ctx, stopped), (e) => e instanceof WaymarkError && e.code === 'E_PORT_IN_USE');
      const running = runServe([], { port: '0' }, ctx, stopped);
      while (!ctx.out().includes('http://')) await new Promise((ok) => setTimeout(ok, 20));
      const url = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(ctx.out());
      assert.ok(url, ctx.out());
      assert.notEqual(Number(url[1]), port, 'not the busy port');
      const res = await fetch(`${url[0]}api/health`);
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { ok: boolean }).ok, true);
      stop();
      await running;
      // Without -p the default port is only a wish: a busy one moves on.
      const moved = await startServer({ paths: ['.'], cwd: ws.dir, port, watch: false });
      assert.ok(moved.port > port, 'took a later port');
      await moved.close();
    } finally {
      busy.close();
      ws.cleanup();
    }
  });

  void it('defaults to 4173 and refuses a port that is not a number', () => {
    assert.equal(parsePort(undefined), 4173);
    assert.equal(parsePort('0'), 0);
    assert.throws(() => parsePort('http'), UsageError);
    assert.throws(() => parsePort('70000'), UsageError);
  });
});
