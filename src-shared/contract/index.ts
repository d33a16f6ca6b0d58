import type { z } from 'zod';
import { auditChannels } from './audit';
import { authChannels } from './auth';
import { hemisChannels } from './hemis';
import { exportsChannels } from './exports';
import { institutionChannels } from './institution';
import { jobsChannels } from './jobs';
import { qualityChannels } from './quality';
import { studentsChannels } from './students';
import { systemChannels } from './system';
import { structureChannels } from './structure';
import { gradesChannels } from './grades';
import { attendanceChannels } from './attendance';
import { documentsChannels } from './documents';
import { documentTemplateChannels } from './document-templates';
import { documentBatchChannels } from './document-batches';
import { usersChannels } from './users';
import { ordersChannels } from './orders';
import { requestsChannels } from './requests';
import { queueChannels } from './queue';
import { feesChannels } from './fees';
import { contractsChannels } from './contracts';
import { scholarshipsChannels } from './scholarships';
import { foreignChannels } from './foreign';
import { infodeskChannels } from './infodesk';

/** Every channel of the app, by name `feature.verbNoun`. Handlers must cover exactly these. */
export const contract = {
  ...systemChannels,
  ...authChannels,
  ...usersChannels,
  ...institutionChannels,
  ...auditChannels,
  ...jobsChannels,
  ...studentsChannels,
  ...hemisChannels,
  ...exportsChannels,
  ...qualityChannels,
  ...structureChannels,
  ...gradesChannels,
  ...attendanceChannels,
  ...documentsChannels,
  ...documentTemplateChannels,
  ...documentBatchChannels,
  ...ordersChannels,
  ...requestsChannels,
  ...queueChannels,
  ...feesChannels,
  ...contractsChannels,
  ...scholarshipsChannels,
  ...foreignChannels,
  ...infodeskChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './roles';
export * from './common';
export * from './auth';
export * from './institution';
export * from './audit';
export * from './jobs';
export * from './system';
export * from './students';
export * from './hemis';
export * from './exports';
export * from './quality';
export * from './structure';
export * from './grades';
export * from './attendance';
export * from './documents';
export * from './document-templates';
export * from './document-batches';
export * from './orders';
export * from './requests';
export * from './queue';
export * from './fees';
export * from './contracts';
export * from './scholarships';
export * from './foreign';
export * from './infodesk';
