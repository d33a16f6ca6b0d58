import { contract, isChannelName, roleMayCall, type ChannelName } from '../../src-shared/contract';
import { AppError, type Envelope } from '../../src-shared/errors';
import { runCommand, SYSTEM_ACTOR, type Actor } from '../commands/run-command';
import { mkdirSync } from 'node:fs';
import { openStore, systemClock, type Clock, type Store } from '../db/store';
import { OWASP_COST, type PasswordCost } from '../features/auth/passwords';
import { SessionStore, type Session } from '../features/auth/sessions';
import { listBackups } from '../features/backups/backup-files';
import { startBackupJob } from '../features/backups/handlers';
import { FileSecretStore, type SecretStore } from '../features/hemis/secret-store';
import { writeAuditAnchor } from '../features/system/check';
import { readSettings } from '../features/system/settings';
import { JobRunner } from '../jobs/job-runner';
import { hasRunningBatches, recoverBatches, RECOVER_BATCHES_JOB } from '../features/documents/batch/batch';
import type { HandlerContext, Services } from './context';
import { BackendEvents } from './events';
import { acquireDataLock } from './data-lock';
import { handlers } from './handlers';
import { consoleLogger, type Logger } from './logger';
import { APP_VERSION } from './version';
import { toFieldIssues } from './zod-issues';

export interface BackendOptions {
  dataDir: string;
  clock?: Clock;
  logger?: Logger;
  /** scrypt cost; tests pass a cheap one. */
  passwordCost?: PasswordCost;
  /** Backup on start and daily (default on). */
  autoBackup?: boolean;
  /** Validate handler output against the contract (default: on unless NODE_ENV=production). */
  validateOutput?: boolean;
  /** Where the HEMIS token is kept; the Electron shell passes a `safeStorage` one. Default: a file store in `dataDir`. */
  secretStore?: SecretStore;
}

