import type { Writer } from '../../commands/writer';
import type { DemoContext } from '../demo/service-desk';
import { DEFAULT_SCHOLARSHIP_RULES } from '../../../src-shared/domain/scholarships';
import { saveScholarshipRules } from './rules';

/**
 * The scholarships part of the demo data (issue 7): the default rules, saved so the rules editor opens on
 * them. The demo already has grades, so the Scholarships screen lists real candidates without more data.
 */
export function writeDemoScholarships(w: Writer, _ctx: DemoContext): void {
  saveScholarshipRules(w, DEFAULT_SCHOLARSHIP_RULES);
}
