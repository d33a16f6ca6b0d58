import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePinfl } from '../../../src-shared/domain/pinfl';
import { startHarness, type Harness } from '../../../test/support/harness';
import { generateDemo } from '../demo/generate';

const pinfl = makePinfl('2005-04-12', 'male', 26, 17);
const base = {
  lastNameLat: "Jo'rayev",
  firstNameLat: 'Bobur',
  patronymicLat: "Shavkat o'g'li",
  lastNamePassport: 'DJURAEV',
  firstNamePassport: 'BOBUR',
  pinfl,
  passport: 'AB 1234567',
  phone: '90 123 45 67',
};

describe('student registry', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.dispose());

  it('creates a student with normalised names, the other script filled, and finds it every way', async () => {
    const front = await h.signInAs('front_office', 'kassa');
    const created = await h.ok('students.create', base, front);
    expect(created).toMatchObject({
      lastNameLat: 'Joʻrayev',
      lastNameCyr: 'Жўраев',
      patronymicLat: 'Shavkat oʻgʻli',
      pinfl,
      passport: 'AB1234567',
      phone: '+998901234567',
      birthDate: '2005-04-12',
      gender: '11',
      identifiersMasked: false,
    });
    for (const query of [
      'Joʻrayev',
      "jo'rayev bobur",
      'JO`RAYEV',
      'Жўраев',
      'жўраев бобур',
      'Djuraev',
      'Juraev Bobur',
      'Bobur Joʻr',
      'Shavkat',
      pinfl,
      'ab 1234567',
      '+998 90 123-45-67',
      '901234567',
    ]) {
      const { items } = await h.ok('students.search', { query }, front);
      expect(
        items.map((i) => i.id),
        query,
      ).toContain(created.id);
    }
    const { items } = await h.ok('students.search', { query: 'Karimov' }, front);
    expect(items).toEqual([]);
  });

  it('names every bad field and writes nothing', async () => {
    const front = await h.signInAs('front_office');
    const res = await h.call(
      'students.create',
      { lastNameLat: '=cmd()', firstNameLat: '', pinfl: '123', birthDate: '2031-01-01', phone: '12' },
      front,
    );
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.details?.issues?.map((i) => `${i.path}:${i.key}`).sort()).toEqual([
        'birthDate:validation.birthDateFuture',
        'firstNameLat:validation.required',
        'lastNameLat:validation.nameFormula',
        'phone:validation.invalidPhone',
        'pinfl:validation.pinfl.format',
      ]);
    }
    expect((await h.ok('audit.list', { entity: 'students' }, h.adminToken)).total).toBe(0);
  });

  it('a failed PINFL check digit needs a head to accept it', async () => {
    const bad = pinfl.slice(0, 13) + String((Number(pinfl[13]) + 1) % 10);
    const front = await h.signInAs('front_office');
    const refused = await h.call('students.create', { ...base, pinfl: bad }, front);
    expect(!refused.ok && refused.error.details?.issues).toEqual([{ path: 'pinfl', key: 'warning.pinflCheckDigit' }]);
    const notHead = await h.call(
      'students.create',
      { ...base, pinfl: bad, acceptWarnings: ['pinfl:warning.pinflCheckDigit'] },
      front,
    );
    expect(!notHead.ok && notHead.error.details?.issues?.[0]?.key).toBe('error.pinflCheckDigitNeedsHead');
    const head = await h.signInAs('head');
    const accepted = await h.ok(
      'students.create',
      { ...base, pinfl: bad, acceptWarnings: ['pinfl:warning.pinflCheckDigit'] },
      head,
    );
    expect(accepted.pinflCheckAccepted).toBe(true);
    const dup = await h.call('students.create', { ...base, pinfl: bad, passport: null }, head);
    expect(!dup.ok && dup.error.details?.issues?.map((i) => i.key)).toContain('error.pinflTaken');
  });

  it('masks identifiers for the viewer and archive; a reveal is audited with its reason', async () => {
    const created = await h.ok('students.create', base, h.adminToken);
    const viewer = await h.signInAs('viewer');
    const archive = await h.signInAs('archive', 'arxiv');
    const seen = await h.ok('students.get', { id: created.id }, viewer);
    expect(seen.identifiersMasked).toBe(true);
    expect(seen.pinfl).toMatch(/^\d•+\d{4}$/);
    expect(seen.passport).toBe('AB•••4567');
    const found = await h.ok('students.search', { query: 'Joʻrayev' }, viewer);
    expect(found.items[0]?.pinfl).not.toBe(pinfl);
    expect((await h.call('students.revealIdentifiers', { id: created.id, reason: 'arxiv soʻrovi' }, viewer)).ok).toBe(
      false,
    );
    const revealed = await h.ok('students.revealIdentifiers', { id: created.id, reason: 'arxiv soʻrovi' }, archive);
    expect(revealed).toEqual({ pinfl, passport: 'AB1234567' });
    const { entries } = await h.ok('audit.list', { command: 'students.revealIdentifiers' }, h.adminToken);
    expect(entries[0]?.actorLogin).toBe('arxiv');
    expect(JSON.stringify(entries[0]?.changes)).toContain('arxiv soʻrovi');
  });

  it('the card history lists every change with before and after', async () => {
    const front = await h.signInAs('front_office', 'kassa');
    const created = await h.ok('students.create', base, front);
    await h.ok('students.update', { ...base, id: created.id, phone: '+998 91 765 43 21' }, front);
    const history = await h.ok('students.history', { id: created.id }, front);
    expect(history.map((e) => e.command)).toEqual(['students.update', 'students.create']);
    expect(history[0]?.changes).toEqual([{ field: 'phone', before: '+998901234567', after: '+998917654321' }]);
    expect(history[0]?.actorLogin).toBe('kassa');
  });

  it('searches a demo institution by Cyrillic, apostrophes, Russified spellings, group and ids', async () => {
    const { services } = h.backend;
    await services.jobs.start('demo', null, (job) =>
      generateDemo(services, { id: null, login: 'test', kind: 'system' }, { students: 600, seed: 7 }, job),
    ).done;
    const r = services.store.reader;
    const s = r
      .prepare(
        `select s.*, g.name as group_name from students s join groups g on g.id = s.group_id
          where s.last_name_passport like 'DJ%' or s.last_name_lat like '%ʻ%' limit 1`,
      )
      .get() as {
      id: string;
      last_name_lat: string;
      first_name_lat: string;
      last_name_cyr: string;
      first_name_cyr: string;
      last_name_passport: string;
      first_name_passport: string;
      student_id_number: string;
      passport: string;
      group_name: string;
    };
    const token = h.adminToken;
    const queries = [
      `${s.last_name_cyr} ${s.first_name_cyr}`,
      `${s.last_name_lat.replace(/ʻ/g, "'")} ${s.first_name_lat}`,
      `${s.last_name_passport} ${s.first_name_passport}`,
      `${s.first_name_lat.slice(0, 3)} ${s.last_name_lat.slice(0, 4)}`,
      s.student_id_number,
      s.passport,
      s.group_name,
    ];
    for (const query of queries) {
      const { items } = await h.ok('students.search', { query, limit: 50 }, token);
      expect(
        items.map((i) => i.id),
        query,
      ).toContain(s.id);
    }
    const exact = await h.ok('students.search', { query: s.student_id_number }, token);
    expect(exact.items[0]).toMatchObject({ id: s.id, match: 'studentId' });
    const byName = await h.ok('students.search', { query: `${s.last_name_lat} ${s.first_name_lat}`, limit: 50 }, token);
    expect(byName.items[0]?.match).toBe('name');
  });

  it('a PINFL a head accepted stays accepted: a clerk can still edit the phone', async () => {
    const bad = pinfl.slice(0, 13) + String((Number(pinfl[13]) + 1) % 10);
    const head = await h.signInAs('head');
    const created = await h.ok(
      'students.create',
      { ...base, pinfl: bad, acceptWarnings: ['pinfl:warning.pinflCheckDigit'] },
      head,
    );
    const front = await h.signInAs('front_office');
    const edited = await h.ok('students.update', { ...base, pinfl: bad, id: created.id, phone: '91 765 43 21' }, front);
    expect(edited).toMatchObject({ phone: '+998917654321', pinflCheckAccepted: true });
    const other = makePinfl('2005-04-13', 'male', 26, 17);
    const otherBad = other.slice(0, 13) + String((Number(other[13]) + 1) % 10);
    const changed = await h.call(
      'students.update',
      { ...base, id: created.id, pinfl: otherBad, birthDate: null },
      front,
    );
    expect(!changed.ok && changed.error.details?.issues?.[0]?.key).toBe('warning.pinflCheckDigit');
  });

  it('the history masks identifiers for roles that see them masked, and lists a photo change once', async () => {
    const created = await h.ok('students.create', base, h.adminToken);
    const tiny = 'data:image/png;base64,iVBORw0KGgo=';
    await h.ok('students.setPhoto', { id: created.id, photo: tiny, thumb: tiny }, h.adminToken);
    const viewer = await h.signInAs('viewer');
    const history = await h.ok('students.history', { id: created.id }, viewer);
    expect(history[0]?.changes).toEqual([{ field: 'photo', before: null, after: null }]);
    const creation = history.find((e) => e.command === 'students.create');
    expect(creation?.changes.find((c) => c.field === 'pinfl')?.after).toMatch(/^\d•+\d{4}$/);
    expect(creation?.changes.some((c) => c.after === null)).toBe(false);
    expect(JSON.stringify(history)).not.toContain(pinfl);
    const full = await h.ok('students.history', { id: created.id }, h.adminToken);
    expect(JSON.stringify(full)).toContain(pinfl);
  });

  it('a group prefix finds the students of every matching group', async () => {
    const { services } = h.backend;
    await services.jobs.start('demo', null, (job) =>
      generateDemo(services, { id: null, login: 'test', kind: 'system' }, { students: 300, seed: 3 }, job),
    ).done;
    const g = services.store.reader.prepare("select name from groups where name like '%-%-%' limit 1").get() as {
      name: string;
    };
    const prefix = g.name.split('-').slice(0, 2).join('-');
    const { items } = await h.ok('students.search', { query: prefix, limit: 200 }, h.adminToken);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.group?.toUpperCase().startsWith(prefix.toUpperCase()))).toBe(true);
  });
});
