/** Academic records (append-only), transcripts, GPA, debts, debtors and rankings, HEMIS GPA comparison (issue 4). */
export const gradesChannels = {} as const;
