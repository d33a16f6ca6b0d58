import type { Role } from '../../../src-shared/contract/roles';
import type { StudentListItem } from '../../../src-shared/contract/students';
import { nameMatchExpressions, parseStudentQuery, scoreNameMatch } from '../../../src-shared/domain/student-query';
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../../db/connection';
import { maskPinfl, seesIdentifiers } from './repo';

type MatchKind = StudentListItem['match'];

interface Statements {
  byPinfl: Statement<unknown[]>;
  byPassport: Statement<unknown[]>;
  byPhone: Statement<unknown[]>;
  byStudentId: Statement<unknown[]>;
  byGroup: Statement<unknown[]>;
  fts: Statement<unknown[]>;
}

const statements = new WeakMap<Sqlite, Statements>();

function prepared(db: Sqlite): Statements {
  let s = statements.get(db);
  if (!s) {
    s = {
      byPinfl: db.prepare('select rowid from students where pinfl = ? limit 50'),
      byPassport: db.prepare('select rowid from students where passport = ? limit 50'),
      byPhone: db.prepare('select rowid from students where phone = ? limit 50'),
      byStudentId: db.prepare('select rowid from students where student_id_number = ? limit 50'),
      byGroup: db.prepare(
        'select s.rowid from students s join groups g on g.id = s.group_id where upper(g.name) = ? limit 200',
      ),
      fts: db.prepare('select rowid from students_fts where students_fts match ? limit ?'),
    };
    statements.set(db, s);
  }
  return s;
}

interface Candidate {
  match: MatchKind;
  score: number;
}

const collator = new Intl.Collator('uz');
const ID_SCORE = 1000;
const GROUP_SCORE = 500;

interface Row {
  rowid: number;
  id: string;
  student_id_number: string | null;
  pinfl: string | null;
  last_name_lat: string;
  first_name_lat: string;
  patronymic_lat: string;
  last_name_cyr: string;
  first_name_cyr: string;
  patronymic_cyr: string;
  birth_date: string | null;
  course: number | null;
  status: string;
  search_text: string;
  group_name: string | null;
  thumb: string | null;
}

/**
 * The counter's search (issue 3): exact identifiers first (PINFL, passport, phone, student id,
 * group), then name words through FTS5 — whole words, then prefixes, then phonetic keys — and a
 * score that ranks exact id > full name > prefixes > sound-alikes.
 */
export function searchStudents(db: Sqlite, rawQuery: string, limit: number, role: Role | null): StudentListItem[] {
  const q = parseStudentQuery(rawQuery);
  const st = prepared(db);
  const found = new Map<number, Candidate>();
  const add = (rowids: unknown[], match: MatchKind, score: number) => {
    for (const r of rowids as { rowid: number }[]) {
      const prev = found.get(r.rowid);
      if (!prev || prev.score < score) found.set(r.rowid, { match, score });
    }
  };
  if (q.pinfl) add(st.byPinfl.all(q.pinfl), 'pinfl', ID_SCORE);
  if (q.passport) add(st.byPassport.all(q.passport), 'passport', ID_SCORE);
  if (q.phone) add(st.byPhone.all(q.phone), 'phone', ID_SCORE);
  if (q.studentIdNumber) add(st.byStudentId.all(q.studentIdNumber), 'studentId', ID_SCORE);
  if (q.groupName) add(st.byGroup.all(q.groupName), 'group', GROUP_SCORE);

  const expressions = nameMatchExpressions(q.words);
  const nameHits = new Map<number, MatchKind>();
  if (expressions && found.size === 0) {
    // Strictest first; a looser pass runs only while the list is not full.
    const want = Math.max(limit * 3, 30);
    for (const [kind, expr] of [
      ['name', expressions.exact],
      ['prefix', expressions.prefix],
      ['phonetic', expressions.phonetic],
    ] as const) {
      for (const r of st.fts.all(expr, want) as { rowid: number }[])
        if (!nameHits.has(r.rowid)) nameHits.set(r.rowid, kind);
      if (nameHits.size >= want) break;
    }
  }
  const rowids = [...found.keys(), ...nameHits.keys()];
  if (rowids.length === 0) return [];

  const rows = db
    .prepare(
      `select s.rowid, s.id, s.student_id_number, s.pinfl, s.last_name_lat, s.first_name_lat, s.patronymic_lat,
              s.last_name_cyr, s.first_name_cyr, s.patronymic_cyr, s.birth_date, s.course, s.status, s.search_text,
              g.name as group_name, p.thumb
         from students s left join groups g on g.id = s.group_id left join student_photos p on p.id = s.id
        where s.rowid in (${rowids.map(() => '?').join(',')})`,
    )
    .all(...rowids) as Row[];

  const masked = !seesIdentifiers(role);
  const items: StudentListItem[] = rows.map((r) => {
    let candidate = found.get(r.rowid);
    if (!candidate) {
      const words = r.search_text.split(' ').filter((w) => w && !w.startsWith('~'));
      candidate = { match: nameHits.get(r.rowid) ?? 'phonetic', score: scoreNameMatch(q.words, words) };
    }
    return {
      id: r.id,
      studentIdNumber: r.student_id_number,
      pinfl: masked ? maskPinfl(r.pinfl) : r.pinfl,
      lastName: r.last_name_lat,
      firstName: r.first_name_lat,
      patronymic: r.patronymic_lat,
      lastNameCyr: r.last_name_cyr,
      firstNameCyr: r.first_name_cyr,
      patronymicCyr: r.patronymic_cyr,
      birthDate: r.birth_date,
      group: r.group_name,
      course: r.course,
      status: r.status,
      thumb: r.thumb,
      match: candidate.match,
      score: Math.round(candidate.score * 100) / 100,
    };
  });
  items.sort(
    (a, b) =>
      b.score - a.score ||
      collator.compare(a.lastName, b.lastName) ||
      collator.compare(a.firstName, b.firstName) ||
      a.id.localeCompare(b.id),
  );
  return items.slice(0, limit);
}
