// The load side of bench/serve.ts, run as a second process: keeps CONCURRENCY requests in
// flight against the dashboard for DURATION ms, cycling through the given paths, and prints
// each request's latency (ms, until the whole body is read) per path as JSON.
import { Agent, request } from 'node:http';

interface LoadArgs {
  url: string;
  paths: string[];
  concurrency: number;
  durationMs: number;
  warmupMs: number;
}

const args = JSON.parse(process.argv[2] ?? '{}') as LoadArgs;
const base = new URL(args.url);
const agent = new Agent({ keepAlive: true, maxSockets: args.concurrency });

function once(path: string): Promise<{ ms: number; bytes: number; status: number }> {
  return new Promise((ok, fail) => {
    const t0 = process.hrtime.bigint();
    const req = request({ host: base.hostname, port: base.port, path, agent, headers: { host: base.host, accept: 'application/json', 'accept-encoding': 'gzip' } }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => { bytes += c.length; });
      res.on('end', () => ok({ ms: Number(process.hrtime.bigint() - t0) / 1e6, bytes, status: res.statusCode ?? 0 }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

async function main(): Promise<void> {
  const samples: Record<string, number[]> = {};
  const bytes: Record<string, number> = {};
  let errors = 0;
  let next = 0;
  const start = Date.now();
  const measureFrom = start + args.warmupMs;
  const end = measureFrom + args.durationMs;
  async function worker(): Promise<void> {
    while (Date.now() < end) {
      const path = args.paths[next++ % args.paths.length]!;
      const r = await once(path);
      if (r.status !== 200) errors++;
      if (Date.now() >= measureFrom) {
        (samples[path] ??= []).push(r.ms);
        bytes[path] = r.bytes;
      }
    }
  }
  await Promise.all(Array.from({ length: args.concurrency }, () => worker()));
  agent.destroy();
  process.stdout.write(JSON.stringify({ samples, bytes, errors }));
}

void main();
