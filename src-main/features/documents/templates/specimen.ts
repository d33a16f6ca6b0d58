import type { DocumentTypeCode } from '../../../../src-shared/domain/documents/catalog';
import type { DocumentSource } from '../../../../src-shared/domain/documents/source';

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
export const SPECIMEN_EXTRAS: Partial<Record<DocumentTypeCode, unknown>> = {};
