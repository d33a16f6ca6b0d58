import { z } from 'zod';
import { DOCUMENT_TYPE_CODES } from '../domain/documents/catalog';
import { emptyInput, idSchema, localeSchema, okOutput, pageInput } from './common';
import { channel } from './define';
import { MANAGERS, type Role } from './roles';
import { STUDENT_READERS } from './students';

/** The counter and the back office issue documents; everyone who opens a card sees its register entries. */
export const DOCUMENT_ISSUERS: readonly Role[] = ['admin', 'head', 'front_office', 'back_office'];
export const DOCUMENT_READERS: readonly Role[] = STUDENT_READERS;

export const documentTypeSchema = z.enum(DOCUMENT_TYPE_CODES);
const year = z.number().int().min(2000).max(2100);
const reason = z.string().trim().min(3).max(500);

/** A rule that stops this document for this student; a head may issue anyway with a reason. */
export const holdSchema = z.object({
  rule: z.string(),
  key: z.string(),
  params: z.record(z.string(), z.string()).optional(),
});
export type Hold = z.infer<typeof holdSchema>;

export const issuedDocumentSchema = z.object({
  id: z.string(),
  type: documentTypeSchema,
  year: z.number().int(),
  seq: z.number().int(),
  registerNumber: z.string(),
  studentId: z.string(),
  holderName: z.string(),
  studentIdNumber: z.string(),
  lang: localeSchema,
  issuedOn: z.string(),
  issuedAt: z.string(),
  issuedByName: z.string(),
  templateVersion: z.string(),
  payload: z.string(),
  overrideReason: z.string().nullable(),
  status: z.enum(['issued', 'void']),
  voidReason: z.string().nullable(),
  voidedAt: z.string().nullable(),
});
export type IssuedDocument = z.infer<typeof issuedDocumentSchema>;

export const verifyResultSchema = z.object({
  /**
   * valid — signed by this institution and in the register; void — in the register, voided; notInRegister —
   * the signature is good but this register has no such entry (another workstation, an old backup);
   * unknownKey — not signed by this institution's keys; invalid — unreadable or the signature fails.
   */
  status: z.enum(['valid', 'void', 'notInRegister', 'unknownKey', 'invalid']),
  certifies: z
    .object({
      type: z.string(),
      registerNumber: z.string(),
      issuedOn: z.string(),
      holderName: z.string(),
      studentIdNumber: z.string(),
      keyId: z.string(),
    })
    .nullable(),
  document: issuedDocumentSchema.nullable(),
});
export type VerifyResult = z.infer<typeof verifyResultSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * What a document asks the counter beyond the student: the summons' session and employer (DOMAIN §3.5),
 * the dormitory's building, room and placement order (§3.6), the order an excerpt is taken from (§4.2).
 * All optional: what is not given prints as a line to fill by hand (an excerpt refuses without its order).
 * The values go into the snapshot with everything else printed.
 */
export const documentParamsSchema = z
  .object({
    sessionFrom: isoDate.optional(),
    sessionTo: isoDate.optional(),
    /** exam: laboratory-exam session; attestation: state attestation; defence: graduation work defence. */
    sessionKind: z.enum(['exam', 'attestation', 'defence']).optional(),
    employer: z.string().trim().max(300).optional(),
    dormitory: z.string().trim().max(300).optional(),
    room: z.string().trim().max(30).optional(),
    placementOrder: z.string().trim().max(100).optional(),
    /** The approved or applied order an `order-excerpt` copies the student's paragraphs from. */
    orderId: idSchema.optional(),
    /** The contract a `payment-contract` / `restudy-contract` prints (issued by `contracts.draw`). */
    contractId: idSchema.optional(),
  })
  .strict()
  .refine((p) => !p.sessionFrom || !p.sessionTo || p.sessionFrom <= p.sessionTo, {
    message: 'validation.documentsSessionDates',
    path: ['sessionTo'],
  });
export type DocumentParams = z.infer<typeof documentParamsSchema>;

const fileOutput = z.object({ fileName: z.string(), mimeType: z.string(), data: z.string() });

