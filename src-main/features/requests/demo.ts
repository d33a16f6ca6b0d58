import type { Writer } from '../../commands/writer';
import type { DemoContext } from '../demo/service-desk';

/** The requests part of the demo data (issue 7); written once, after the students and orders. */
export function writeDemoRequests(_w: Writer, _ctx: DemoContext): void {}
