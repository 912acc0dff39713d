import { readdirSync, readlinkSync } from 'node:fs';
import { cli, workspace } from './common.js';
const ws = workspace('leak');
const count = () => readdirSync('/proc/self/fd').map((f) => { try { return readlinkSync('/proc/self/fd/' + f); } catch { return ''; } }).filter((t) => t.startsWith(ws.dir)).length;
for (const args of [['done', 'sicp'], ['done', 'compiler'], ['status'], ['stats'], ['undo'], ['log', 'rust', '1h'], ['progress', 'rust', '4'], ['list'], ['review', '--json']]) {
  const r = await cli(args, ws.dir);
  console.log(args.join(' '), r.code, count());
}
