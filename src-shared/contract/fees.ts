/** Channels of tariff tables by academic year and the contract and re-study calculators (issue 7). */
export const feesChannels = {} as const;
