import type { Writer } from '../../commands/writer';
import { writeDemoContracts } from '../contracts/demo';
import { writeDemoFees } from '../fees/demo';
import { writeDemoForeign } from '../foreign/demo';
import { writeDemoInfodesk } from '../infodesk/demo';
import { writeDemoQueue } from '../queue/demo';
import { writeDemoRequests } from '../requests/demo';
import { writeDemoScholarships } from '../scholarships/demo';

/** What every feature's demo writer gets: the demo's seed (same seed, same data), today, the acting login. */
export interface DemoContext {
  seed: number;
  /** `YYYY-MM-DD` in Tashkent. */
  today: string;
  login: string;
}

/**
 * The service desk's demo data (issue 7), after the students and orders exist: tariffs before contracts
 * (a contract is computed from the tariff in force), request types before requests and the queue.
 */
export function writeDemoServiceDesk(w: Writer, ctx: DemoContext): void {
  writeDemoFees(w, ctx);
  writeDemoContracts(w, ctx);
  writeDemoRequests(w, ctx);
  writeDemoQueue(w, ctx);
  writeDemoScholarships(w, ctx);
  writeDemoForeign(w, ctx);
  writeDemoInfodesk(w, ctx);
}
