import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { userInfo } from 'node:os';
import { LOCALES, type Locale } from '../../../src-shared/contract/common';
import { DOCUMENT_TYPE_CODES, defaultLang, type DocumentTypeCode } from '../../../src-shared/domain/documents/catalog';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../src-shared/contract';
import type { Envelope } from '../../../src-shared/errors';
import type { Backend } from '../../backend/create-backend';
import type { ParsedArgs } from '../../cli/args';
import { stringOption } from '../../cli/args';

export const DOCUMENTS_HELP = `  documents issue --type TYPE --student PINFL|STUDENT_ID [--lang uz-Latn|uz-Cyrl|ru|en]
                  [--format docx|pdf|html] --out FILE [--override-reason TEXT] [--json]
                                       issue a document: numbered in the register, signed QR; types:
                                       ${DOCUMENT_TYPE_CODES.join(', ')}
  documents verify PAYLOAD [--json]    check a QR payload: exit 0 only when it is valid and not void
  documents verify-page --out FILE     write the static verification page (public keys inside)`;

export interface DocumentsCliDeps {
  open(args: ParsedArgs): Backend;
}

function failure(error: { message: string; details?: { issues?: { path: string; key: string }[] } }): Error {
  const issues = error.details?.issues?.map((i) => `${i.path}: ${i.key}`).join(', ');
  return new Error(`${error.message}${issues ? ` (${issues})` : ''}`);
}

async function call<C extends ChannelName>(backend: Backend, channel: C, input: ChannelInput<C>, token: string) {
  const res = (await backend.dispatch(channel, input, token)) as Envelope<ChannelOutput<C>>;
  if (!res.ok) throw failure(res.error);
  return res.data;
}

/** A student by PINFL, HEMIS student ID number or the app's id; ambiguity is an error, never a guess. */
function findStudentId(backend: Backend, key: string): string {
  const rows = backend.services.store.reader
    .prepare('select id from students where pinfl = ? or student_id_number = ? or id = ? limit 2')
    .all(key, key, key) as { id: string }[];
  if (rows.length === 0) throw new Error(`no student with PINFL, student ID or id "${key}"`);
  if (rows.length > 1) throw new Error(`"${key}" matches several students: give the student ID number`);
  return rows[0]!.id;
}

async function issue(args: ParsedArgs, deps: DocumentsCliDeps): Promise<number> {
  const type = stringOption(args, 'type') as DocumentTypeCode | undefined;
  if (!type || !DOCUMENT_TYPE_CODES.includes(type))
    throw new Error(`--type must be one of ${DOCUMENT_TYPE_CODES.join(', ')}`);
  const key = stringOption(args, 'student');
  if (!key) throw new Error('--student needs a PINFL or a student ID number');
  const out = stringOption(args, 'out');
  if (!out) throw new Error('--out needs the file to write');
  const format =
    stringOption(args, 'format') ?? (out.endsWith('.pdf') ? 'pdf' : out.endsWith('.html') ? 'html' : 'docx');
  if (!['docx', 'pdf', 'html'].includes(format)) throw new Error('--format must be docx, pdf or html');
  const langOption = stringOption(args, 'lang') as Locale | undefined;
  if (langOption && !LOCALES.includes(langOption)) throw new Error(`--lang must be one of ${LOCALES.join(', ')}`);
  const lang = langOption ?? defaultLang(type, 'uz-Latn');
  const overrideReason = stringOption(args, 'override-reason');
  const backend = deps.open(args);
  try {
    const token = backend.cliSession(userInfo().username);
    const studentId = findStudentId(backend, key);
    const issued = await call(
      backend,
      'documents.issue',
      { type, studentId, lang, ...(overrideReason ? { overrideReason } : {}) },
      token,
    );
    const file = await call(
      backend,
      'documents.render',
      { id: issued.id, format: format as 'docx' | 'pdf' | 'html' },
      token,
    );
    const path = resolve(out);
    writeFileSync(path, format === 'html' ? file.data : Buffer.from(file.data, 'base64'));
    const result = {
      documentId: issued.id,
      registerNumber: issued.registerNumber,
      qrPayload: issued.payload,
      file: path,
    };
    if (args.options.json) console.log(JSON.stringify(result));
    else console.log(`Issued ${type} No. ${result.registerNumber} to ${issued.holderName}: ${path}`);
    return 0;
  } finally {
    await backend.close();
  }
}

async function verify(args: ParsedArgs, deps: DocumentsCliDeps): Promise<number> {
  const payload = args.positional[2];
  if (!payload) throw new Error('documents verify needs the QR payload: npx registrator documents verify RG1.…');
  const backend = deps.open(args);
  try {
    const r = await call(backend, 'documents.verify', { payload }, backend.cliSession(userInfo().username));
    if (args.options.json) console.log(JSON.stringify(r));
    else {
      const c = r.certifies;
      console.log(
        `${r.status.toUpperCase()}${c ? `: ${c.type} No. ${c.registerNumber} of ${c.issuedOn}, ${c.holderName} (${c.studentIdNumber})` : ''}` +
          (r.status === 'void' && r.document ? ` — voided: ${r.document.voidReason ?? ''}` : ''),
      );
    }
    return r.status === 'valid' ? 0 : 1;
  } finally {
    await backend.close();
  }
}

async function verifyPage(args: ParsedArgs, deps: DocumentsCliDeps): Promise<number> {
  const out = stringOption(args, 'out');
  if (!out) throw new Error('--out needs the file to write, e.g. verify.html');
  const backend = deps.open(args);
  try {
    const page = await call(backend, 'documents.verificationPage', {}, backend.cliSession(userInfo().username));
    writeFileSync(resolve(out), page.data);
    console.log(`Verification page written: ${resolve(out)}`);
    return 0;
  } finally {
    await backend.close();
  }
}

/** `registrator documents …`; null when `sub` is not a documents command. */
export async function runDocumentsCli(
  sub: string | undefined,
  args: ParsedArgs,
  deps: DocumentsCliDeps,
): Promise<number | null> {
  if (sub === 'issue') return issue(args, deps);
  if (sub === 'verify') return verify(args, deps);
  if (sub === 'verify-page') return verifyPage(args, deps);
  return null;
}
