import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { documentType } from '../../../../src-shared/domain/documents/catalog';
import type { FieldSpec } from './check';
import { buildDocx, p, partXml, row, table, visibleText } from './docx-fixtures';
import { fillTemplate, TemplateError, validateTemplate } from './docx-package';
import { fieldsOf } from './fields';
import type { FillData } from './fill';
import { SPECIMEN_EXTRAS, specimenSource } from './specimen';

const FIELDS: FieldSpec[] = [
  { name: 'fullName', kind: 'text' },
  { name: 'registerNumber', kind: 'text' },
  { name: 'note', kind: 'text' },
  {
    name: 'signer',
    kind: 'object',
    fields: [
      { name: 'position', kind: 'text' },
      { name: 'fullName', kind: 'text' },
    ],
  },
  {
    name: 'rows',
    kind: 'list',
    fields: [
      { name: 'subject', kind: 'text' },
      { name: 'grade', kind: 'text' },
    ],
  },
  { name: 'tags', kind: 'list', fields: [], itemText: true },
  { name: 'qr', kind: 'image' },
  { name: 'logo', kind: 'image' },
];

// A 2×1 PNG: the logo slot keeps its aspect ratio from these pixels.
const PNG_2x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAD0lEQVR4AWNkYGD4zwAEAAUNAQE3SaXjAAAAAElFTkSuQmCC',
  'base64',
);

const DATA: FillData = {
  values: {
    fullName: 'Gʻulomova Oʻgʻiloy',
    registerNumber: '15/2026',
    note: 'A & B <C>\nikkinchi qator',
    signer: { position: 'Registrator ofisi boshligʻi', fullName: 'N. Qoʻchqorova' },
    rows: [
      { subject: 'Matematika', grade: '5' },
      { subject: 'Fizika', grade: '4' },
      { subject: 'Tarix', grade: '5' },
    ],
    tags: ['bir', 'ikki'],
  },
  images: { qr: { type: 'png', data: PNG_2x1 }, logo: { type: 'png', data: PNG_2x1 } },
};

async function problemsOf(docx: Buffer, fields = FIELDS) {
  try {
    await validateTemplate(docx, fields);
    return [];
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    return e.problems;
  }
}

/** The problems as `code tag` lines. */
async function listed(docx: Buffer): Promise<string[]> {
  const problems = await problemsOf(docx);
  if (problems === 'notDocx') throw new Error('not a docx');
  return problems.map((x) => `${x.code} ${x.tag}`);
}

async function filled(docx: Buffer, data = DATA) {
  const out = await fillTemplate(docx, data);
  return { out, xml: await partXml(out), text: visibleText(await partXml(out)) };
}

describe('template engine: placeholders Word split into several runs', () => {
  it('merges the runs of a paragraph before matching, keeps the first run’s formatting, escapes values', async () => {
    const docx = await buildDocx([
      p('F.I.Sh.: {{full', { text: 'Na', bold: true }, { text: 'me}}', italics: true }, ' — talaba'),
      p('{', '{registerNumber}', '}'),
      p('{{note}}'),
    ]);
    // The split is real: no run of the source holds the whole placeholder.
    expect(await partXml(docx)).not.toContain('{{fullName}}');
    expect(await validateTemplate(docx, FIELDS)).toEqual({
      fields: ['fullName', 'registerNumber', 'note'],
      images: [],
      loops: [],
    });
    const { xml, text } = await filled(docx);
    expect(text).toContain('F.I.Sh.: Gʻulomova Oʻgʻiloy — talaba');
    expect(text).toContain('15/2026');
    expect(xml).toContain('A &amp; B &lt;C&gt;</w:t><w:br/><w:t xml:space="preserve">ikkinchi qator');
    expect(xml).not.toContain('{{');
    expect(xml).not.toContain('}}');
    // The value sits in a plain run (the first piece was not bold), never in the bold or italic one.
    expect(xml).toMatch(/<w:r>(?:<w:rPr>(?:(?!<w:b\/>)[\s\S])*?<\/w:rPr>)?<w:t xml:space="preserve">Gʻulomova/);
  });

  it('fills headers too, and nested fields of a group', async () => {
    const docx = await buildDocx([p('{{signer.position}} ____ {{signer.fullName}}')], [p('№ {{registerNumber}}')]);
    const out = await fillTemplate(docx, DATA);
    const zip = await JSZip.loadAsync(out);
    const header = Object.keys(zip.files).find((f) => /^word\/header\d*\.xml$/.test(f))!;
    expect(visibleText(await partXml(out, header))).toContain('№ 15/2026');
    expect(visibleText(await partXml(out))).toContain('Registrator ofisi boshligʻi ____ N. Qoʻchqorova');
  });
});

