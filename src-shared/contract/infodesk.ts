/** Channels of the info desk knowledge base: articles, search, handouts (issue 7). */
export const infodeskChannels = {} as const;
