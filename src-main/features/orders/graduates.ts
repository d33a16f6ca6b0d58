import type { ChannelOutput, ChannelParsedInput } from '../../../src-shared/contract';
import { roundHalfUp } from '../../../src-shared/domain/grading';
import { foldedWords } from '../../../src-shared/domain/search-key';
import type { Sqlite } from '../../db/connection';

type Input = ChannelParsedInput<'orders.graduates'>;
type Output = ChannelOutput<'orders.graduates'>;
type Graduate = Output['items'][number];

/**
 * Each graduate's graduation: the latest applied graduation order naming them (number, date, effective
 * date), else a graduation movement recorded without an order (a graduate taken over from HEMIS).
 */
const GRADUATION = `
  with by_order as (
    select l.student_id, o.number, o.order_date, l.effective_date,
           row_number() over (partition by l.student_id order by l.effective_date desc, o.applied_at desc) as n
      from order_lines l join orders o on o.id = l.order_id
     where o.type = 'graduation' and o.status = 'applied'
  ),
  by_movement as (
    select student_id, max(effective_date) as effective_date
      from student_movements where kind = 'graduation' group by student_id
  ),
  graduates as (
    select s.*, bo.number as order_number, bo.order_date,
           coalesce(bo.effective_date, bm.effective_date, '') as graduated_on
      from students s
      left join by_order bo on bo.student_id = s.id and bo.n = 1
      left join by_movement bm on bm.student_id = s.id
     where s.status = '14'
  )`;

function filters(input: Input): { sql: string; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (input.year !== undefined) {
    where.push('substr(g.graduated_on, 1, 4) = ?');
    params.push(String(input.year));
  }
  if (input.departmentId) {
    where.push('g.department_id = ?');
    params.push(input.departmentId);
  }
  const search = input.search?.trim() ?? '';
  if (search) {
    // Every typed word starts a word of the folded name (as the counter's search folds it), or the ID matches.
    const words = foldedWords(search);
    const byName = words.map(() => `(' ' || g.search_text || ' ') like ? escape '\\'`);
    const escaped = words.map((w) => `% ${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(${[...(byName.length ? [byName.join(' and ')] : []), 'g.student_id_number = ?'].join(' or ')})`);
    params.push(...escaped, search);
  }
  return { sql: where.length ? `where ${where.join(' and ')}` : '', params };
}

/** GPA over all years (DOMAIN §2.3 `all_year`) from the running sums, for one page of graduates. */
function gpaOf(db: Sqlite, ids: readonly string[]): Map<string, number | null> {
  const rows = db
    .prepare(
      `select student_id as studentId, sum(weighted) as weighted, sum(credits) as credits from gpa_totals
        where subjects > 0 and student_id in (select value from json_each(?)) group by student_id`,
    )
    .all(JSON.stringify(ids)) as { studentId: string; weighted: number; credits: number }[];
  return new Map(rows.map((r) => [r.studentId, r.credits > 1e-9 ? roundHalfUp(r.weighted / r.credits, 1) : null]));
}

/** The graduate list (status 14), newest graduation first: the basis of the graduate databank. */
export function listGraduates(db: Sqlite, input: Input): Output {
  const where = filters(input);
  const total = (
    db.prepare(`${GRADUATION} select count(*) as n from graduates g ${where.sql}`).get(...where.params) as {
      n: number;
    }
  ).n;
  const rows = db
    .prepare(
      `${GRADUATION}
       select g.id, g.last_name_lat, g.first_name_lat, g.patronymic_lat, g.student_id_number, g.education_form,
              g.payment_form, g.order_number, g.order_date, g.graduated_on, d.name_uz_latn as department_name,
              sp.name_uz_latn as specialty_name, gr.name as group_name
         from graduates g
         left join departments d on d.id = g.department_id
         left join specialties sp on sp.id = g.specialty_id
         left join groups gr on gr.id = g.group_id
         ${where.sql}
        order by g.graduated_on desc, g.last_name_lat, g.first_name_lat, g.id
        limit ? offset ?`,
    )
    .all(...where.params, input.limit, input.offset) as Record<string, string | null>[];
  const gpa = gpaOf(
    db,
    rows.map((r) => r.id as string),
  );
  const items: Graduate[] = rows.map((r) => ({
    studentId: r.id as string,
    fullName: [r.last_name_lat, r.first_name_lat, r.patronymic_lat].filter(Boolean).join(' '),
    studentIdNumber: r.student_id_number ?? null,
    departmentName: r.department_name ?? null,
    specialtyName: r.specialty_name ?? null,
    groupName: r.group_name ?? null,
    educationForm: r.education_form ?? null,
    paymentForm: r.payment_form ?? null,
    gpa: gpa.get(r.id as string) ?? null,
    orderNumber: r.order_number ?? null,
    orderDate: r.order_date ?? null,
    graduatedOn: r.graduated_on ?? '',
  }));
  return { items, total };
}