describe('template engine: loops', () => {
  it('repeats a table row between {{#rows}} in its first cell and {{/rows}} in its last', async () => {
    const docx = await buildDocx([
      table(row(['Fan'], ['Baho']), row(['{{#rows}}{{subject}}'], ['{{grade}}{{/rows}}'])),
      p('Jami: {{registerNumber}}'),
    ]);
    const { xml, text } = await filled(docx);
    expect(xml.match(/<w:tr[\s>]/g)).toHaveLength(4);
    expect(text).toMatch(/Matematika\s*5\s*Fizika\s*4\s*Tarix\s*5/);
    const none = await filled(docx, { ...DATA, values: { ...DATA.values, rows: [] } });
    expect(none.xml.match(/<w:tr[\s>]/g)).toHaveLength(1);
  });

  it('repeats inline text, paragraphs, a group once, and an inverted section when the list is empty', async () => {
    const docx = await buildDocx([
      p('Teglar: {{#tags}}[{{.}}] {{/tags}}.'),
      p('{{#rows}}'),
      p('— {{subject}}: {{grade}} ({{fullName}})'),
      p('{{/rows}}'),
      p('{{#signer}}Imzo: {{position}}{{/signer}}'),
      p('{{^rows}}Fanlar yoʻq{{/rows}}'),
    ]);
    const { text } = await filled(docx);
    expect(text).toContain('Teglar: [bir] [ikki] .');
    expect(text).toContain('— Fizika: 4 (Gʻulomova Oʻgʻiloy)');
    expect(text.match(/^— /gm)).toHaveLength(3);
    expect(text).toContain('Imzo: Registrator ofisi boshligʻi');
    expect(text).not.toContain('Fanlar yoʻq');
    expect(text).not.toContain('{{');
    const empty = await filled(docx, { ...DATA, values: { ...DATA.values, rows: [], signer: null } });
    expect(empty.text).toContain('Fanlar yoʻq');
    expect(empty.text).not.toContain('Imzo:');
  });

  it('nests a row loop inside a paragraph loop: a transcript table per semester, from the real type’s fields', async () => {
    const docx = await buildDocx([
      p('{{#institution}}{{.}}; {{/institution}}'),
      p('{{#semesters}}'),
      p({ text: '{{title}}', bold: true }),
      table(
        row(['№'], ['Fan'], ['Baho']),
        row(['{{#rows}}{{no}}'], ['{{subject}}'], ['{{grade}} ({{letter}}){{/rows}}']),
        row(['GPA'], ['{{gpa}}'], ['{{credits}}']),
      ),
      p('{{/semesters}}'),
      p('GPA: {{gpa}}'),
    ]);
    const fields = fieldsOf('transcript');
    expect(await validateTemplate(docx, fields)).toMatchObject({ loops: ['institution', 'semesters', 'rows'] });
    const snapshot = documentType('transcript').build(
      { ...specimenSource(), extra: SPECIMEN_EXTRAS.transcript },
      'uz-Latn',
    );
    const { xml, text } = await filled(docx, { values: snapshot, images: {} });
    expect(text).toContain('Fargʻona davlat universiteti; Fergana State University; ');
    expect(text).toMatch(/1\s*Oliy matematika \/ Higher mathematics\s*5 \(A\)\s*2\s*Iqtisodiyot/);
    expect(xml.match(/<w:tr[\s>]/g)).toHaveLength(4);
    expect(text).not.toContain('{{');
  });

  it('refuses unbalanced, crossed and misplaced loops', async () => {
    const codes = async (...body: Parameters<typeof buildDocx>[0]) => await listed(await buildDocx(body));
    expect(await codes(p('{{#rows}}{{subject}}'))).toEqual(['unbalanced {{#rows}}']);
    // A broken loop does not hide a misspelt name elsewhere: both come in one answer.
    expect(await codes(p('{{#rows}}{{subject}} {{familiya}}'))).toEqual([
      'unbalanced {{#rows}}',
      'unknownField {{familiya}}',
    ]);
    expect(await codes(p('{{subject}}{{/rows}}'))).toEqual(['unbalanced {{/rows}}']);
    expect(await codes(p('{{#rows}}{{#tags}}{{/rows}}{{/tags}}'))).toEqual(['unbalanced {{#tags}}']);
    expect(await codes(p('{{#rows}}'), table(row(['{{subject}}{{/rows}}'])))).toEqual(['loopLevel {{#rows}}']);
    expect(await codes(p('{{#rows}} Fanlar:'), p('{{subject}}'), p('{{/rows}}'))).toEqual(['tagAlone {{#rows}}']);
  });
});

