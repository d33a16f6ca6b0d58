import type { structureChannels } from '../../../src-shared/contract/structure';
import type { HandlersOf } from '../../backend/context';
import { bulkHandlers } from './bulk';
import { curriculumHandlers } from './curricula';
import { departmentHandlers } from './departments';
import { employeeHandlers } from './employees';
import { groupHandlers } from './groups';
import { importSubjectHandlers } from './import-handlers';
import { markingHandlers } from './marking';
import { studentPickHandlers } from './students';
import { subjectHandlers } from './subjects';

export const structureHandlers: HandlersOf<keyof typeof structureChannels> = {
  ...departmentHandlers,
  ...markingHandlers,
  ...curriculumHandlers,
  ...subjectHandlers,
  ...groupHandlers,
  ...employeeHandlers,
  ...studentPickHandlers,
  ...bulkHandlers,
  ...importSubjectHandlers,
};
