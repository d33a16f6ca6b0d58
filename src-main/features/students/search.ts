import type { Statement } from 'better-sqlite3';
import type { Role } from '../../../src-shared/contract/roles';
import type { StudentListItem } from '../../../src-shared/contract/students';
import {
  indexedWords,
  nameMatchExpressions,
  parseStudentQuery,
  queryWords,
  scoreNameMatch,
} from '../../../src-shared/domain/student-query';
import type { Sqlite } from '../../db/connection';
import { maskPinfl, seesIdentifiers } from './repo';

type MatchKind = StudentListItem['match'];

interface Statements {
  byPinfl: Statement<unknown[]>;
  byPassport: Statement<unknown[]>;
  byPhone: Statement<unknown[]>;
  byStudentId: Statement<unknown[]>;
  byGroup: Statement<unknown[]>;
  byGroupPrefix: Statement<unknown[]>;
  fts: Statement<unknown[]>;
  keys: Statement<unknown[]>;
  rows: Statement<unknown[]>;
}

const statements = new WeakMap<Sqlite, Statements>();

/** Ids travel as one JSON array, so one prepared statement serves any number of rows. */
const BY_ROWIDS = 'where s.rowid in (select value from json_each(?))';

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
      // `KE-24` at the counter means every `KE-24-…` group.
      byGroupPrefix: db.prepare(
        "select s.rowid from students s join groups g on g.id = s.group_id where upper(g.name) like ? || '%' escape '\\' limit 200",
      ),
      fts: db.prepare('select rowid from students_fts where students_fts match ? limit ?'),
      keys: db.prepare(`select s.rowid, s.search_text, s.last_name_lat, s.first_name_lat from students s ${BY_ROWIDS}`),
      rows: db.prepare(
        `select s.rowid, s.id, s.student_id_number, s.pinfl, s.last_name_lat, s.first_name_lat, s.patronymic_lat,
                s.last_name_cyr, s.first_name_cyr, s.patronymic_cyr, s.birth_date, s.course, s.status,
                g.name as group_name, p.thumb
           from students s left join groups g on g.id = s.group_id left join student_photos p on p.id = s.id
           ${BY_ROWIDS}`,
      ),
    };
    statements.set(db, s);
  }
  return s;
}

interface Ranked {
  rowid: number;
  match: MatchKind;
  score: number;
  lastName: string;
  firstName: string;
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
  group_name: string | null;
  thumb: string | null;
}

/** Candidate rowids for name words: word prefixes first, sound-alike keys only while the list is short. */
function nameCandidates(st: Statements, words: string[], want: number): number[] {
  const expressions = nameMatchExpressions(words);
  if (!expressions) return [];
  const hits = new Set<number>();
  for (const expr of [expressions.prefix, expressions.phonetic]) {
    for (const r of st.fts.all(expr, want) as { rowid: number }[]) hits.add(r.rowid);
    if (hits.size >= want) break;
  }
  return [...hits];
}

/**
 * The counter's search (issue 3): exact identifiers first (PINFL, passport, phone, student id,
 * group), then name words through FTS5 (prefixes, then phonetic keys), ranked exact id > whole
 * name > prefixes > sound-alikes. Only the final page is read with its joins.
 */
export function searchStudents(db: Sqlite, rawQuery: string, limit: number, role: Role | null): StudentListItem[] {
  const q = parseStudentQuery(rawQuery);
  const st = prepared(db);
  const exact = new Map<number, { match: MatchKind; score: number }>();
  const add = (rows: unknown[], match: MatchKind, score: number) => {
    for (const r of rows as { rowid: number }[]) if (!exact.has(r.rowid)) exact.set(r.rowid, { match, score });
  };
  if (q.pinfl) add(st.byPinfl.all(q.pinfl), 'pinfl', ID_SCORE);
  if (q.passport) add(st.byPassport.all(q.passport), 'passport', ID_SCORE);
  if (q.phone) add(st.byPhone.all(q.phone), 'phone', ID_SCORE);
  if (q.studentIdNumber) add(st.byStudentId.all(q.studentIdNumber), 'studentId', ID_SCORE);
  if (q.groupName) {
    add(st.byGroup.all(q.groupName), 'group', GROUP_SCORE);
    if (exact.size === 0 && q.groupName.length >= 3) {
      add(st.byGroupPrefix.all(q.groupName.replace(/[\\%_]/g, (c) => `\\${c}`)), 'group', GROUP_SCORE - 1);
    }
  }

  const byName = exact.size === 0 ? nameCandidates(st, q.words, limit * 2) : [];
  const rowids = [...exact.keys(), ...byName];
  if (rowids.length === 0) return [];

  const query = queryWords(q.words);
  const ranked: Ranked[] = (
    st.keys.all(JSON.stringify(rowids)) as {
      rowid: number;
      search_text: string;
      last_name_lat: string;
      first_name_lat: string;
    }[]
  ).map((r) => {
    const hit = exact.get(r.rowid) ?? scoreNameMatch(query, indexedWords(r.search_text));
    const match = 'kind' in hit ? hit.kind : hit.match;
    return { rowid: r.rowid, match, score: hit.score, lastName: r.last_name_lat, firstName: r.first_name_lat };
  });
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      collator.compare(a.lastName, b.lastName) ||
      collator.compare(a.firstName, b.firstName) ||
      a.rowid - b.rowid,
  );
  const page = ranked.slice(0, limit);
  const rows = new Map(
    (st.rows.all(JSON.stringify(page.map((r) => r.rowid))) as Row[]).map((r) => [r.rowid, r] as const),
  );

  const masked = !seesIdentifiers(role);
  return page.flatMap((p) => {
    const r = rows.get(p.rowid);
    if (!r) return [];
    return [
      {
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
        match: p.match,
        score: Math.round(p.score * 100) / 100,
      },
    ];
  });
}
