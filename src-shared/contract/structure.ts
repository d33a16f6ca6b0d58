/** Faculties, departments, specialties, academic years, marking systems, curricula with their subjects, groups and tutors, employees; bulk assignment of students (issue 4). */
export const structureChannels = {} as const;
