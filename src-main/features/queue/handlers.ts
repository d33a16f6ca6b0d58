import type { HandlersOf, HandlerContext } from '../../backend/context';
import type { queueChannels } from '../../../src-shared/contract/queue';
import type { TicketAction } from '../../../src-shared/domain/queue';
import { deskView, hallBoard, ticketSlip } from './board';
import { listServices, ticketById, windowById } from './repo';
import { readSettings, saveService, saveWindow, takeWindow } from './settings';
import { dayStatistics, exportDayStatistics } from './stats';
import { applyAction, callNext, issueTicket } from './tickets';

function act(ctx: HandlerContext, id: string, action: TicketAction, requestId: string | null = null) {
  ctx.command((w) => applyAction(w, id, action, requestId));
  return { ticket: ticketById(ctx.store.reader, id) };
}

/** The counter queue: services, windows, tickets, the hall display (issue 7). */
export const queueHandlers: HandlersOf<keyof typeof queueChannels> = {
  'queue.settings': (_input, ctx) => readSettings(ctx.store.reader),
  'queue.saveService': (input, ctx) => {
    const id = ctx.command((w) => saveService(w, input));
    return listServices(ctx.store.reader).find((s) => s.id === id)!;
  },
  'queue.saveWindow': (input, ctx) => {
    const id = ctx.command((w) => saveWindow(w, input));
    return windowById(ctx.store.reader, id);
  },
  'queue.takeWindow': (input, ctx) => {
    ctx.command((w) => takeWindow(w, input.windowId, ctx.actor.id));
    return windowById(ctx.store.reader, input.windowId);
  },
  'queue.issue': (input, ctx) => {
    const { id, ahead } = ctx.command((w) => issueTicket(w, input));
    return { ticket: ticketById(ctx.store.reader, id), ahead };
  },
  'queue.slip': (input, ctx) => ({ html: ticketSlip(ctx.store.reader, input.id, input.lang) }),
  'queue.desk': (input, ctx) => deskView(ctx.store.reader, ctx.clock.now(), input.windowId),
  'queue.callNext': (input, ctx) => {
    const id = ctx.command((w) => callNext(w, input.windowId, ctx.actor.login));
    return { ticket: id ? ticketById(ctx.store.reader, id) : null };
  },
  'queue.recall': (input, ctx) => act(ctx, input.id, 'recall'),
  'queue.startServing': (input, ctx) => act(ctx, input.id, 'startServing'),
  'queue.finish': (input, ctx) => act(ctx, input.id, 'finish', input.requestId),
  'queue.noShow': (input, ctx) => act(ctx, input.id, 'noShow'),
  'queue.cancel': (input, ctx) => act(ctx, input.id, 'cancel'),
  'queue.board': (_input, ctx) => hallBoard(ctx.store.reader, ctx.clock.now()),
  'queue.stats': (input, ctx) => dayStatistics(ctx.store.reader, input.day),
  'queue.exportStats': (input, ctx) => exportDayStatistics(ctx.store.reader, input.day, input.lang),
};
