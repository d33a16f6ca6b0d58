import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { seedAcademic, type AcademicFixture } from '../../../test/support/academic-fixtures';
import { addExam, addLessons } from '../../../test/support/attendance-fixtures';
import { startHarness, type Harness } from '../../../test/support/harness';
import { SAMPLE_INPUTS } from '../../../test/support/sample-inputs';

/** The text of a rendered .docx, runs joined per paragraph, and the raw XML for structure checks. */
async function docxOf(base64: string): Promise<{ xml: string; text: string }> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
  return { xml, text };
}

const SUBJECT_NAMES = [
  'Oliy matematika',
  'Fizika',
  'Iqtisodiyot nazariyasi',
  'Mikroiqtisodiyot',
  'Makroiqtisodiyot',
  'Statistika',
  'Buxgalteriya hisobi',
  'Moliya',
];

/**
 * `count` results over semesters 11…18 for one student, written straight into the tables the grades
 * feature reads (its own triggers keep the GPA sums): a transcript long enough for several pages.
 */
function seedResults(h: Harness, f: AcademicFixture, studentId: string, count: number) {
  const db = h.backend.services.store.writer;
  for (let k = 1; k <= count; k++) {
    const sem = 11 + Math.floor(((k - 1) * 8) / count);
    const year = String(2024 + Math.floor((sem - 11) / 2));
    const subjectId = uuidv7();
    db.prepare(`insert into subjects (id, code, name_uz_latn, name_en) values (?, ?, ?, ?)`).run(
      subjectId,
      `S${k}`,
      `${SUBJECT_NAMES[k % SUBJECT_NAMES.length]} ${k}`,
      k === 1 ? 'Higher Mathematics 1' : '',
    );
    const cs = uuidv7();
    const credit = [4, 5, 6, 3][k % 4]!;
    db.prepare(
      `insert into curriculum_subjects (id, curriculum_id, subject_id, semester, credit, total_hours, rating_grade, position)
       values (?, ?, ?, ?, ?, ?, '11', ?)`,
    ).run(cs, f.curriculumId, subjectId, String(sem), credit, credit * 30, k);
    const score = 60 + ((k * 37) % 41);
    const grade = score >= 90 ? 5 : score >= 70 ? 4 : 3;
    db.prepare(
      `insert into academic_records (id, student_id, subject_id, curriculum_subject_id, semester, education_year, credit,
         total_point, grade, rating_grade, marking_system, source, created_by, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, '11', '13', 'manual', 'test', '2026-01-01T00:00:00Z')`,
    ).run(uuidv7(), studentId, subjectId, cs, String(sem), year, credit, score, grade);
  }
}

