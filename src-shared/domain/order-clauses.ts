import type { Clause } from '../contract/orders-models';
import type { FieldIssue } from '../errors';
import type { OrderType } from './orders';

/**
 * The clause library's defaults: the preamble citing the legal basis of each order type, the control
 * paragraph and the "Asos:" line, in Uzbek (Latin) and Russian. The office edits its own copy
 * (`orders.clauses` in app_meta); a new order copies the default clauses of its type and may edit them.
 *
 * Sources: VMQ 18.06.2010 No 118 (transfer, reinstatement, expulsion; DOMAIN §4.4), VMQ 03.06.2021 No 344
 * (academic leave; §4.3), VMQ 31.12.2020 No 824 (credit-module system: promotion on GPA, repeat year,
 * individual schedules for debts; §2.3–2.5). Graduation, scholarship, topics and admission cite the
 * commission whose decision the order formalises; the office adds the regulation it uses.
 */

const VMQ_118_UZ =
  'Oʻzbekiston Respublikasi Vazirlar Mahkamasining 2010-yil 18-iyundagi 118-son qarori bilan tasdiqlangan «Oliy taʼlim muassasalari talabalari oʻqishini koʻchirish, qayta tiklash va oʻqishdan chetlashtirish tartibi toʻgʻrisida»gi Nizomga muvofiq';
const VMQ_118_RU =
  'В соответствии с Положением о порядке перевода, восстановления и отчисления студентов высших образовательных учреждений, утверждённым постановлением Кабинета Министров Республики Узбекистан от 18 июня 2010 года № 118,';
const VMQ_344_UZ =
  'Oʻzbekiston Respublikasi Vazirlar Mahkamasining 2021-yil 3-iyundagi 344-son qarori bilan tasdiqlangan «Oliy taʼlim muassasalari talabalariga akademik taʼtil berish tartibi toʻgʻrisida»gi Nizomga muvofiq';
const VMQ_344_RU =
  'В соответствии с Положением о порядке предоставления академического отпуска студентам высших образовательных учреждений, утверждённым постановлением Кабинета Министров Республики Узбекистан от 3 июня 2021 года № 344,';
const VMQ_824_UZ =
  'Oʻzbekiston Respublikasi Vazirlar Mahkamasining 2020-yil 31-dekabrdagi 824-son qarori bilan tasdiqlangan «Oliy taʼlim muassasalarida oʻquv jarayoniga kredit-modul tizimini joriy etish tartibi toʻgʻrisida»gi Nizomga muvofiq';
const VMQ_824_RU =
  'В соответствии с Положением о порядке внедрения кредитно-модульной системы в учебный процесс высших образовательных учреждений, утверждённым постановлением Кабинета Министров Республики Узбекистан от 31 декабря 2020 года № 824,';

const clause = (
  id: string,
  kind: Clause['kind'],
  types: OrderType[],
  textUz: string,
  textRu: string,
  isDefault = true,
): Clause => ({ id, kind, types, textUz, textRu, isDefault });