export interface Backend {
  dispatch(channel: string, payload: unknown, token?: string | null): Promise<Envelope<unknown>>;
  events: Pick<BackendEvents, 'on'>;
  /** A session for the command line: acts with admin rights, audited as `cli:<name>`. */
  cliSession(name: string): string;
  services: Services;
  close(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function toEnvelopeError(err: unknown, logger: Logger, channel: string): Envelope<never> {
  if (err instanceof AppError) return { ok: false, error: err.toShape() };
  const message = err instanceof Error ? err.message : String(err);
  if (/UNIQUE constraint failed/.test(message)) {
    return { ok: false, error: { code: 'CONFLICT', key: 'error.conflict', message } };
  }
  logger.error(`channel ${channel} failed`, { error: message, stack: err instanceof Error ? err.stack : undefined });
  return { ok: false, error: { code: 'INTERNAL', key: 'error.internal', message: 'Internal error' } };
}

export function createBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? consoleLogger;
  const validateOutput = options.validateOutput ?? process.env.NODE_ENV !== 'production';
  mkdirSync(options.dataDir, { recursive: true });
  const releaseLock = acquireDataLock(options.dataDir);
  let store: Store;
  try {
    store = openStore({ dataDir: options.dataDir, clock, appVersion: APP_VERSION });
  } catch (err) {
    releaseLock();
    throw err;
  }
  if (store.migration.applied.length > 0) {
    logger.info(`database migrated v${store.migration.from} → v${store.migration.to}`, {
      backup: store.migration.backupFile,
    });
  }
  const events = new BackendEvents();
  const settings = () => readSettings(store.db);
  const sessions = new SessionStore(clock, () => settings().sessionIdleMinutes);
  const jobs = new JobRunner(clock, events, logger);
  const services: Services = {
    store,
    clock,
    logger,
    events,
    sessions,
    jobs,
    passwordCost: options.passwordCost ?? OWASP_COST,
    appVersion: APP_VERSION,
    settings,
    secretStore: options.secretStore ?? new FileSecretStore(options.dataDir),
  };

  function actorOf(session: Session | null): Actor {
    if (!session) return { id: null, login: 'anonymous', kind: 'anonymous' };
    return session.kind === 'cli'
      ? { id: null, login: session.login, kind: 'cli' }
      : { id: session.userId, login: session.login, kind: 'user' };
  }

  async function dispatch(channelName: string, payload: unknown, token?: string | null): Promise<Envelope<unknown>> {
    try {
      if (typeof channelName !== 'string' || !isChannelName(channelName)) {
        throw new AppError('UNKNOWN_CHANNEL', 'error.unknownChannel', `Unknown channel ${String(channelName)}`, {
          params: { channel: String(channelName).slice(0, 100) },
        });
      }
      const channel: ChannelName = channelName;
      const def = contract[channel];

      const parsed = def.input.safeParse(payload ?? {});
      if (!parsed.success) {
        throw new AppError('VALIDATION', 'error.validation', `Invalid input for ${channel}`, {
          details: { issues: toFieldIssues(parsed.error, payload) },
        });
      }

      let session: Session | null = null;
      if (typeof token === 'string' && token.length > 0) {
        const touched = sessions.touch(token);
        if (touched === 'expired' && def.access !== 'public') {
          throw new AppError('SESSION_EXPIRED', 'error.sessionExpired', 'The session has expired');
        }
        if (touched !== 'expired') session = touched;
      }
      if (def.access !== 'public') {
        if (!session) throw new AppError('UNAUTHENTICATED', 'error.unauthenticated', 'Sign in first');
        if (!roleMayCall(session.role, def.access)) {
          throw new AppError('FORBIDDEN', 'error.forbidden', `Role ${session.role} may not call ${channel}`);
        }
      }

      const actor = actorOf(session);
      const ctx: HandlerContext = {
        ...services,
        channel,
        session,
        actor,
        command: (fn, audit) =>
          runCommand(store, clock, audit?.actor ?? actor, audit?.name ?? channel, audit?.input ?? parsed.data, fn)
            .value,
      };
      const handler = handlers[channel] as (input: unknown, ctx: HandlerContext) => unknown;
      const data = await handler(parsed.data, ctx);

      if (validateOutput) {
        const checked = def.output.safeParse(data);
        if (!checked.success) {
          logger.error(`output of ${channel} breaks the contract`, { issues: checked.error.issues });
          throw new AppError('INTERNAL', 'error.internal', `Output of ${channel} breaks the contract`);
        }
      }
      return { ok: true, data };
    } catch (err) {
      return toEnvelopeError(err, logger, String(channelName));
    }
  }

  const timers: NodeJS.Timeout[] = [];
  // A document batch the last run left unfinished gets the files of its register entries now.
  if (hasRunningBatches(store.db)) jobs.start(RECOVER_BATCHES_JOB, null, () => recoverBatches(services, SYSTEM_ACTOR));
  if (options.autoBackup ?? true) {
    const backupIfDue = () => {
      const lastAuto = listBackups(store.backupDir).find((b) => b.kind === 'auto');
      if (!lastAuto || clock.now().getTime() - new Date(lastAuto.createdAt).getTime() >= DAY_MS) {
        startBackupJob(services, 'auto', null);
      }
    };
    // On start (so a bad day can be rolled back to this morning), then checked hourly for the daily one.
    startBackupJob(services, 'auto', null);
    const hourly = setInterval(backupIfDue, 60 * 60 * 1000);
    hourly.unref();
    timers.push(hourly);
  }

  let closed = false;
  return {
    dispatch,
    events,
    services,
    cliSession(name: string) {
      return sessions.create({ id: '', login: `cli:${name}`, role: 'admin' }, 'cli').token;
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const t of timers) clearInterval(t);
      await jobs.stopAll();
      try {
        writeAuditAnchor(store.dataDir, store.reader);
      } finally {
        store.close();
        releaseLock();
      }
    },
  };
}
