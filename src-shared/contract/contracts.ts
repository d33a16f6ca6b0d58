/** Channels of payment and re-study contracts, payment schedules, bank statement imports, balances (issue 7). */
export const contractsChannels = {} as const;
