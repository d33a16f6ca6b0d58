import type { Writer } from '../../commands/writer';
import type { DemoContext } from '../demo/service-desk';
import { saveArticle } from './articles';
import { DEMO_ARTICLES } from './demo-articles';

/**
 * The infodesk part of the demo data (issue 7): the knowledge base a counter starts from, written through the
 * same cleaning as an editor's save (apostrophes normalised, search words folded).
 */
export function writeDemoInfodesk(w: Writer, ctx: DemoContext): void {
  for (const a of DEMO_ARTICLES) saveArticle(w, { ...a, published: true }, ctx.login);
}
