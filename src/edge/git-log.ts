// Reading a notes folder's git history with the git command-line tool: one `git log` for
// every commit that touched a note (with the blobs before and after each change), then one
// `git cat-file --batch` for the contents. No git on the PATH, or no repository: null.
import { spawn } from 'node:child_process';

/** A note changed by a commit: its path (relative to the folder read) and blob before and after. */
export interface GitChange {
  /** A: added, M: modified, D: deleted, R: renamed, C: copied, T: type changed. */
  kind: 'A' | 'M' | 'D' | 'R' | 'C' | 'T';
  /** The path before the change (the source of a rename or copy); null for an addition. */
  from: string | null;
  /** The path after the change; null for a deletion. */
  to: string | null;
  /** Blob ids, null where the side does not exist or is not a regular file. */
  before: string | null;
  after: string | null;
}

export interface GitCommit {
  hash: string;
  parents: string[];
  /** Author date, seconds since the epoch: when the change was made, not when it was rebased. */
  authorTime: number;
  changes: GitChange[];
}

/** File extensions read as notes (as the workspace reader's NOTE_EXTENSIONS). */
const NOTE_PATHSPECS = ['md', 'markdown', 'txt', 'org'].map((e) => `:(icase)*.${e}`);
const ZERO = /^0+$/;

interface RunResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs git in `cwd`; null when git cannot be started (not on the PATH). */
function runGit(args: string[], cwd: string, input?: Buffer, onData?: (chunk: Buffer) => void): Promise<RunResult | null> {
  return new Promise((ok) => {
    let child;
    try {
      child = spawn('git', args, {
        cwd, stdio: ['pipe', 'pipe', 'pipe'],
        // No pager, no prompts, no lock files taken for a read, no locale in the output.
        env: { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
      });
    } catch {
      ok(null);
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.on('error', () => ok(null));
    child.stdout.on('data', (b: Buffer) => (onData ? onData(b) : out.push(b)));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (code) => ok({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/** The commit HEAD names in the repository holding `dir`, or null (no git, no repository, no commit yet). */
export async function gitHead(dir: string): Promise<string | null> {
  const r = await runGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], dir);
  if (!r || r.code !== 0) return null;
  const head = r.stdout.toString('utf8').trim();
  return /^[0-9a-f]{40,64}$/.test(head) ? head : null;
}

/**
 * Every commit reachable from `head` that touched a note under `dir`, newest first, with
 * paths relative to `dir`. Merge commits come with no changes of their own: the commits on
 * each side carry them, dated when they were made.
 */
export async function gitNoteLog(dir: string, head: string): Promise<GitCommit[]> {
  const r = await runGit(['-c', 'core.quotepath=off', '-c', 'core.fsmonitor=false', 'log', '--raw', '--no-abbrev', '-z', '-M', '--relative', '--no-color',
    '--format=%x01%H %P %at', head, '--', ...NOTE_PATHSPECS], dir);
  if (!r || r.code !== 0) return [];
  return parseRawLog(r.stdout.toString('utf8'));
}

/** Parses `git log --raw -z --format=%x01%H %P %at` output. */
export function parseRawLog(text: string): GitCommit[] {
  const tokens = text.split('\0');
  const commits: GitCommit[] = [];
  let cur: GitCommit | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.replace(/^\n/, '');
    if (t.startsWith('\u0001')) {
      const [hash, ...rest] = t.slice(1).split(' ');
      const time = Number(rest.pop());
      cur = { hash: hash!, parents: rest.filter(Boolean), authorTime: time, changes: [] };
      commits.push(cur);
      continue;
    }
    if (!t.startsWith(':') || !cur) continue;
    // ":100644 100644 <blob> <blob> M" then the path, or two paths for a rename or copy.
    const [srcMode, dstMode, srcBlob, dstBlob, status] = t.slice(1).split(' ');
    const kind = (status ?? 'M')[0] as GitChange['kind'];
    const two = kind === 'R' || kind === 'C';
    const p1 = tokens[++i] ?? '';
    const p2 = two ? (tokens[++i] ?? '') : null;
    const blob = (mode: string | undefined, id: string | undefined): string | null =>
      id && !ZERO.test(id) && mode !== undefined && /^100/.test(mode) ? id : null;
    cur.changes.push({
      kind,
      from: kind === 'A' ? null : p1,
      to: kind === 'D' ? null : (two ? p2 : p1),
      before: kind === 'A' || kind === 'C' ? null : blob(srcMode, srcBlob),
      after: kind === 'D' ? null : blob(dstMode, dstBlob),
    });
  }
  return commits;
}

/**
 * The contents of `blobs`, read through one `git cat-file --batch`; `onBlob` is called
 * for each as it arrives (in the order asked), so a large history is never held whole.
 */
export async function readBlobs(dir: string, blobs: readonly string[], onBlob: (id: string, bytes: Buffer) => void): Promise<boolean> {
  if (blobs.length === 0) return true;
  let pending: Buffer = Buffer.alloc(0);
  let next = 0;
  const take = (chunk: Buffer): void => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    for (;;) {
      const nl = pending.indexOf(10);
      if (nl < 0) return;
      const header = pending.subarray(0, nl).toString('utf8');
      const m = /^(\S+) (\S+) (\d+)$/.exec(header);
      if (!m) {
        // "<id> missing": no content to wait for.
        pending = pending.subarray(nl + 1);
        next++;
        continue;
      }
      const size = Number(m[3]);
      if (pending.length < nl + 1 + size + 1) return;
      const id = blobs[next++] ?? m[1]!;
      onBlob(id, pending.subarray(nl + 1, nl + 1 + size));
      pending = pending.subarray(nl + 1 + size + 1);
    }
  };
  const r = await runGit(['cat-file', '--batch'], dir, Buffer.from(blobs.join('\n') + '\n'), take);
  return r !== null && r.code === 0;
}
