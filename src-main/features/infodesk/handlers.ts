import type { HandlersOf } from '../../backend/context';
import { INFODESK_EDITORS, type infodeskChannels } from '../../../src-shared/contract/infodesk';
import { roleMayCall } from '../../../src-shared/contract/roles';
import { requireArticle, saveArticle, setPublished } from './articles';
import { renderHandout } from './handout';
import { searchArticles } from './search';

/** The info desk knowledge base: articles, search, handouts (issue 7). */
export const infodeskHandlers: HandlersOf<keyof typeof infodeskChannels> = {
  'infodesk.search': (input, ctx) =>
    searchArticles(ctx.store.reader, input, roleMayCall(ctx.session?.role ?? null, INFODESK_EDITORS)),
  'infodesk.get': (input, ctx) => requireArticle(ctx.store.reader, input.id),
  'infodesk.save': (input, ctx) => ctx.command((w) => saveArticle(w, input, ctx.actor.login)),
  'infodesk.setPublished': (input, ctx) =>
    ctx.command((w) => setPublished(w, input.id, input.published, ctx.actor.login)),
  // A selection's file is named after its category; the renderer sends nothing else to name it by.
  'infodesk.handout': (input, ctx) => renderHandout(ctx.store.reader, input, input.category ?? 'selection'),
};