describe('template engine: what it refuses', () => {
  it('names every unknown placeholder, and a list or image used as text', async () => {
    const docx = await buildDocx([
      p('{{fullName}} {{familiya}} {{signer.rank}}'),
      p('{{rows}} {{%photo}} {{#qr}}x{{/qr}} {{%fullName}}'),
      p('{{#rows}}{{subject}} {{sana}}{{/rows}} {{subject}}'),
    ]);
    expect(await listed(docx)).toEqual([
      'unknownField {{familiya}}',
      'unknownField {{signer.rank}}',
      'notText {{rows}}',
      'unknownField {{%photo}}',
      'notList {{#qr}}',
      'notImage {{%fullName}}',
      'unknownField {{sana}}',
      'unknownField {{subject}}',
    ]);
  });

  it('refuses badly written and unclosed placeholders', async () => {
    const docx = await buildDocx([p('{{ full name }} and {{fullName'), p('{{%qr:big}}')]);
    expect((await listed(docx)).map((x) => x.split(' ')[0]).sort()).toEqual(['badTag', 'badTag', 'unclosed']);
  });

  it('refuses a file that is not a .docx: not a zip, a zip without word/document.xml, broken XML', async () => {
    expect(await problemsOf(Buffer.from('not a zip at all'))).toBe('notDocx');
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    expect(await problemsOf(await zip.generateAsync({ type: 'nodebuffer' }))).toBe('notDocx');
    const broken = await JSZip.loadAsync(await buildDocx([p('{{fullName}}')]));
    broken.file('word/document.xml', '<w:document><w:body><w:p></w:body></w:document>');
    expect(await problemsOf(await broken.generateAsync({ type: 'nodebuffer' }))).toBe('notDocx');
  });
});

describe('template engine: image slots', () => {
  it('puts the PNG into word/media with a relationship and an inline drawing of the slot’s size', async () => {
    const docx = await buildDocx([p('QR: {{%qr:30mm}}'), p('{{%logo:2cm}}')], [p('{{%logo}}')]);
    const out = await fillTemplate(docx, DATA);
    const zip = await JSZip.loadAsync(out);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/template-image-'));
    expect(media).toHaveLength(3); // qr and logo in the body (one each), the logo again in the header's own rels
    const xml = await partXml(out);
    expect(xml).toContain('<wp:extent cx="1080000" cy="1080000"/>'); // 30 mm square
    expect(xml).toContain('<wp:extent cx="720000" cy="360000"/>'); // 2 cm wide, the PNG's 2:1
    const rels = await partXml(out, 'word/_rels/document.xml.rels');
    for (const id of [...xml.matchAll(/r:embed="([^"]+)"/g)].map((m) => m[1])) expect(rels).toContain(`Id="${id}"`);
    expect(await partXml(out, '[Content_Types].xml')).toMatch(/Extension="png"/);
    const header = Object.keys(zip.files).find((f) => /^word\/header\d*\.xml$/.test(f))!;
    expect(await partXml(out, header)).toContain('<w:drawing>');
    expect(await partXml(out, header.replace('word/', 'word/_rels/') + '.rels')).toContain('template-image-');
  });

  it('leaves an empty slot when there is no image (no logo on file)', async () => {
    const docx = await buildDocx([p('[{{%logo}}]')]);
    const { xml, text } = await filled(docx, { ...DATA, images: { qr: null, logo: null } });
    expect(text).toContain('[]');
    expect(xml).not.toContain('<w:drawing>');
  });
});
