/** Channels of the counter queue: services, windows, tickets, the hall display (issue 7). */
export const queueChannels = {} as const;
