import { performance } from 'node:perf_hooks';
import { createBackend, type Backend } from '../../src-main/backend/create-backend';
import { silentLogger } from '../../src-main/backend/logger';
import { uuidv7 } from '../../src-shared/domain/uuid';
import { seedAcademic } from '../../test/support/academic-fixtures';
import type { BenchCase, BenchContext } from './types';

const STUDENTS = 500;
const RECORDS = 40; // a graduate's transcript: 8 semesters × 5 subjects

/** 500 students of one group, each with 40 results over 8 semesters (written directly, as fixture data). */
function seed(backend: Backend): string {
  const w = backend.services.store.writer;
  const f = seedAcademic(w, { students: STUDENTS });
  const now = '2026-06-30T08:00:00.000Z';
  w.transaction(() => {
    const subj = w.prepare('insert into subjects (id, code, name_uz_latn) values (?, ?, ?)');
    const subjects = Array.from({ length: RECORDS }, (_, k) => {
      const id = uuidv7();
      subj.run(id, `B${k}`, `Fan nomi ${k + 1}: umumiy kurs`);
      return id;
    });
    const rec = w.prepare(
      `insert into academic_records (id, student_id, subject_id, semester, education_year, credit, total_point, grade, rating_grade,
         marking_system, source, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, '11', '13', 'bench', 'bench', ?)`,
    );
    f.students.forEach((s, i) => {
      for (let k = 0; k < RECORDS; k++) {
        const score = 56 + ((i * 7 + k * 13) % 45);
        rec.run(
          uuidv7(),
          s.id,
          subjects[k],
          String(11 + Math.floor(k / 5)),
          String(2022 + Math.floor(k / 10)),
          4 + (k % 3),
          score,
          score >= 90 ? 5 : score >= 70 ? 4 : 3,
          now,
        );
      }
    });
  })();
  return f.groupId;
}

async function timedBatch(backend: Backend, token: string, input: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const res = await backend.dispatch('documents.batchStart', input, token);
  if (!res.ok) throw new Error(res.error.message);
  const { jobId } = res.data as { jobId: string };
  for (;;) {
    const job = backend.services.jobs.get(jobId);
    if (job && job.state !== 'running') {
      if (job.state !== 'succeeded') throw new Error(`batch ${job.state}: ${job.error ?? ''}`);
      break;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return (performance.now() - started) / 1000;
}

export const documentsBatch: BenchCase = {
  name: 'documents-batch',
  description: `${STUDENTS} transcripts (${RECORDS} results each) as DOCX files, and ${STUDENTS} enrolment certificates as one PDF, through the batch job`,
  async run(ctx: BenchContext) {
    const dataDir = ctx.tempDir('docs-batch-');
    const backend = createBackend({ dataDir, autoBackup: false, logger: silentLogger });
    try {
      const groupId = seed(backend);
      const token = backend.cliSession('bench');
      const docx = await timedBatch(backend, token, { type: 'transcript', lang: 'uz-Latn', format: 'docx', groupId });
      ctx.log(`transcripts: ${docx.toFixed(2)} s (${((docx * 1000) / STUDENTS).toFixed(1)} ms a document)`);
      const pdf = await timedBatch(backend, token, { type: 'enrolment', lang: 'uz-Latn', format: 'pdf', groupId });
      ctx.log(`certificates as one PDF: ${pdf.toFixed(2)} s`);
      return {
        'docs.batch500_seconds': Math.round(docx * 100) / 100,
        'pdf.batch500_seconds': Math.round(pdf * 100) / 100,
      };
    } finally {
      await backend.close();
    }
  },
};