export const DEFAULT_CLAUSES: readonly Clause[] = [
  clause(
    'preamble.vmq118',
    'preamble',
    ['expulsion', 'reinstatement', 'transfer', 'groupChange'],
    `${VMQ_118_UZ} hamda fakultet dekanining bildirgisi asosida`,
    `${VMQ_118_RU} и на основании представления декана факультета`,
  ),
  clause(
    'preamble.vmq344',
    'preamble',
    ['academicLeave', 'returnFromLeave'],
    `${VMQ_344_UZ} hamda talabaning arizasi asosida`,
    `${VMQ_344_RU} и на основании заявления студента`,
  ),
  clause(
    'preamble.vmq824',
    'preamble',
    ['promotion', 'repeatYear', 'individualSchedule'],
    `${VMQ_824_UZ}, semestr yakunlari (oʻzlashtirish koʻrsatkichlari va GPA) hamda fakultet dekanining bildirgisi asosida`,
    `${VMQ_824_RU} по итогам семестра (успеваемость и GPA) и на основании представления декана факультета`,
  ),
  clause(
    'preamble.graduation',
    'preamble',
    ['graduation'],
    'Yakuniy davlat attestatsiyasi natijalari va Davlat attestatsiya komissiyalarining bayonnomalari asosida',
    'На основании результатов итоговой государственной аттестации и протоколов Государственных аттестационных комиссий',
  ),
  clause(
    'preamble.scholarship',
    'preamble',
    ['scholarship'],
    'Oliy taʼlim muassasalari talabalariga stipendiyalar tayinlash va toʻlash tartibiga muvofiq hamda stipendiya komissiyasining qarori asosida',
    'В соответствии с порядком назначения и выплаты стипендий студентам высших образовательных учреждений и на основании решения стипендиальной комиссии',
  ),
  clause(
    'preamble.topics',
    'preamble',
    ['graduationTopics'],
    'Oʻquv rejasiga muvofiq hamda bitiruvchi kafedralar yigʻilishlarining qarorlari asosida',
    'В соответствии с учебным планом и на основании решений заседаний выпускающих кафедр',
  ),
  clause(
    'preamble.admission',
    'preamble',
    ['admission'],
    'Qabul komissiyasining qarori hamda kirish test sinovlari natijalari asosida',
    'На основании решения приёмной комиссии и результатов вступительных испытаний',
  ),
  clause(
    'preamble.nameChange',
    'preamble',
    ['nameChange'],
    'Talabaning shaxsini tasdiqlovchi hujjatidagi oʻzgarish munosabati bilan hamda uning arizasi asosida',
    'В связи с изменением документа, удостоверяющего личность студента, и на основании его заявления',
  ),
  clause(
    'preamble.revocation',
    'preamble',
    ['revocation'],
    'Buyruq ijrosini qayta koʻrib chiqish natijalari hamda fakultet dekanining bildirgisi asosida',
    'По результатам пересмотра исполнения приказа и на основании представления декана факультета',
  ),
  clause(
    'control.academic',
    'control',
    [],
    'Mazkur buyruqning ijrosini nazorat qilish oʻquv ishlari boʻyicha prorektor zimmasiga yuklansin.',
    'Контроль за исполнением настоящего приказа возложить на проректора по учебной работе.',
  ),
  clause(
    'control.finance',
    'control',
    ['scholarship'],
    'Mazkur buyruqning ijrosini nazorat qilish iqtisodiy masalalar boʻyicha prorektor va bosh buxgalter zimmasiga yuklansin.',
    'Контроль за исполнением настоящего приказа возложить на проректора по экономическим вопросам и главного бухгалтера.',
  ),
  clause(
    'basis.application',
    'basis',
    [],
    'talabaning arizasi, dekan bildirgisi.',
    'заявление студента, представление декана.',
  ),
  clause(
    'basis.leave',
    'basis',
    ['academicLeave'],
    'talabaning arizasi, tibbiy maslahat komissiyasining xulosasi (harbiy qism chaqiruvi, tugʻruq taʼtili varaqasi), dekan bildirgisi.',
    'заявление студента, заключение врачебно-консультационной комиссии (повестка военного комиссариата, листок нетрудоспособности), представление декана.',
  ),
  clause(
    'basis.results',
    'basis',
    ['promotion', 'repeatYear'],
    'semestr yakuniy qaydnomalari, dekan bildirgisi.',
    'итоговые ведомости семестра, представление декана.',
  ),
  clause(
    'basis.graduation',
    'basis',
    ['graduation'],
    'Davlat attestatsiya komissiyalarining bayonnomalari, dekan bildirgisi.',
    'протоколы Государственных аттестационных комиссий, представление декана.',
  ),
  clause(
    'basis.scholarship',
    'basis',
    ['scholarship'],
    'stipendiya komissiyasining bayonnomasi, dekan bildirgisi.',
    'протокол стипендиальной комиссии, представление декана.',
  ),
  clause(
    'basis.topics',
    'basis',
    ['graduationTopics'],
    'bitiruvchi kafedralar yigʻilishlarining bayonnomalari, dekan bildirgisi.',
    'протоколы заседаний выпускающих кафедр, представление декана.',
  ),
  clause(
    'basis.admission',
    'basis',
    ['admission'],
    'qabul komissiyasining bayonnomasi.',
    'протокол приёмной комиссии.',
  ),
  clause(
    'basis.nameChange',
    'basis',
    ['nameChange'],
    'talabaning arizasi, yangi pasport nusxasi.',
    'заявление студента, копия нового паспорта.',
  ),
  clause(
    'basis.revocation',
    'basis',
    ['revocation'],
    'dekan bildirgisi, registrator ofisining xulosasi.',
    'представление декана, заключение офиса регистратора.',
  ),
];

export interface DefaultTexts {
  preambleUz: string;
  preambleRu: string;
  basisUz: string;
  basisRu: string;
  controlUz: string;
  controlRu: string;
}

/**
 * The texts a new order of this type starts with: per kind, the default clause made for the type, else
 * the default made for every type (no types), else nothing.
 */
export function defaultTextsFor(clauses: readonly Clause[], type: OrderType): DefaultTexts {
  const pick = (kind: Clause['kind']) =>
    clauses.find((c) => c.kind === kind && c.isDefault && c.types.includes(type)) ??
    clauses.find((c) => c.kind === kind && c.isDefault && c.types.length === 0);
  const [preamble, basis, control] = (['preamble', 'basis', 'control'] as const).map(pick);
  return {
    preambleUz: preamble?.textUz ?? '',
    preambleRu: preamble?.textRu ?? '',
    basisUz: basis?.textUz ?? '',
    basisRu: basis?.textRu ?? '',
    controlUz: control?.textUz ?? '',
    controlRu: control?.textRu ?? '',
  };
}

/**
 * Why a library cannot be saved, by row: an id used twice; two defaults of one kind for one type (or two
 * defaults for every type), so a new order would not know which to copy. A type-specific default and a
 * general one may coexist: the specific one wins for its types.
 */
export function clauseProblems(clauses: readonly Clause[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const ids = new Map<string, number>();
  const defaults = new Map<string, number>();
  clauses.forEach((c, i) => {
    const first = ids.get(c.id);
    if (first !== undefined)
      issues.push({ path: `clauses.${i}.id`, key: 'orders.clauses.duplicateId', params: { row: first + 1 } });
    else ids.set(c.id, i);
    if (!c.isDefault) return;
    for (const type of c.types.length ? [...new Set(c.types)] : ['*']) {
      const key = `${c.kind}:${type}`;
      const other = defaults.get(key);
      if (other !== undefined) {
        issues.push(
          type === '*'
            ? { path: `clauses.${i}.isDefault`, key: 'orders.clauses.twoGeneralDefaults', params: { row: other + 1 } }
            : { path: `clauses.${i}.isDefault`, key: 'orders.clauses.twoDefaults', params: { row: other + 1, type } },
        );
        break;
      }
      defaults.set(key, i);
    }
  });
  return issues;
}
