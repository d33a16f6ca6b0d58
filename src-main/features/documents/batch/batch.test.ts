import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedAcademic, type AcademicFixture } from '../../../../test/support/academic-fixtures';
import { startHarness, type Harness } from '../../../../test/support/harness';
import { createBackend } from '../../../backend/create-backend';
import { buildDocx, p, visibleText } from '../templates/docx-fixtures';
import { silentLogger } from '../../../backend/logger';

async function finished(h: Harness, jobId: string) {
  for (;;) {
    const job = h.backend.services.jobs.get(jobId);
    if (job && job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('document batches', () => {
  let h: Harness;
  let f: AcademicFixture;
  let front: string;
  beforeEach(async () => {
    h = await startHarness();
    f = seedAcademic(h.backend.services.store.writer, { students: 30 });
    front = await h.signInAs('front_office');
  });
  afterEach(() => h.dispose());

  const count = (sql: string, ...args: unknown[]) =>
    (h.backend.services.store.reader.prepare(sql).get(...args) as { n: number }).n;

  it('a group as one PDF: an entry per current student, consecutive numbers, one print-ready file', async () => {
    const { jobId, batchId } = await h.ok(
      'documents.batchStart',
      { type: 'enrolment', lang: 'uz-Latn', format: 'pdf', groupId: f.groupId },
      front,
    );
    expect((await finished(h, jobId)).state).toBe('succeeded');
    const batch = await h.ok('documents.batchGet', { batchId }, front);
    expect(batch).toMatchObject({
      status: 'done',
      total: 30,
      issued: 30,
      firstNumber: '1/2026',
      lastNumber: '30/2026',
      groupName: 'IQT-24',
    });
    const file = await h.ok('documents.batchDownload', { batchId }, front);
    const pdf = Buffer.from(file.data, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length).toBe(30);
    const register = await h.ok('documents.list', { type: 'enrolment', limit: 100 }, front);
    expect(register.items.map((d) => d.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('DOCX files, one per student; a student a hold stops is skipped and listed, and uses no number', async () => {
    const w = h.backend.services.store.writer;
    w.prepare("update students set status = '13' where id = ?").run(f.students[2]!.id);
    const ids = f.students.slice(0, 5).map((s) => s.id);
    const { jobId, batchId } = await h.ok(
      'documents.batchStart',
      { type: 'enrolment', lang: 'ru', format: 'docx', studentIds: ids },
      front,
    );
    await finished(h, jobId);
    const batch = await h.ok('documents.batchGet', { batchId }, front);
    expect(batch).toMatchObject({ status: 'done', issued: 4, firstNumber: '1/2026', lastNumber: '4/2026' });
    expect(batch.skipped).toEqual([
      { studentId: f.students[2]!.id, name: expect.any(String), key: 'documents.hold.notStudying' },
    ]);
    const files = readdirSync(batch.outDir).sort();
    expect(files).toHaveLength(4);
    const zip = await JSZip.loadAsync(
      Buffer.from((await h.ok('documents.batchDownload', { batchId }, front)).data, 'base64'),
    );
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(files);
    const inner = await JSZip.loadAsync(await zip.file(names[0]!)!.async('nodebuffer'));
    expect(await inner.file('word/document.xml')!.async('string')).toContain('СПРАВКА С МЕСТА УЧЕБЫ');
  });

  it('ID cards as one PDF are printed eight to an A4 sheet', async () => {
    const ids = f.students.slice(0, 10).map((s) => s.id);
    const { jobId, batchId } = await h.ok(
      'documents.batchStart',
      { type: 'student-card', lang: 'uz-Latn', format: 'pdf', studentIds: ids },
      front,
    );
    await finished(h, jobId);
    expect(await h.ok('documents.batchGet', { batchId }, front)).toMatchObject({ status: 'done', issued: 10 });
    const pdf = Buffer.from((await h.ok('documents.batchDownload', { batchId }, front)).data, 'base64');
    expect((pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length).toBe(2);
  });

  it("a DOCX batch fills the office's active template for each student", async () => {
    const template = await buildDocx([p('OFIS SHABLONI № {{registerNumber}}'), p('{{fullName}}'), p('{{%qr:25mm}}')]);
    const head = await h.signInAs('head');
    const uploaded = await h.ok(
      'templates.upload',
      { type: 'enrolment', name: 'Ofis', fileName: 'ofis.docx', data: template.toString('base64') },
      head,
    );
    await h.ok('templates.activate', { id: uploaded.id }, head);
    const ids = f.students.slice(0, 3).map((s) => s.id);
    const { jobId, batchId } = await h.ok(
      'documents.batchStart',
      { type: 'enrolment', lang: 'uz-Latn', format: 'docx', studentIds: ids },
      front,
    );
    await finished(h, jobId);
    const zip = await JSZip.loadAsync(
      Buffer.from((await h.ok('documents.batchDownload', { batchId }, front)).data, 'base64'),
    );
    const first = await JSZip.loadAsync(await zip.file(Object.keys(zip.files).sort()[0]!)!.async('nodebuffer'));
    const xml = await first.file('word/document.xml')!.async('string');
    expect(visibleText(xml)).toContain('OFIS SHABLONI № 1/2026');
    expect(visibleText(xml)).toContain(f.students[0]!.name);
  });

  it('cancelled midway: every registered document has its file, and the journal has no gap', async () => {
    const more = seedAcademic(h.backend.services.store.writer, { students: 120, tag: 1 });
    const { jobId, batchId } = await h.ok(
      'documents.batchStart',
      { type: 'enrolment', lang: 'uz-Latn', format: 'docx', groupId: more.groupId },
      front,
    );
    // Cancel as soon as the first chunk is registered.
    for (;;) {
      const job = h.backend.services.jobs.get(jobId)!;
      if (job.done > 0 || job.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await h.ok('jobs.cancel', { id: jobId }, front);
    expect((await finished(h, jobId)).state).toBe('cancelled');
    const batch = await h.ok('documents.batchGet', { batchId }, front);
    expect(batch.status).toBe('cancelled');
    expect(batch.issued).toBeGreaterThan(0);
    expect(batch.issued).toBeLessThan(120);
    expect(readdirSync(batch.outDir).filter((n) => n.endsWith('.docx'))).toHaveLength(batch.issued);
    expect(count("select last_seq as n from document_journals where type = 'enrolment'")).toBe(batch.issued);
    expect(count('select count(*) as n from issued_documents')).toBe(batch.issued);

    // Resumed, it issues the rest and nobody twice.
    const resumed = await h.ok('documents.batchResume', { batchId }, front);
    await finished(h, resumed.jobId);
    const done = await h.ok('documents.batchGet', { batchId }, front);
    expect(done).toMatchObject({ status: 'done', issued: 120, lastNumber: '120/2026' });
    expect(count('select count(distinct student_id) as n from issued_documents')).toBe(120);
    expect(readdirSync(done.outDir).filter((n) => n.endsWith('.docx'))).toHaveLength(120);
  });

  it('a batch the app stopped during (a crash) is finished at the next start from its register entries', async () => {
    const { jobId, batchId } = await h.ok(
      'documents.batchStart',
      { type: 'enrolment', lang: 'uz-Latn', format: 'docx', groupId: f.groupId },
      front,
    );
    await finished(h, jobId);
    const batch = await h.ok('documents.batchGet', { batchId }, front);
    // What a crash after a chunk's commit looks like: entries whose files were never written, the batch still running.
    const lost = readdirSync(batch.outDir).slice(0, 3);
    for (const name of lost) rmSync(join(batch.outDir, name));
    h.backend.services.store.writer.prepare("update document_batches set status = 'running' where id = ?").run(batchId);
    const dataDir = h.dataDir;
    await h.backend.close();

    const again = createBackend({ dataDir, autoBackup: false, logger: silentLogger });
    try {
      for (;;) {
        const row = again.services.store.reader
          .prepare('select status from document_batches where id = ?')
          .get(batchId) as { status: string };
        if (row.status !== 'running') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const row = again.services.store.reader
        .prepare('select status from document_batches where id = ?')
        .get(batchId) as { status: string };
      expect(row.status).toBe('interrupted');
      for (const name of lost) expect(existsSync(join(batch.outDir, name))).toBe(true);
    } finally {
      await again.close();
    }
  });
});
