import { describe, expect, it } from 'vitest';
import type { IssueMeta } from './document-type';
import type { Block } from './model';
import { modelText, sampleSource } from './sample-source';
import { studyLeaveDays, summonsDocument, type SummonsExtra } from './summons';

const META: IssueMeta = {
  registerNumber: 'CH-15/2026',
  issuedOn: '2026-11-28',
  qr: { content: 'RG1.a.b', caption: 'QR', sizeMm: 28 },
  logo: '',
};
const EXTRA: SummonsExtra = {
  sessionFrom: '2027-01-10',
  sessionTo: '2027-02-08',
  datesFrom: 'params',
  sessionKind: 'exam',
  employer: '“Fargʻonaazot” AJ',
};

describe('study leave by education form and course (DOMAIN §3.5)', () => {
  it.each([
    ['12', 1, 20, 'labourCode385'],
    ['12', 2, 20, 'labourCode385'],
    ['12', 3, 30, 'labourCode385'],
    ['12', 5, 30, 'labourCode385'],
    ['13', 1, 30, 'labourCode385'],
    ['13', 2, 30, 'labourCode385'],
    ['13', 3, 40, 'labourCode385'],
    ['13', 6, 40, 'labourCode385'],
    ['14', 1, 30, 'labourCode385'],
    ['14', 4, 40, 'labourCode385'],
    ['16', 1, 15, 'vmq559'],
    ['16', 4, 15, 'vmq559'],
    ['12', null, 20, 'labourCode385'],
    ['13', null, 30, 'labourCode385'],
  ] as const)('form %s, course %s: at least %i days (%s)', (form, course, days, basis) => {
    expect(studyLeaveDays(form, course)).toEqual({ days, basis });
  });

  it.each([['11'], ['15'], ['17'], [null]])('form %s: no summons', (form) => {
    expect(studyLeaveDays(form, 2)).toBeNull();
  });
});

describe('summons', () => {
  it('prints the session, its calendar days and the legal minimum; both parts carry the number', () => {
    const d = summonsDocument.build(sampleSource({ educationForm: '13', course: 3 }, EXTRA), 'uz-Latn');
    expect([d.sessionFrom, d.sessionTo, d.calendarDays, d.leaveDays, d.basis]).toEqual([
      '10.01.2027',
      '08.02.2027',
      '30',
      40,
      'labourCode385',
    ]);
    const model = summonsDocument.layout(d, META);
    const text = modelText(model);
    for (const t of [
      'CHAQIRUV QOGʻOZI',
      '“Fargʻonaazot” AJ',
      '10.01.2027 dan 08.02.2027 gacha',
      'kamida 40 kalendar kun',
      'Oʻzbekiston Respublikasi Mehnat kodeksining 385-moddasi',
      'Oʻquv-sinov (laboratoriya-imtihon) sessiyasi',
      'TASDIQNOMA',
      '№ CH-15/2026 chaqiruv qogʻoziga',
      'kesib olinadi',
    ])
      expect(text).toContain(t);
    expect(text.some((t) => t.endsWith(' CH-15/2026'))).toBe(true);
    // Part 2 is filled in after the session: the attended days are lines, not the planned dates.
    const confirm = text.find((t) => t.startsWith('Ushbu tasdiqnoma'))!;
    expect(confirm).toContain('Aliyev Bobur Rustam oʻgʻli (3-kurs, sirtqi taʼlim shakli, IQT-24 guruhi)');
    expect(confirm).toContain('«___» ____________ 20___ y. dan «___» ____________ 20___ y. gacha');
    const kinds = model.blocks.map((b: Block) => b.kind);
    expect(kinds.filter((k) => k === 'signatures')).toHaveLength(2);
    expect(kinds.indexOf('cutLine')).toBeGreaterThan(kinds.indexOf('signatures'));
    const signs = model.blocks.filter((b): b is Extract<Block, { kind: 'signatures' }> => b.kind === 'signatures');
    expect(signs.map((s) => Boolean(s.qr))).toEqual([true, false]);
  });

  it('distance learners: VMQ 559 para 22, 15 days; unknown dates and employer print as lines', () => {
    const none: SummonsExtra = { ...EXTRA, sessionFrom: null, sessionTo: null, datesFrom: null, employer: '' };
    const d = summonsDocument.build(sampleSource({ educationForm: '16', course: 1 }, none), 'ru');
    expect([d.calendarDays, d.leaveDays, d.basis, d.employer]).toEqual(['', 15, 'vmq559', '']);
    const text = modelText(summonsDocument.layout(d, META));
    expect(text).toContain('СПРАВКА-ВЫЗОВ');
    expect(text).toContain('с «___» ____________ 20___ г. по «___» ____________ 20___ г.');
    expect(text).toContain('Постановление Кабинета Министров от 03.10.2022 № 559, пункт 22');
    expect(text).toContain('не менее 15 календарных дней');
    expect(text).toContain('СПРАВКА-ПОДТВЕРЖДЕНИЕ');
  });

  it.each([
    ['attestation', 'Якуний давлат аттестацияси'],
    ['defence', 'Битирув малакавий иши ҳимояси'],
  ] as const)('session kind %s in uz-Cyrl', (kind, words) => {
    const d = summonsDocument.build(
      sampleSource({ educationForm: '12', course: 4 }, { ...EXTRA, sessionKind: kind }),
      'uz-Cyrl',
    );
    const text = modelText(summonsDocument.layout(d, META));
    expect(text).toContain(words);
    expect(text).toContain('камида 30 календарь кун');
  });
});
