import type { DocumentTypeCode } from '../../../../src-shared/domain/documents/catalog';
import type { OrderExcerptExtra } from '../../../../src-shared/domain/documents/order-excerpt';
import type { DocumentSource, Names } from '../../../../src-shared/domain/documents/source';
import type { SummonsExtra } from '../../../../src-shared/domain/documents/summons';
import type { TranscriptExtra } from '../../../../src-shared/domain/documents/transcript';
import { buildOrderTexts } from '../../../../src-shared/domain/order-text';

/**
 * A made-up student with every field filled: the field list of a type is read off the snapshot its builder
 * makes from this (so a new type documents itself), and the examples come from here.
 */
export function specimenSource(): DocumentSource {
  const names = (latn: string, cyrl: string, en: string) => ({ 'uz-Latn': latn, 'uz-Cyrl': cyrl, ru: cyrl, en });
  return {
    student: {
      id: '01900000-0000-7000-8000-000000000001',
      studentIdNumber: '352231100123',
      pinfl: '31234567890123',
      passport: 'AB1234567',
      fullName: names('Gʻulomova Oʻgʻiloy Baxtiyor qizi', 'Ғуломова Ўғилой Бахтиёр қизи', 'GULOMOVA OGILOY'),
      birthDate: '2005-03-14',
      gender: '12',
      citizenship: '11',
      educationType: '11',
      educationForm: '11',
      educationLang: '11',
      paymentForm: '11',
      status: '11',
      course: 2,
      yearOfEnter: 2024,
      group: 'IQ-24-01',
      faculty: names('Iqtisodiyot fakulteti', 'Иқтисодиёт факультети', 'Faculty of Economics'),
      specialtyCode: '60410100',
      specialty: names('Iqtisodiyot', 'Иқтисодиёт', 'Economics'),
      photo: null,
    },
    institution: {
      name: names('Fargʻona davlat universiteti', 'Фарғона давлат университети', 'Fergana State University'),
      city: 'Fargʻona',
      address: 'Fargʻona sh., Murabbiylar koʻchasi, 19',
      phone: '+998 73 244 44 02',
      email: 'info@fdu.uz',
      logo: '',
      signatories: Object.fromEntries(
        ['rector', 'vice_rector', 'dean', 'office_head', 'secretary', 'accountant'].map((role) => [
          role,
          { position: 'Registrator ofisi boshligʻi', fullName: 'N. Qoʻchqorova' },
        ]),
      ),
    },
    issuedOn: '2026-11-28',
    educationYear: '2026-2027',
  };
}

/**
 * What a type reads beyond the student (`source.extra`), made up like the student above, for types whose
 * builder needs it. Whoever adds such a type adds its specimen here, or its tables have no field list.
 */
export const SPECIMEN_EXTRAS: Partial<Record<DocumentTypeCode | (string & {}), unknown>> = {
  transcript: transcriptSpecimen(),
  gpa: transcriptSpecimen(),
  summons: {
    sessionFrom: '2027-01-11',
    sessionTo: '2027-02-09',
    datesFrom: 'timetable',
    sessionKind: 'exam',
    employer: '«Fargʻona azot» AJ',
  } satisfies SummonsExtra,
  'order-excerpt': orderExcerptSpecimen(),
};

/** A scholarship order naming the specimen student in its list: the excerpt's paragraph and its item. */
function orderExcerptSpecimen(): OrderExcerptExtra {
  const faculty = { 'uz-Latn': 'Iqtisodiyot fakulteti', ru: 'Экономический факультет' };
  const text = buildOrderTexts({
    type: 'scholarship',
    number: '45-S',
    orderDate: '2026-09-01',
    institution: { 'uz-Latn': 'Fargʻona davlat universiteti', ru: 'Ферганский государственный университет' },
    city: 'Fargʻona',
    signer: { position: 'Rektor', name: 'A. Karimov' },
    preamble: {
      'uz-Latn': 'Stipendiya komissiyasining qarori asosida',
      ru: 'На основании решения стипендиальной комиссии',
    },
    control: { 'uz-Latn': '', ru: '' },
    basis: { 'uz-Latn': 'stipendiya komissiyasining bayonnomasi.', ru: 'протокол стипендиальной комиссии.' },
    reverses: null,
    students: [
      {
        studentId: specimenSource().student.id,
        nameLat: 'Gʻulomova Oʻgʻiloy Baxtiyor qizi',
        nameCyr: 'Ғуломова Ўғилой Бахтиёр қизи',
        gender: '12',
        faculty,
        course: 2,
        group: 'IQ-24-01',
        paymentForm: '11',
        effectiveDate: '2026-09-01',
        reason: '',
        leaveUntil: null,
        newGroup: null,
        newName: null,
        note: 'Prezident stipendiyasi',
        revokedParagraph: null,
      },
    ],
  });
  return {
    orderId: '01900000-0000-7000-8000-0000000000a1',
    type: 'scholarship',
    number: '45-S',
    orderDate: '2026-09-01',
    text,
  };
}

function transcriptSpecimen(): TranscriptExtra {
  const subject = (uz: string, ru: string, en: string): Names => ({ 'uz-Latn': uz, 'uz-Cyrl': ru, ru, en });
  return {
    markingSystem: '12',
    gpaLimit: 2.4,
    semesters: [
      {
        semester: '11',
        educationYear: '2024',
        credits: 11,
        gpa: 4.5,
        rows: [
          {
            subject: subject('Oliy matematika', 'Высшая математика', 'Higher mathematics'),
            credit: 6,
            hours: 180,
            totalPoint: 86,
            grade: 5,
            letter: 'A',
          },
          {
            subject: subject('Iqtisodiyot nazariyasi', 'Экономическая теория', 'Economic theory'),
            credit: 5,
            hours: 150,
            totalPoint: 74,
            grade: 4,
            letter: 'B',
          },
        ],
      },
    ],
    years: [{ educationYear: '2024', gpa: 4.5, creditSum: 11 }],
    overall: { gpa: 4.5, creditSum: 11 },
    creditsEarned: 11,
  };
}
