import { once } from 'node:events';
import { chmodSync, chownSync, readdirSync, readFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { checkAfterRun, firstMessage, forkTs, openEntries, tempsIn, workspace } from './common.js';
import { AS } from './kill.js';
const OWNER = { uid: 1234, gid: 1234 };
const seed = Number(process.argv[2] ?? 1000001);
const from = Number(process.argv[3] ?? 0), to = Number(process.argv[4] ?? 800), step = Number(process.argv[5] ?? 10);
for (let d = from; d <= to; d += step) {
  const ws = workspace('sweep', undefined, true);
  chmodSync(ws.dir, 0o777); chownSync(ws.file, OWNER.uid, OWNER.gid); chmodSync(ws.file, 0o666);
  const child = forkTs('command-loop.ts', [ws.dir, String(seed)], AS);
  await firstMessage(child);
  await new Promise((r) => setTimeout(r, d));
  child.kill('SIGKILL');
  await once(child, 'exit');
  const mid = tempsIn(ws.dir).length > 0 || openEntries(ws.dir) > 0;
  const snap = ws.dir + '-snap';
  cpSync(ws.dir, snap, { recursive: true });
  const f = await checkAfterRun(ws, `d=${d}`);
  console.log(d, mid ? 'MID' : '', f.length ? 'FAIL ' + snap + ' ' + f.join(' | ').slice(0, 400) : 'ok');
}
