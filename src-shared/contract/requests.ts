/** Channels of requests (arizalar): types, intake, workflow, deadlines in working days, holiday calendar (issue 7). */
export const requestsChannels = {} as const;
