import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../src-shared/contract';
import type { Actor } from '../commands/run-command';
import type { Writer } from '../commands/writer';
import type { Clock, Store } from '../db/store';
import type { PasswordCost } from '../features/auth/passwords';
import type { Session, SessionStore } from '../features/auth/sessions';
import type { SecretStore } from '../features/hemis/secret-store';
import type { Settings } from '../features/system/settings';
import type { JobRunner } from '../jobs/job-runner';
import type { BackendEvents } from './events';
import type { Logger } from './logger';

export interface Services {
  store: Store;
  clock: Clock;
  logger: Logger;
  events: BackendEvents;
  sessions: SessionStore;
  jobs: JobRunner;
  passwordCost: PasswordCost;
  appVersion: string;
  settings(): Settings;
  /** Secrets sent elsewhere (the HEMIS token): OS-backed in the desktop app, a 0600 file otherwise. */
  secretStore: SecretStore;
}

export interface HandlerContext extends Services {
  channel: ChannelName;
  session: Session | null;
  actor: Actor;
  /** Runs `fn` through the audited write path as this channel's command, with its input. */
  command<T>(fn: (w: Writer) => T, audit?: { name?: string; input?: unknown; actor?: Actor }): T;
}

export type Handler<C extends ChannelName> = (
  input: ChannelParsedInput<C>,
  ctx: HandlerContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type HandlerMap = { [C in ChannelName]: Handler<C> };
export type HandlersOf<C extends ChannelName> = { [K in C]: Handler<K> };
