// File system: symlink loops, FIFOs, unreadable files and folders named like notes, notes
// changing while they are read, and a notes folder on a full disk. Commands that run in a
// child process have a deadline, so a hang is a failure rather than a stuck campaign.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli, NOTE, scratch, tempsIn, undoAll, workspace, type PartResult } from './common.js';
import { EXIT_WITHOUT_HISTORY } from '../../src/cli/context.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/** Runs the CLI in a child process with a deadline; code null means it had to be killed. */
function cliChild(args: string[], cwd: string, deadlineMs = 30_000): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const boot = `const { main } = await import(${JSON.stringify(MAIN)}); process.exitCode = await main(${JSON.stringify(args)});`;
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), '--input-type=module', '-e', boot], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    const timer = setTimeout(() => child.kill('SIGKILL'), deadlineMs);
    child.on('exit', (code, signal) => { clearTimeout(timer); resolve({ code: signal ? null : code, err }); });
  });
}

type Case = { name: string; run: (o: FsOptions) => Promise<string[]> };

export interface FsOptions {
  /** Rounds of commands while a note is rewritten under them. */
  changingRounds: number;
}

/** Clean output: one line on stderr at most for a refusal, and never a stack trace. */
function oneLine(label: string, err: string): string[] {
  // The notice of hand edits the command recorded first ("noted 1 change made in the notes by
  // hand:" and its indented lines) is information, not the error.
  const lines = err.trim().replace(/^(?:\x1b\[[0-9;]*m)*noted \d+ changes? made in the notes by hand:[^\n]*(?:\n {2}[^\n]*)*\n?/m, '').split('\n').filter(Boolean);
  return lines.length > 1 || /\n\s+at /.test(err) || /internal error/.test(err) ? [`${label}: more than one clear line: ${err.trim()}`] : [];
}

const CASES: Case[] = [
  {
    name: 'symlink loops',
    run: async () => {
      const ws = workspace('fs-loop');
      symlinkSync('loop.md', join(ws.dir, 'loop.md'));
      symlinkSync('b.md', join(ws.dir, 'a.md'));
      symlinkSync('a.md', join(ws.dir, 'b.md'));
      mkdirSync(join(ws.dir, 'sub'));
      symlinkSync('..', join(ws.dir, 'sub', 'up'));
      const bad: string[] = [];
      const s = await cliChild(['status'], ws.dir);
      if (s.code !== 0) bad.push(`status exit ${s.code}: ${s.err}`);
      const d = await cli(['done', 'sicp'], ws.dir);
      if (d.code !== 0) bad.push(`done beside the loops: ${d.err}`);
      bad.push(...(await undoAll(ws, 'symlink loops')));
      rmSync(ws.dir, { recursive: true, force: true });
      return bad;
    },
  },
  {
    name: 'FIFOs',
    run: async () => {
      const ws = workspace('fs-fifo');
      execFileSync('mkfifo', [join(ws.dir, 'pipe.md')]);
      symlinkSync('pipe.md', join(ws.dir, 'to-pipe.md'));
      const bad: string[] = [];
      for (const args of [['status'], ['export', '--format', 'json'], ['done', 'sicp']]) {
        const r = await cliChild(args, ws.dir);
        if (r.code === null) bad.push(`${args[0]} hung on a FIFO`);
        else if (r.code !== 0) bad.push(`${args[0]} exit ${r.code}: ${r.err}`);
      }
      rmSync(ws.dir, { recursive: true, force: true });
      return bad;
    },
  },
  {
    name: 'unreadable files',
    run: async () => {
      const ws = workspace('fs-unreadable');
      writeFileSync(join(ws.dir, 'secret.md'), '- [ ] hidden\n');
      chmodSync(join(ws.dir, 'secret.md'), 0o000);
      mkdirSync(join(ws.dir, 'folder.md'));
      mkdirSync(join(ws.dir, 'closed'));
      writeFileSync(join(ws.dir, 'closed', 'x.md'), '- [ ] inside\n');
      chmodSync(join(ws.dir, 'closed'), 0o000);
      const bad: string[] = [];
      for (const args of [['status'], ['export', '--format', 'json'], ['done', 'sicp']]) {
        const r = await cli(args, ws.dir);
        if (r.code !== 0) bad.push(`${args[0]} exit ${r.code}: ${r.err}`);
      }
      chmodSync(join(ws.dir, 'closed'), 0o755);
      rmSync(ws.dir, { recursive: true, force: true });
      return bad;
    },
  },
  {
    name: 'notes changing while read',
    run: async (o) => {
      const ws = workspace('fs-changing');
      // Another program rewrites the note in place (truncate, write) as fast as it can.
      const other = NOTE.replace('- [ ] Read SICP', '- [ ] Read SICP, second edition').replace('## Projects', '## Projects\n- [ ] Inserted by the other program');
      const script = `const fs=require('fs');const v=[${JSON.stringify(NOTE)},${JSON.stringify(other)}];for(let i=0;;i++)fs.writeFileSync(${JSON.stringify(ws.file)},v[i%2]);`;
      const writer = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
      const bad: string[] = [];
      try {
        for (let i = 0; i < o.changingRounds; i++) {
          for (const args of [['status'], ['export', '--format', 'json'], ['done', 'compiler'], ['undo']]) {
            const r = await cli(args, ws.dir);
            // A write may be refused (the note changed under it), with one clear line; never a crash.
            if (r.code === 70 || (r.code !== 0 && args[0] !== 'done' && args[0] !== 'undo')) bad.push(`${args.join(' ')} exit ${r.code}: ${r.err}`);
            if (r.code !== 0) bad.push(...oneLine(args.join(' '), r.err));
          }
        }
      } finally {
        writer.kill('SIGKILL');
      }
      if (tempsIn(ws.dir).length) bad.push('temp files left');
      rmSync(ws.dir, { recursive: true, force: true });
      return bad;
    },
  },
  {
    name: 'a folder on a full disk',
    run: async () => {
      const dir = scratch('fs-full');
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', dir], { stdio: 'ignore' });
      } catch {
        rmSync(dir, { recursive: true, force: true });
        return ['SKIP: cannot mount a small tmpfs here (the unit test mocks ENOSPC instead)'];
      }
      const bad: string[] = [];
      try {
        const file = join(dir, 'n.md');
        writeFileSync(file, NOTE);
        const ws = { dir, file, original: readFileSync(file) };
        if ((await cli(['done', 'sicp'], dir)).code !== 0) bad.push('the first done failed');
        // Fill the disk to the last byte.
        const filler = join(dir, 'filler');
        writeFileSync(filler, '');
        try { for (;;) writeFileSync(filler, Buffer.alloc(4096), { flag: 'a' }); } catch { /* full */ }
        try { for (;;) writeFileSync(filler, Buffer.alloc(1), { flag: 'a' }); } catch { /* full to the byte */ }
        const before = readFileSync(file);
        for (const args of [['done', 'compiler'], ['progress', 'rust', '5'], ['undo'], ['log', 'rust', '30m']]) {
          const r = await cli(args, dir);
          if (r.code === 0 && args[0] !== 'undo') bad.push(`${args[0]} claimed success on a full disk`);
          if (r.code !== 0) {
            bad.push(...oneLine(args[0]!, r.err));
            if (!/space|full/i.test(r.err)) bad.push(`${args[0]}: the error does not say the disk is full: ${r.err.trim()}`);
          }
          if (!readFileSync(file).equals(before) && args[0] !== 'undo') bad.push(`${args[0]}: the note changed on a full disk`);
          if (tempsIn(dir).length) bad.push(`${args[0]}: temp file left on a full disk`);
        }
        const s = await cli(['status'], dir);
        // It reads the notes; the history, when it cannot be opened there, is left out with one line (exit 3).
        if (s.code !== 0 && !(s.code === EXIT_WITHOUT_HISTORY && /full/.test(s.err) && s.err.trim().split('\n').length === 1)) bad.push(`status on a full disk: exit ${s.code}: ${s.err}`);
        if (!/Build a compiler|Learn Rust|Read SICP/.test(s.out)) bad.push(`status on a full disk printed no notes: ${s.out}`);
        rmSync(filler);
        const again = await cli(['done', 'compiler'], dir);
        if (again.code !== 0) bad.push(`done after space was freed: ${again.err}`);
        bad.push(...(await undoAll(ws, 'full disk')));
      } finally {
        try { execFileSync('umount', [dir]); } catch { execFileSync('umount', ['-l', dir]); }
        rmSync(dir, { recursive: true, force: true });
      }
      return bad;
    },
  },
];

export async function fsPart(o: FsOptions): Promise<PartResult> {
  const failures: string[] = [];
  const skipped: string[] = [];
  for (const c of CASES) {
    const bad = await c.run(o);
    for (const b of bad) (b.startsWith('SKIP: ') ? skipped : failures).push(`${c.name}: ${b.replace(/^SKIP: /, '')}`);
  }
  return { part: 'file system', runs: CASES.length, failures, notes: skipped.length ? `not run: ${skipped.join('; ')}` : CASES.map((c) => c.name).join(', ') };
}
