import type { ChannelInput, ChannelName } from '../../src-shared/contract';
import { attendanceSamples } from './samples/attendance';
import { documentsSamples } from './samples/documents';
import { documentTemplateSamples } from './samples/document-templates';
import { documentBatchSamples } from './samples/document-batches';
import { gradesSamples } from './samples/grades';
import { structureSamples } from './samples/structure';
import { ordersSamples } from './samples/orders';
import { requestsSamples } from './samples/requests';
import { queueSamples } from './samples/queue';
import { feesSamples } from './samples/fees';
import { contractsSamples } from './samples/contracts';
import { scholarshipsSamples } from './samples/scholarships';
import { foreignSamples } from './samples/foreign';
import { infodeskSamples } from './samples/infodesk';

/**
 * One valid input per channel. The type makes a new channel without a sample a compile error,
 * so the permission matrix and the fuzz test always cover every channel.
 */
export const SAMPLE_INPUTS: { [C in ChannelName]: ChannelInput<C> } = {
  'system.health': {},
  'system.check': {},
  'system.settings': {},
  'system.updateSettings': { backupKeep: 7 },
  'setup.createFirstAdmin': { login: 'second', fullName: 'Second Admin', password: 'password-123' },
  'auth.signIn': { login: 'nobody', password: 'wrong-password' },
  'auth.signOut': {},
  'auth.me': {},
  'auth.changePassword': { currentPassword: 'wrong-password', newPassword: 'new-password-1' },
  'auth.setLocale': { locale: 'ru' },
  'users.list': {},
  'users.create': { login: 'matrix.user', fullName: 'Matrix User', role: 'viewer', password: 'password-123' },
  'users.update': { id: '01900000-0000-7000-8000-000000000000', fullName: 'Nobody' },
  'users.resetPassword': { id: '01900000-0000-7000-8000-000000000000', password: 'password-123' },
  'users.unlock': { id: '01900000-0000-7000-8000-000000000000' },
  'institution.get': {},
  'institution.update': {
    nameUzLatn: 'Namuna universiteti',
    nameUzCyrl: '',
    nameRu: '',
    nameEn: '',
    shortName: 'NU',
    address: '',
    city: '',
    phone: '',
    email: '',
    stir: '',
    rectorName: '',
    officeHeadName: '',
    logo: '',
    signatories: [],
  },
  'audit.list': {},
  'audit.facets': {},
  'jobs.list': {},
  'jobs.cancel': { id: 'no-such-job' },
  'backups.list': {},
  'backups.create': {},
  'students.search': { query: 'Joʻrayev' },
  'students.get': { id: '01900000-0000-7000-8000-000000000000' },
  'students.create': { lastNameLat: 'Matritsa', firstNameLat: 'Talaba', citizenship: '12' },
  'students.update': { id: '01900000-0000-7000-8000-000000000000', lastNameLat: 'Yangi', firstNameLat: 'Ism' },
  'students.setPhoto': { id: '01900000-0000-7000-8000-000000000000', photo: '', thumb: '' },
  'students.revealIdentifiers': { id: '01900000-0000-7000-8000-000000000000', reason: 'tekshiruv' },
  'students.history': { id: '01900000-0000-7000-8000-000000000000' },
  'students.groups': {},
  'hemis.settings': {},
  'hemis.updateSettings': { url: 'http://127.0.0.1:9/rest' },
  'hemis.testConnection': {},
  'hemis.pull': { since: '2026-11-01' },
  'hemis.pullStatus': {},
  'students.importPreview': {
    fileName: 'talabalar.csv',
    data: Buffer.from('Familiya;Ism\nKarimov;Ali\n').toString('base64'),
  },
  'students.import': {
    fileName: 'talabalar.csv',
    data: Buffer.from('Familiya;Ism\nKarimov;Ali\n').toString('base64'),
    dryRun: true,
  },
  'students.importResult': { jobId: 'no-such-job' },
  'students.importReport': { jobId: 'no-such-job' },
  'students.importPresets': {},
  'students.saveImportPreset': { name: 'HEMIS', mapping: { Familiya: 'lastNameLat' } },
  'quality.summary': {},
  'quality.list': { check: 'mixedScript' },
  'quality.fix': { studentId: '01900000-0000-7000-8000-000000000000', check: 'missingCyrillic' },
  'exports.xlsx': { title: 'Roʻyxat', columns: [{ key: 'a', header: 'A' }], rows: [{ a: '=1+1' }] },
  ...structureSamples,
  ...gradesSamples,
  ...attendanceSamples,
  ...documentsSamples,
  ...documentTemplateSamples,
  ...documentBatchSamples,
  ...ordersSamples,
  ...requestsSamples,
  ...queueSamples,
  ...feesSamples,
  ...contractsSamples,
  ...scholarshipsSamples,
  ...foreignSamples,
  ...infodeskSamples,
};