export const documentsChannels = {
  /** The page as it would print, without a number (watermarked), and the holds that apply. */
  'documents.preview': channel({
    kind: 'query',
    access: DOCUMENT_ISSUERS,
    input: z
      .object({
        type: documentTypeSchema,
        studentId: idSchema,
        lang: localeSchema,
        params: documentParamsSchema.optional(),
      })
      .strict(),
    output: z.object({ html: z.string(), holds: z.array(holdSchema), lang: localeSchema }),
  }),
  /** Numbers, signs and registers one document; a hold refuses unless a head gives a reason. */
  'documents.issue': channel({
    kind: 'command',
    access: DOCUMENT_ISSUERS,
    input: z
      .object({
        type: documentTypeSchema,
        studentId: idSchema,
        lang: localeSchema,
        overrideReason: reason.optional(),
        params: documentParamsSchema.optional(),
      })
      .strict(),
    output: issuedDocumentSchema,
  }),
  'documents.get': channel({
    kind: 'query',
    access: DOCUMENT_READERS,
    input: z.object({ id: idSchema }).strict(),
    output: issuedDocumentSchema,
  }),
  /** An issued document drawn again from its snapshot: HTML to show and print, a .docx or a .pdf (base64). */
  'documents.render': channel({
    kind: 'query',
    access: DOCUMENT_READERS,
    input: z.object({ id: idSchema, format: z.enum(['html', 'docx', 'pdf']) }).strict(),
    output: fileOutput,
  }),
  'documents.list': channel({
    kind: 'query',
    access: DOCUMENT_READERS,
    input: pageInput
      .extend({
        studentId: idSchema.optional(),
        type: documentTypeSchema.optional(),
        year: year.optional(),
        status: z.enum(['issued', 'void']).optional(),
        search: z.string().trim().max(100).optional(),
      })
      .strict(),
    output: z.object({ items: z.array(issuedDocumentSchema), total: z.number().int() }),
  }),
  /** The number stays in the register, marked void with the reason; it is never given again. */
  'documents.void': channel({
    kind: 'command',
    access: DOCUMENT_ISSUERS,
    input: z.object({ id: idSchema, reason }).strict(),
    output: issuedDocumentSchema,
  }),
  'documents.verify': channel({
    kind: 'query',
    access: 'signedIn',
    input: z.object({ payload: z.string().max(4000) }).strict(),
    output: verifyResultSchema,
  }),
  'documents.keys': channel({
    kind: 'query',
    access: 'signedIn',
    input: emptyInput,
    output: z.object({
      keys: z.array(
        z.object({
          keyId: z.string(),
          publicKey: z.string(),
          pem: z.string(),
          createdAt: z.string(),
          retiredAt: z.string().nullable(),
        }),
      ),
    }),
  }),
  /** A self-contained HTML page with the public keys that checks a payload in any modern browser. */
  'documents.verificationPage': channel({
    kind: 'query',
    access: 'signedIn',
    input: emptyInput,
    output: fileOutput,
  }),
  'documents.registerFormats': channel({
    kind: 'query',
    access: DOCUMENT_READERS,
    input: emptyInput,
    output: z.object({
      formats: z.array(z.object({ type: documentTypeSchema, format: z.string(), lastSeq: z.number().int() })),
    }),
  }),
  'documents.setRegisterFormat': channel({
    kind: 'command',
    access: MANAGERS,
    input: z.object({ type: documentTypeSchema, format: z.string().trim().min(1).max(60) }).strict(),
    output: okOutput,
  }),
  /** The hold rules and the document types each one stops (the office's choice, or the defaults). */
  'documents.holdRules': channel({
    kind: 'query',
    access: DOCUMENT_READERS,
    input: emptyInput,
    output: z.object({ rules: z.array(z.object({ id: z.string(), types: z.array(documentTypeSchema) })) }),
  }),
  'documents.setHoldRules': channel({
    kind: 'command',
    access: MANAGERS,
    input: z
      .object({ rules: z.array(z.object({ id: z.string().max(40), types: z.array(documentTypeSchema) })).max(50) })
      .strict(),
    output: okOutput,
  }),
  /** The register book of a year (one type or all) as .xlsx. */
  'documents.exportRegister': channel({
    kind: 'query',
    access: DOCUMENT_READERS,
    input: z.object({ year, type: documentTypeSchema.optional() }).strict(),
    output: fileOutput,
  }),
} as const;
