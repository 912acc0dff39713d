// `waymark hub serve|token|tokens|revoke|invite|password` (run a study group's hub, and the admin commands
// on its store) and `waymark push` / `waymark comments` (a member's side). The hub's modules
// are imported when one of these runs, so other commands never load them.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { CliContext } from '../context.js';
import { notesOpt, notesPaths, PATHS_HELP, type NotesFlags } from '../notes-args.js';
import { STATUS_EXTENSIONS } from './status.js';

interface StoreFlags {
  data?: string;
}

const ROLE_NAMES = ['owner', 'mentor', 'member'] as const;
type RoleName = (typeof ROLE_NAMES)[number];

function parseRole(raw: string | undefined, fallback: RoleName): RoleName {
  if (raw === undefined) return fallback;
  if (!(ROLE_NAMES as readonly string[]).includes(raw)) throw new UsageError(`--role must be owner, mentor or member, not ${JSON.stringify(raw)}`);
  return raw as RoleName;
}

function checkName(what: string, v: string, re: RegExp): string {
  if (!re.test(v)) throw new UsageError(`${what} ${JSON.stringify(v)} is not valid: use 1–40 of a-z, 0-9, "-" (and "." "_" in user names)`);
  return v;
}

async function withStore<T>(flags: StoreFlags, ctx: CliContext, fn: (store: import('../../hub/store/store.js').HubStore) => Promise<T>): Promise<T> {
  const { hubTarget, openHubStore, DEFAULT_HUB_DATA } = await import('../../hub/run.js');
  const store = await openHubStore(hubTarget(ctx.env, resolve(ctx.cwd, flags.data ?? DEFAULT_HUB_DATA)));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const dataOpt = '--data <dir>';
const dataHelp = 'the embedded database folder (default ./waymark-hub); DATABASE_URL=postgres://… uses that server instead';

let statusHooked = false;

export function registerHub(program: Command, ctx: CliContext): void {
  // `waymark status` ends with the hub's new comments when waymark.json names a hub (once per process).
  if (!statusHooked) {
    STATUS_EXTENSIONS.push(async (ws, c) => {
      const { hubStatusLines } = await import('../../hub/client/commands.js');
      return hubStatusLines(ws.root, c);
    });
    statusHooked = true;
  }
  const hub = program.command('hub').description('a study group\'s hub: a cohort board, a reading schedule and feedback, on PostgreSQL (embedded by default)');

  hub.command('serve')
    .description('run the hub (embedded PostgreSQL in --data, or the server in DATABASE_URL)')
    .option(dataOpt, dataHelp)
    .option('-p, --port <n>', 'port to listen on (0: any free port)', '4180')
    .option('--host <addr>', 'address to listen on (default 127.0.0.1; 0.0.0.0 behind a proxy)', '127.0.0.1')
    .option('--public-url <url>', 'the address people reach the hub at, for invite links')
    .option('--trust-proxy', 'believe X-Forwarded-Proto/-For from a proxy or load balancer in front')
    .action(async (flags: StoreFlags & { port: string; host: string; publicUrl?: string; trustProxy?: boolean }) => {
      const port = Number(flags.port);
      if (!/^\d+$/.test(flags.port) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not ${JSON.stringify(flags.port)}`);
      const { hubTarget, startHub, DEFAULT_HUB_DATA } = await import('../../hub/run.js');
      const target = hubTarget(ctx.env, resolve(ctx.cwd, flags.data ?? DEFAULT_HUB_DATA));
      const running = await startHub({ target, host: flags.host, port, publicUrl: flags.publicUrl ?? null, trustProxy: flags.trustProxy === true });
      const where = target.kind === 'postgres' ? 'PostgreSQL from DATABASE_URL' : `embedded PostgreSQL in ${target.dir}`;
      ctx.stdout.write(`Waymark hub: ${running.url}\n(${where}; Ctrl+C stops it)\n`);
      await new Promise<void>((ok) => {
        process.once('SIGINT', ok);
        process.once('SIGTERM', ok);
      });
      await running.close();
    });

  hub.command('token')
    .description('make an API token for a person in a cohort (creating both if missing); the token is the last line')
    .option(dataOpt, dataHelp)
    .requiredOption('--cohort <slug>', 'the cohort, e.g. reading-group')
    .requiredOption('--user <name>', 'the person\'s sign-in name')
    .option('--role <role>', 'owner, mentor or member (default: their present role, else member)')
    .option('--label <text>', 'what the token is for, shown when tokens are listed', '')
    .action(async (flags: StoreFlags & { cohort: string; user: string; role?: string; label: string }) => {
      const slug = checkName('cohort', flags.cohort, /^[a-z0-9][a-z0-9-]{0,63}$/);
      const handle = checkName('user', flags.user, /^[a-z0-9][a-z0-9._-]{0,39}$/);
      await withStore(flags, ctx, async (store) => {
        const cohort = await store.ensureCohort(slug);
        const user = await store.ensureUser(handle);
        const role = parseRole(flags.role, (await store.role(cohort.id, user.id)) ?? 'member');
        await store.setRole(cohort.id, user.id, role);
        const { token } = await store.createToken(user.id, cohort.id, flags.label);
        ctx.stderr.write(`${handle} is ${role === 'owner' ? 'an' : 'a'} ${role} of ${slug}. Keep this token secret; it is shown once:\n`);
        ctx.stdout.write(`${token}\n`);
      });
    });

  hub.command('tokens')
    .description('list a person\'s API tokens (never the tokens themselves: only their hashes are kept)')
    .option(dataOpt, dataHelp)
    .requiredOption('--user <name>', 'the person\'s sign-in name')
    .option('--json', 'as JSON')
    .action(async (flags: StoreFlags & { user: string; json?: boolean }) => {
      await withStore(flags, ctx, async (store) => {
        const user = await store.user(flags.user);
        if (!user) throw new UsageError(`no user "${flags.user}" on this hub`);
        const tokens = await store.tokens(user.id);
        if (flags.json) {
          ctx.stdout.write(JSON.stringify({ user: user.handle, tokens }, null, 2) + '\n');
          return;
        }
        if (!tokens.length) ctx.stdout.write(`${user.handle} has no tokens\n`);
        for (const t of tokens) {
          const state = t.revokedAt ? `revoked ${t.revokedAt.slice(0, 10)}` : t.lastUsedAt ? `last used ${t.lastUsedAt.slice(0, 16).replace('T', ' ')}` : 'never used';
          ctx.stdout.write(`${String(t.id).padStart(4)}  ${t.cohort}  made ${t.createdAt.slice(0, 10)}  ${state}${t.label ? `  ${t.label}` : ''}\n`);
        }
      });
    });

  hub.command('revoke')
    .description('revoke one of a person\'s API tokens by its number (from `waymark hub tokens`)')
    .option(dataOpt, dataHelp)
    .requiredOption('--user <name>', 'the person\'s sign-in name')
    .argument('<id>', 'the token\'s number')
    .action(async (id: string, flags: StoreFlags & { user: string }) => {
      if (!/^\d+$/.test(id)) throw new UsageError(`a token's number is a whole number, not ${JSON.stringify(id)}`);
      await withStore(flags, ctx, async (store) => {
        const user = await store.user(flags.user);
        if (!user) throw new UsageError(`no user "${flags.user}" on this hub`);
        if (!(await store.revokeToken(user.id, Number(id)))) throw new UsageError(`${user.handle} has no live token ${id} (\`waymark hub tokens --user ${user.handle}\` lists them)`);
        ctx.stdout.write(`revoked token ${id} of ${user.handle}\n`);
      });
    });

  hub.command('invite')
    .description('make an invite link for people to join a cohort in the browser')
    .option(dataOpt, dataHelp)
    .requiredOption('--cohort <slug>', 'the cohort')
    .option('--role <role>', 'the role joiners get: owner, mentor or member', 'member')
    .option('--uses <n>', 'how many people may join with it', '1')
    .option('--days <n>', 'days it stays valid', '7')
    .option('--url <url>', 'the hub\'s address as people reach it (with the store)', 'http://127.0.0.1:4180')
    .option('--hub <url>', 'ask a running hub instead of opening its store (needs an owner\'s --token)')
    .option('--token <token>', 'with --hub: an owner\'s token')
    .action(async (flags: StoreFlags & { cohort: string; role: string; uses: string; days: string; url: string; hub?: string; token?: string }) => {
      const role = parseRole(flags.role, 'member');
      const uses = Number(flags.uses);
      const days = Number(flags.days);
      if (!Number.isInteger(uses) || uses < 1 || uses > 1000) throw new UsageError('--uses must be a whole number from 1 to 1000');
      if (!Number.isInteger(days) || days < 1 || days > 90) throw new UsageError('--days must be a whole number from 1 to 90');
      if (flags.hub) {
        const { hubCall } = await import('../../hub/client/http.js');
        const token = flags.token ?? ctx.env.WAYMARK_HUB_TOKEN;
        if (!token) throw new UsageError('--hub needs an owner\'s --token');
        const r = await hubCall<{ url: string }>(flags.hub, token, 'POST', `/api/cohorts/${encodeURIComponent(flags.cohort)}/invites`, { role, uses, days });
        ctx.stderr.write(`joins ${flags.cohort} as ${role}; ${uses} use${uses === 1 ? '' : 's'}, valid ${days} day${days === 1 ? '' : 's'}:\n`);
        ctx.stdout.write(`${r.url}\n`);
        return;
      }
      await withStore(flags, ctx, async (store) => {
        const cohort = await store.cohort(flags.cohort);
        if (!cohort) throw new UsageError(`no cohort "${flags.cohort}" on this hub (\`waymark hub token --cohort ${flags.cohort} --user <you> --role owner\` makes it)`);
        const code = await store.createInvite(cohort.id, role, null, { uses, days });
        ctx.stderr.write(`joins ${cohort.slug} as ${role}; ${uses} use${uses === 1 ? '' : 's'}, valid ${days} day${days === 1 ? '' : 's'}:\n`);
        ctx.stdout.write(`${flags.url.replace(/\/+$/, '')}/join/${code}\n`);
      });
    });

  hub.command('password')
    .description('set a person\'s browser password (read from stdin), e.g. an owner made with `hub token`')
    .option(dataOpt, dataHelp)
    .requiredOption('--user <name>', 'the person\'s sign-in name')
    .action(async (flags: StoreFlags & { user: string }) => {
      const password = (await readStdin()).replace(/\r?\n$/, '');
      const { hashPassword, MIN_PASSWORD } = await import('../../hub/server/passwords.js');
      if (password.length < MIN_PASSWORD) throw new UsageError(`a password needs ${MIN_PASSWORD} characters or more (give it on stdin)`);
      await withStore(flags, ctx, async (store) => {
        const user = await store.user(flags.user);
        if (!user) throw new UsageError(`no user "${flags.user}" on this hub`);
        await store.setPasswordHash(user.id, await hashPassword(password));
        ctx.stdout.write(`password set for ${user.handle}\n`);
      });
    });

  program.command('push')
    .description('send your roadmap\'s public part and its history to a study group\'s hub (what the public site would show; #private never leaves)')
    .argument('[paths...]', PATHS_HELP)
    .addOption(notesOpt())
    .option('--hub <url>', 'the hub\'s address (kept as hub.url in waymark.json if you put it there)')
    .option('--token <token>', 'your token (`waymark hub token`); kept in your config folder, mode 600, for next time')
    .option('--json', 'print the result as JSON')
    .action(async (given: string[], flags: NotesFlags & { hub?: string; token?: string; json?: boolean }) => {
      const paths = notesPaths(given, flags);
      const { runPush } = await import('../../hub/client/commands.js');
      await runPush(paths, flags, ctx);
    });

  program.command('pull')
    .description('write your study group\'s reading schedule into a note of yours (reading-group.md); new sessions are added, your ticks stay')
    .argument('[paths...]', PATHS_HELP)
    .addOption(notesOpt())
    .option('--hub <url>', 'the hub\'s address')
    .option('--token <token>', 'your token')
    .option('--json', 'print what was added as JSON')
    .action(async (given: string[], flags: NotesFlags & { hub?: string; token?: string; json?: boolean }) => {
      const { runPull } = await import('../../hub/client/commands.js');
      await runPull(notesPaths(given, flags), flags, ctx);
    });

  program.command('comments')
    .description('comments from your study group on your roadmap\'s items (new ones first; marks them seen)')
    .argument('[paths...]', PATHS_HELP)
    .addOption(notesOpt())
    .option('--hub <url>', 'the hub\'s address')
    .option('--token <token>', 'your token')
    .option('--all', 'every comment, not only new ones')
    .option('--json', 'print them as JSON')
    .action(async (given: string[], flags: NotesFlags & { hub?: string; token?: string; all?: boolean; json?: boolean }) => {
      const { runComments } = await import('../../hub/client/commands.js');
      await runComments(notesPaths(given, flags), flags, ctx);
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
