/** Channels of scholarship lists from grades and rules, and the scholarship order (issue 7). */
export const scholarshipsChannels = {} as const;
