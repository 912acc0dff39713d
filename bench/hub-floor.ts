// The hub bench's floor: the simplest server doing the hub's I/O, to run beside it on the same
// machine under the same load. `node --import tsx bench/hub-floor.ts PAGE.json` answers every
// board read (GET …/members) with the bytes of a real board page the hub served, and every push
// (POST /api/push) by reading its body whole and answering the hub's small JSON. No database,
// no sign-in, no routing beyond the method: what is left of a client's wait is the machine (the
// load generator, the kernel's loopback, node:http, the other work sharing the cores).
// Prints `hub floor: http://127.0.0.1:PORT` once it listens.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

export function startFloor(page: Buffer): Promise<{ url: string; close(): Promise<void> }> {
  const pushed = Buffer.from(JSON.stringify({ changed: true, items: 200, eventsAdded: 1, newComments: 0 }));
  const server = createServer((req, res) => {
    if (req.method === 'POST') {
      let size = 0;
      req.on('data', (d: Buffer) => (size += d.length));
      req.on('end', () => {
        res.writeHead(size > 0 ? 200 : 400, { 'content-type': 'application/json; charset=utf-8', 'content-length': pushed.length });
        res.end(pushed);
      });
      return;
    }
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': page.length, etag: 'W/"board-floor"', 'cache-control': 'private, no-cache' });
    res.end(page);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      if (!addr || typeof addr === 'string') return reject(new Error('no port'));
      resolve({
        url: `http://127.0.0.1:${addr.port}`,
        close: () => new Promise<void>((r) => {
          server.closeAllConnections();
          server.close(() => r());
        }),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const floor = await startFloor(readFileSync(process.argv[2]!));
  process.stdout.write(`hub floor: ${floor.url}\n`);
  const stop = (): void => void floor.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
