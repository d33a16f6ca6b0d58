/** Channels of foreign applicants: applications, documents checklist, admission and registration (issue 7). */
export const foreignChannels = {} as const;
