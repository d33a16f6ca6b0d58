import type { HandlersOf } from '../../backend/context';
import { countUsers } from '../users/repo';
import { readInstitution } from '../institution/handlers';
import { checkDatabase } from './check';
import { writeSettings } from './settings';

export const systemHandlers: HandlersOf<
  'system.health' | 'system.check' | 'system.settings' | 'system.updateSettings'
> = {
  'system.health': (_input, ctx) => ({
    version: ctx.appVersion,
    setupRequired: countUsers(ctx.store.db) === 0,
    defaultLocale: 'uz-Latn',
    institutionShortName: readInstitution(ctx.store.db).shortName,
  }),
  'system.check': (_input, ctx) => checkDatabase(ctx.store.reader, ctx.store.dataDir),
  'system.settings': (_input, ctx) => ctx.settings(),
  'system.updateSettings': (input, ctx) => {
    ctx.command((w) => writeSettings(w, input));
    return { ok: true };
  },
};
