import type { HandlerContext, HandlersOf } from '../../backend/context';
import type { requestsChannels } from '../../../src-shared/contract/requests';
import { AppError } from '../../../src-shared/errors';
import { readCalendar, saveCalendar } from './calendar';
import { ASSIGNABLE_ROLES, requireRequest, tashkentToday } from './common';
import { exportRequests } from './export';
import { createRequest } from './intake';
import { linkTargets } from './links';
import { listTypes, restoreBuiltInTypes, saveType, findType } from './types';
import { allRequests, listRequests, requestDetail } from './views';
import { addNote, assign, attach, link, readAttachment, transition } from './workflow';

const today = (ctx: HandlerContext): string => tashkentToday(ctx.clock.now());

function detail(ctx: HandlerContext, id: string) {
  const day = today(ctx);
  return requestDetail(ctx.store.reader, id, day, readCalendar(ctx.store.reader, day).calendar);
}

/** Requests (arizalar): types, intake, workflow, deadlines in working days, holiday calendar (issue 7). */
export const requestsHandlers: HandlersOf<keyof typeof requestsChannels> = {
  'requests.types': (input, ctx) => ({ items: listTypes(ctx.store.reader, input.all ?? false) }),
  'requests.saveType': (input, ctx) => {
    const id = ctx.command((w) => saveType(w, input));
    const saved = findType(ctx.store.reader, id);
    if (!saved) throw new AppError('NOT_FOUND', 'error.notFound', 'Request type not found');
    return saved;
  },
  'requests.restoreTypes': (_input, ctx) => {
    const added = ctx.command((w) => restoreBuiltInTypes(w));
    return { items: listTypes(ctx.store.reader, true), added };
  },
  'requests.calendar': (_input, ctx) => readCalendar(ctx.store.reader, today(ctx)),
  'requests.saveCalendar': (input, ctx) => {
    const calendar = ctx.command((w) => saveCalendar(w, input.calendar));
    return { calendar, isDefault: false };
  },
  'requests.assignees': (_input, ctx) => ({
    items: ctx.store.reader
      .prepare(
        `select id, full_name as fullName, role from users
          where active = 1 and role in (${ASSIGNABLE_ROLES.map(() => '?').join(', ')}) order by full_name, id`,
      )
      .all(...ASSIGNABLE_ROLES) as { id: string; fullName: string; role: string }[],
  }),
  'requests.create': (input, ctx) =>
    detail(
      ctx,
      ctx.command((w) => createRequest(w, ctx.actor, input)),
    ),
  'requests.list': ({ limit, offset, ...filters }, ctx) => {
    const day = today(ctx);
    const { calendar } = readCalendar(ctx.store.reader, day);
    return listRequests(ctx.store.reader, filters, { limit, offset }, ctx.actor.id, day, calendar);
  },
  'requests.export': async ({ lang, ...filters }, ctx) => {
    const day = today(ctx);
    const { calendar } = readCalendar(ctx.store.reader, day);
    return exportRequests(allRequests(ctx.store.reader, filters, ctx.actor.id, day, calendar), lang, day);
  },
  'requests.get': (input, ctx) => detail(ctx, input.id),
  'requests.transition': (input, ctx) => {
    ctx.command((w) => transition(w, ctx.actor, input));
    return detail(ctx, input.id);
  },
  'requests.assign': (input, ctx) => {
    ctx.command((w) => assign(w, ctx.actor, input));
    return detail(ctx, input.id);
  },
  'requests.addNote': (input, ctx) => {
    ctx.command((w) => addNote(w, ctx.actor, input));
    return detail(ctx, input.id);
  },
  'requests.attach': (input, ctx) => {
    ctx.command((w) => attach(w, ctx.actor, input));
    return detail(ctx, input.id);
  },
  'requests.attachment': (input, ctx) => readAttachment(ctx.store.reader, input.id),
  'requests.linkTargets': (input, ctx) => {
    const row = requireRequest(ctx.store.reader, input.id);
    return { items: row.studentId ? linkTargets(ctx.store.reader, row.studentId) : [] };
  },
  'requests.link': (input, ctx) => {
    ctx.command((w) => link(w, ctx.actor, input));
    return detail(ctx, input.id);
  },
};