describe('academic documents', () => {
  let h: Harness;
  let f: AcademicFixture;
  let front: string;
  const st = (i: number) => f.students[i]!;
  const issue = (type: string, studentId: string, lang: string, extra: Record<string, unknown> = {}) =>
    h.ok('documents.issue', { type, studentId, lang, ...extra }, front);
  const render = async (id: string) => docxOf((await h.ok('documents.render', { id, format: 'docx' }, front)).data);
  const pdfPages = async (id: string) => {
    const pdf = Buffer.from((await h.ok('documents.render', { id, format: 'pdf' }, front)).data, 'base64');
    return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
  };

  beforeEach(async () => {
    h = await startHarness();
    f = seedAcademic(h.backend.services.store.writer);
    await h.ok(
      'institution.update',
      {
        ...SAMPLE_INPUTS['institution.update'],
        nameUzLatn: 'Fargʻona davlat universiteti',
        nameRu: 'Ферганский государственный университет',
        nameEn: 'Fergana State University',
        signatories: [
          { role: 'dean', position: 'Iqtisodiyot fakulteti dekani', fullName: 'A. Karimov' },
          { role: 'office_head', position: 'Registrator ofisi boshligʻi', fullName: 'N. Qoʻchqorova' },
        ],
      },
      h.adminToken,
    );
    front = await h.signInAs('front_office');
  });
  afterEach(() => h.dispose());

  describe('transcript', () => {
    it('prints the grades feature’s own figures: rows by semester, letters, GPA, the scale, the dean', async () => {
      const back = await h.signInAs('back_office', 'dekanat');
      const cs = (code: string) => f.subjects.find((s) => s.code === code)!.id;
      const sheet = (code: string, scores: number[]) => ({
        curriculumSubjectId: cs(code),
        entries: scores.map((score, i) => ({ studentId: st(i).id, value: { score } })),
      });
      await h.ok('grades.record', sheet('MAT', [92, 55]), back);
      await h.ok('grades.record', sheet('FIZ', [88, 75]), back);
      await h.ok('grades.record', sheet('KURS', [95]), back);
      await h.ok('grades.record', sheet('TAR', [71]), back);
      const card = await h.ok('grades.transcript', { studentId: st(0).id }, back);

      const doc = await issue('transcript', st(0).id, 'uz-Latn');
      const { text, xml } = await render(doc.id);
      for (const t of [
        'AKADEMIK MAʼLUMOTNOMA',
        'TRANSCRIPT OF ACADEMIC RECORDS',
        'FARGʻONA DAVLAT UNIVERSITETI',
        'FERGANA STATE UNIVERSITY',
        st(0).name,
        '1-semestr (2024-2025 oʻquv yili) / Semester 1 (2024-2025 academic year)',
        '2-semestr (2024-2025 oʻquv yili) / Semester 2 (2024-2025 academic year)',
        'Oliy matematika',
        'A+',
        `GPA ${card.semesters[0]!.gpa}`,
        'Umumiy GPA (barcha yillar) / Cumulative GPA (all years)',
        '4.51–5.00',
        '91–100',
        'Iqtisodiyot fakulteti dekani',
        'A. Karimov',
      ])
        expect(text).toContain(t);
      // The overall GPA as the card has it (one decimal, HEMIS rounding), not recomputed.
      expect(card.overall.gpa).toBe(4.5);
      expect(text).toMatch(/Cumulative GPA \(all years\)\n4\.5\n/);
      expect(xml).toContain('w:tblHeader');

      // A failing student's result prints as it is: grade 2 and no letter.
      const failing = await render((await issue('transcript', st(1).id, 'en')).id);
      expect(failing.text).toContain('TRANSCRIPT OF ACADEMIC RECORDS');
      expect(failing.text).not.toContain('AKADEMIK');
      expect(failing.text).toMatch(/Oliy matematika\n—\n6\n55\n2\n—/);
    });

    it('fits 44 results on several pages with the header row repeated, hours from the curriculum', async () => {
      seedResults(h, f, st(2).id, 44);
      const doc = await issue('transcript', st(2).id, 'uz-Latn');
      const { text, xml } = await render(doc.id);
      expect(text).toContain('8-semestr (2027-2028 oʻquv yili) / Semester 8 (2027-2028 academic year)');
      expect(text).toContain('Higher Mathematics 1');
      // Numbered through all semesters: the last row is 44.
      expect(text).toMatch(/\n44\n[^\n\d][^\n]*\n/);
      expect(text).not.toMatch(/\n45\n[^\n\d]/);
      expect(text).toContain('\n180\n6\n'); // hours of a 6-credit subject
      expect(xml.match(/w:tblHeader/g)?.length).toBeGreaterThanOrEqual(2);
      expect(await pdfPages(doc.id)).toBeGreaterThanOrEqual(3);
    });

    it('is issued to expelled and graduated students too', async () => {
      h.backend.services.store.writer.prepare("update students set status = '12' where id = ?").run(st(0).id);
      const preview = await h.ok('documents.preview', { type: 'transcript', studentId: st(0).id, lang: 'en' }, front);
      expect(preview.holds).toEqual([]);
      expect(preview.html).toContain('Expelled');
      expect((await issue('transcript', st(0).id, 'en')).registerNumber).toBe('1/2026');
    });
  });

  describe('GPA certificate', () => {
    it('prints GPA per year and overall and the credits earned, as the grades card has them', async () => {
      seedResults(h, f, st(0).id, 16);
      const back = await h.signInAs('back_office', 'dekanat');
      const card = await h.ok('grades.transcript', { studentId: st(0).id }, back);
      const ru = await render((await issue('gpa', st(0).id, 'ru')).id);
      expect(ru.text).toContain('СПРАВКА О СРЕДНЕМ БАЛЛЕ УСПЕВАЕМОСТИ (GPA)');
      for (const y of card.years)
        expect(ru.text).toContain(
          `${y.educationYear}-${Number(y.educationYear) + 1} учебный год\n${String(y.creditSum)}\n${String(y.gpa).replace('.', ',')}`,
        );
      expect(ru.text).toContain(
        `За все годы\n${card.overall.creditSum}\n${String(card.overall.gpa).replace('.', ',')}`,
      );
      expect(ru.text).toContain(`Освоено кредитов\n${card.creditsEarned}`);
      const en = await render((await issue('gpa', st(0).id, 'en')).id);
      expect(en.text).toContain('GRADE POINT AVERAGE (GPA) CERTIFICATE');
      expect(en.text).toContain(`All years (cumulative)\n${card.overall.creditSum}\n${card.overall.gpa}`);
      expect(en.text).toContain('A. Karimov');
    });
  });

  describe('summons', () => {
    const partTime = (i: number, form: string, course: number) =>
      h.backend.services.store.writer
        .prepare('update students set education_form = ?, course = ? where id = ?')
        .run(form, course, st(i).id);
    /** An extramural session in January: lessons, then final exams; a JN before it and a re-sit after it. */
    function scheduleSession() {
      const db = h.backend.services.store.writer;
      const subjectId = f.subjects[0]!.subjectId;
      addLessons(db, [
        { groupId: f.groupId, subjectId, date: '2027-01-11', pair: '1', start: '09:00', end: '10:20' },
        { groupId: f.groupId, subjectId, date: '2027-01-20', pair: '2', start: '10:30', end: '11:50' },
      ]);
      addExam(db, { groupId: f.groupId, subjectId, date: '2026-12-20', start: '09:00', type: '11' });
      addExam(db, { groupId: f.groupId, subjectId, date: '2027-01-25', start: '09:00' });
      addExam(db, { groupId: f.groupId, subjectId: f.subjects[1]!.subjectId, date: '2027-02-02', start: '09:00' });
      addExam(db, { groupId: f.groupId, subjectId, date: '2027-02-20', start: '09:00', attempt: '12' });
    }

    it('calls an extramural student: session from the timetable, two parts with one number, art. 385', async () => {
      partTime(0, '13', 3);
      scheduleSession();
      const doc = await issue('summons', st(0).id, 'uz-Latn', { params: { employer: '“Fargʻonaazot” AJ' } });
      const { text } = await render(doc.id);
      for (const t of [
        'CHAQIRUV QOGʻOZI',
        `№ ${doc.registerNumber}`,
        '“Fargʻonaazot” AJ',
        st(0).name,
        'Sirtqi',
        '3-kurs',
        // Lessons and exams of the session, the JN before it and the re-sit after it left out.
        '11.01.2027 dan 02.02.2027 gacha',
        'Kalendar kunlar soni\n23',
        'kamida 40 kalendar kun',
        'Oʻzbekiston Respublikasi Mehnat kodeksining 385-moddasi',
        'kesib olinadi',
        'TASDIQNOMA',
        `№ ${doc.registerNumber} chaqiruv qogʻoziga`,
        'A. Karimov',
      ])
        expect(text).toContain(t);
      const snapshot = h.backend.services.store.reader
        .prepare('select snapshot from issued_documents where id = ?')
        .get(doc.id) as { snapshot: string };
      expect(JSON.parse(snapshot.snapshot)).toMatchObject({
        sessionFrom: '11.01.2027',
        sessionTo: '02.02.2027',
        employer: '“Fargʻonaazot” AJ',
        leaveDays: 40,
      });
    });

    it('evening students are called for the final controls only; typed dates win over the timetable', async () => {
      partTime(1, '12', 1);
      scheduleSession();
      const evening = await render((await issue('summons', st(1).id, 'ru')).id);
      expect(evening.text).toContain('с 25.01.2027 по 02.02.2027');
      expect(evening.text).toContain('не менее 20 календарных дней');
      const typed = await render(
        (
          await issue('summons', st(1).id, 'ru', {
            params: { sessionFrom: '2027-01-24', sessionTo: '2027-02-12', sessionKind: 'attestation' },
          })
        ).id,
      );
      expect(typed.text).toContain('с 24.01.2027 по 12.02.2027');
      expect(typed.text).toContain('Количество календарных дней\n20');
      expect(typed.text).toContain('Итоговая государственная аттестация');
      const bad = await h.call(
        'documents.issue',
        {
          type: 'summons',
          studentId: st(1).id,
          lang: 'ru',
          params: { sessionFrom: '2027-02-12', sessionTo: '2027-01-24' },
        },
        front,
      );
      expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    });

    it('distance students without a timetable: VMQ 559, 15 days, lines to fill by hand', async () => {
      partTime(2, '16', 2);
      const { text } = await render((await issue('summons', st(2).id, 'uz-Cyrl')).id);
      expect(text).toContain('ЧАҚИРУВ ҚОҒОЗИ');
      expect(text).toContain('«___» ____________ 20___ й. дан «___» ____________ 20___ й. гача');
      expect(text).toContain('камида 15 календарь кун');
      expect(text).toContain('Вазирлар Маҳкамасининг 03.10.2022 йилдаги 559-сон қарори, 22-банд');
    });

    it('holds a full-time student, and a part-time one on academic leave', async () => {
      const preview = await h.ok('documents.preview', { type: 'summons', studentId: st(3).id, lang: 'uz-Latn' }, front);
      expect(preview.holds.map((x) => x.rule)).toEqual(['notPartTime']);
      const refused = await h.call('documents.issue', { type: 'summons', studentId: st(3).id, lang: 'uz-Latn' }, front);
      expect(!refused.ok && refused.error.key).toBe('error.documents.held');
      partTime(3, '13', 1);
      h.backend.services.store.writer.prepare("update students set status = '13' where id = ?").run(st(3).id);
      const onLeave = await h.ok('documents.preview', { type: 'summons', studentId: st(3).id, lang: 'uz-Latn' }, front);
      expect(onLeave.holds.map((x) => x.rule)).toEqual(['notStudying']);
    });
  });

  describe('student ID card', () => {
    /** A 2×2 PNG: enough for the card to embed, and to tell apart from the QR code. */
    const PHOTO =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';

    it('prints the card with the photo kept in the snapshot, the QR and crop marks', async () => {
      await h.ok('students.setPhoto', { id: st(0).id, photo: PHOTO, thumb: '' }, h.adminToken);
      const doc = await issue('student-card', st(0).id, 'uz-Latn');
      const { text, xml } = await render(doc.id);
      for (const t of [
        'FARGʻONA DAVLAT UNIVERSITETI',
        'TALABA GUVOHNOMASI',
        st(0).name,
        st(0).idNumber,
        'Iqtisodiyot fakulteti',
        '2-kurs, Kunduzgi',
        'IQT-24',
        'Amal qilish muddati: 31.08.2027',
        'A. Karimov',
        `№ ${doc.registerNumber}`,
      ])
        expect(text).toContain(t);
      expect(xml.match(/<w:drawing>/g)?.length).toBe(2); // the photo and the QR
      expect(xml).toMatch(/w:hRule="exact"/);

      // A new photo later does not change the card already issued.
      await h.ok('students.setPhoto', { id: st(0).id, photo: '', thumb: '' }, h.adminToken);
      const again = await render(doc.id);
      expect(again.xml.match(/<w:drawing>/g)?.length).toBe(2);
      const html = await h.ok('documents.render', { id: doc.id, format: 'html' }, front);
      expect(html.data).toContain(PHOTO);
      expect(await pdfPages(doc.id)).toBe(1);
    });

    it('is held for a student who is not studying', async () => {
      h.backend.services.store.writer.prepare("update students set status = '14' where id = ?").run(st(1).id);
      const preview = await h.ok('documents.preview', { type: 'student-card', studentId: st(1).id, lang: 'en' }, front);
      expect(preview.holds.map((x) => x.rule)).toEqual(['notStudying']);
      expect(preview.html).toContain('Photo 3×4');
    });
  });

  describe('dormitory certificate', () => {
    it('prints the typed building, room and order, and lines for what the app does not know', async () => {
      const doc = await issue('dormitory', st(0).id, 'uz-Latn', {
        params: { dormitory: '3-son talabalar turar joyi', room: '214', placementOrder: '№ 45-T, 01.09.2026' },
      });
      const { text } = await render(doc.id);
      for (const t of [
        'TALABALAR TURAR JOYIDA YASHASHI HAQIDA MAʼLUMOTNOMA',
        st(0).name,
        'Yashash joyi\nTalabalar turar joyida',
        'Turar joy (bino, manzil)\n3-son talabalar turar joyi',
        'Xona raqami\n214',
        'Joylashtirish toʻgʻrisidagi buyruq\n№ 45-T, 01.09.2026',
        'Turar joy shartnomasi\n№ ________ «___» ____________ 20___ y.',
        'Talabalar turar joyi mudiri',
        'A. Karimov',
      ])
        expect(text).toContain(t);
      const ru = await render((await issue('dormitory', st(0).id, 'ru')).id);
      expect(ru.text).toContain('СПРАВКА О ПРОЖИВАНИИ В СТУДЕНЧЕСКОМ ОБЩЕЖИТИИ');
      expect(ru.text).toContain('Номер комнаты\n \n'); // an empty cell to write in
    });
  });

  describe('exam list', () => {
    it('lists the group’s controls of the year, by semester, with re-sits marked', async () => {
      const db = h.backend.services.store.writer;
      const subject = (code: string) => f.subjects.find((s) => s.code === code)!.subjectId;
      db.prepare(`update subjects set name_en = 'Higher Mathematics', name_ru = 'Высшая математика' where id = ?`).run(
        subject('MAT'),
      );
      addExam(db, { groupId: f.groupId, subjectId: subject('FIZ'), date: '2027-01-15', start: '13:30', room: 'B-105' });
      addExam(db, { groupId: f.groupId, subjectId: subject('MAT'), date: '2027-01-12', start: '09:00', room: '214' });
      addExam(db, { groupId: f.groupId, subjectId: subject('MAT'), date: '2027-02-05', start: '10:00', attempt: '12' });
      const back = await h.signInAs('back_office', 'dekanat');
      const screen = await h.ok('attendance.studentExams', { studentId: st(0).id }, back);
      expect(screen.exams).toHaveLength(3);

      const { text } = await render((await issue('exam-list', st(0).id, 'uz-Latn')).id);
      expect(text).toContain('TALABANING NAZORAT TADBIRLARI JADVALI\n2026-2027 oʻquv yili');
      expect(text).toContain('3-semestr');
      expect(text).toContain('1\n12.01.2027\n09:00\nOliy matematika\nYakuniy nazorat\n214');
      expect(text).toContain('2\n15.01.2027\n13:30\nFizika\nYakuniy nazorat\nB-105');
      expect(text).toContain('3\n05.02.2027\n10:00\nOliy matematika\nYakuniy nazorat (1-qayta topshirish)\n');
      const en = await render((await issue('exam-list', st(0).id, 'en')).id);
      expect(en.text).toContain('Higher Mathematics\nFinal control');
      const ru = await render((await issue('exam-list', st(0).id, 'ru')).id);
      expect(ru.text).toContain('Высшая математика\nИтоговый контроль');
      expect(ru.text).toContain('Физика'); // no Russian name: the Uzbek one in Cyrillic, never Latin
    });

    it('a student without a group gets the page saying nothing is scheduled', async () => {
      h.backend.services.store.writer.prepare('update students set group_id = null where id = ?').run(st(1).id);
      const preview = await h.ok('documents.preview', { type: 'exam-list', studentId: st(1).id, lang: 'en' }, front);
      expect(preview.html).toContain('No controls are scheduled for the group');
    });
  });
});
