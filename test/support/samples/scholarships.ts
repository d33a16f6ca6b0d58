import type { ChannelInput } from '../../../src-shared/contract';
import type { scholarshipsChannels } from '../../../src-shared/contract/scholarships';
import { DEFAULT_SCHOLARSHIP_RULES } from '../../../src-shared/domain/scholarships';

const scope = { departmentId: null, course: 2, educationYear: '2025', half: 2 } as const;

/** One valid input per scholarships channel (see ../sample-inputs.ts). */
export const scholarshipsSamples: { [C in keyof typeof scholarshipsChannels]: ChannelInput<C> } = {
  'scholarships.rules': {},
  'scholarships.saveRules': { rules: DEFAULT_SCHOLARSHIP_RULES },
  'scholarships.preview': scope,
  'scholarships.export': { ...scope, lang: 'en' },
  'scholarships.draftOrder': { ...scope, effectiveDate: '2026-02-02' },
};
