import type { ChannelInput } from '../../../src-shared/contract';
import type { documentTemplateChannels } from '../../../src-shared/contract/document-templates';

/** One valid input per template channel (see ../sample-inputs.ts). */
export const documentTemplateSamples: { [C in keyof typeof documentTemplateChannels]: ChannelInput<C> } = {};
