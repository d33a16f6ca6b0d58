import type { DocModel } from './model';
import type { DocumentSource, StudentSource } from './source';

/**
 * A complete source for the document types' table tests: a second-year full-time economics student
 * of a Fergana university with a dean and an office head set up. Tests override what they vary.
 */
export function sampleSource(student: Partial<StudentSource> = {}, extra?: unknown): DocumentSource {
  return {
    student: {
      id: '01900000-0000-7000-8000-000000000001',
      studentIdNumber: '364241100001',
      pinfl: '31403055310012',
      passport: 'AD1234567',
      fullName: {
        'uz-Latn': 'Aliyev Bobur Rustam oʻgʻli',
        'uz-Cyrl': 'Алиев Бобур Рустам ўғли',
        ru: 'Алиев Бобур Рустам ўғли',
        en: 'ALIYEV BOBUR',
      },
      birthDate: '2005-03-14',
      gender: '11',
      citizenship: '11',
      educationType: '11',
      educationForm: '11',
      educationLang: '11',
      paymentForm: '12',
      status: '11',
      course: 2,
      yearOfEnter: 2024,
      group: 'IQT-24',
      faculty: {
        'uz-Latn': 'Iqtisodiyot fakulteti',
        'uz-Cyrl': 'Иқтисодиёт факультети',
        ru: 'Экономический факультет',
        en: 'Faculty of Economics',
      },
      specialtyCode: '60410100',
      specialty: { 'uz-Latn': 'Iqtisodiyot', 'uz-Cyrl': 'Иқтисодиёт', ru: 'Экономика', en: 'Economics' },
      photo: null,
      ...student,
    },
    institution: {
      name: {
        'uz-Latn': 'Fargʻona davlat universiteti',
        'uz-Cyrl': 'Фарғона давлат университети',
        ru: 'Ферганский государственный университет',
        en: 'Fergana State University',
      },
      city: 'Fargʻona',
      address: 'Fargʻona sh., Murabbiylar koʻchasi, 19',
      phone: '+998 73 244-44-01',
      email: 'info@fdu.uz',
      logo: '',
      signatories: {
        dean: { position: 'Iqtisodiyot fakulteti dekani', fullName: 'A. Karimov' },
        office_head: { position: 'Registrator ofisi boshligʻi', fullName: 'N. Qoʻchqorova' },
      },
    },
    issuedOn: '2026-11-28',
    educationYear: '2026-2027',
    extra,
  };
}

/** Every string a model prints, in order: what a table test looks for on the page. */
export function modelText(model: DocModel): string[] {
  return model.blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'letterhead':
        return [...b.lines, b.details ?? ''];
      case 'title':
        return b.lines;
      case 'paragraph':
        return [b.runs.map((r) => r.text).join('')];
      case 'numberLine':
        return [b.left, b.right];
      case 'fields':
        return b.rows.flatMap((r) => [r.label, r.value]);
      case 'table':
        return [...b.columns.map((c) => c.title), ...b.rows.flatMap((r) => ('group' in r ? [r.group] : r.cells))];
      case 'signatures':
        return [...b.rows.flatMap((r) => [r.position, r.name]), b.stamp ?? ''];
      case 'cutLine':
        return [b.label ?? ''];
      case 'cards':
        return b.cards.flatMap((c) => [
          ...c.header,
          c.name,
          ...c.rows.flatMap((r) => [r.label, r.value]),
          c.footer,
          c.signature?.position ?? '',
          c.signature?.name ?? '',
          c.number,
          c.photoHint,
        ]);
      default:
        return [];
    }
  });
}
