import type { HandlerMap } from './context';
import { auditHandlers } from '../features/audit/handlers';
import { authHandlers } from '../features/auth/handlers';
import { backupsHandlers } from '../features/backups/handlers';
import { hemisHandlers } from '../features/hemis/handlers';
import { institutionHandlers } from '../features/institution/handlers';
import { exportsHandlers } from '../features/exports/handlers';
import { qualityHandlers } from '../features/quality/handlers';
import { importHandlers } from '../features/students/import/handlers';
import { studentsHandlers } from '../features/students/handlers';
import { systemHandlers } from '../features/system/handlers';
import { usersHandlers } from '../features/users/handlers';
import { structureHandlers } from '../features/structure/handlers';
import { gradesHandlers } from '../features/grades/handlers';
import { attendanceHandlers } from '../features/attendance/handlers';
import { documentsHandlers } from '../features/documents/handlers';
import { documentTemplateHandlers } from '../features/documents/templates/handlers';
import { documentBatchHandlers } from '../features/documents/batch/handlers';
import { ordersHandlers } from '../features/orders/handlers';
import { requestsHandlers } from '../features/requests/handlers';
import { queueHandlers } from '../features/queue/handlers';
import { feesHandlers } from '../features/fees/handlers';
import { contractsHandlers } from '../features/contracts/handlers';
import { scholarshipsHandlers } from '../features/scholarships/handlers';
import { foreignHandlers } from '../features/foreign/handlers';
import { infodeskHandlers } from '../features/infodesk/handlers';

/** Every channel's handler; the type makes a missing one a compile error, a test checks the rest. */
export const handlers: HandlerMap = {
  ...systemHandlers,
  ...authHandlers,
  ...usersHandlers,
  ...institutionHandlers,
  ...auditHandlers,
  ...backupsHandlers,
  ...studentsHandlers,
  ...hemisHandlers,
  ...importHandlers,
  ...exportsHandlers,
  ...qualityHandlers,
  ...structureHandlers,
  ...gradesHandlers,
  ...attendanceHandlers,
  ...documentsHandlers,
  ...documentTemplateHandlers,
  ...documentBatchHandlers,
  ...ordersHandlers,
  ...requestsHandlers,
  ...queueHandlers,
  ...feesHandlers,
  ...contractsHandlers,
  ...scholarshipsHandlers,
  ...foreignHandlers,
  ...infodeskHandlers,
};
