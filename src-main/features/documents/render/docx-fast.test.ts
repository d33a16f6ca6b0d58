import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../../../src-shared/domain/documents/model';
import { renderDocxSync } from './docx-fast';
import { crc32, zip } from './zip';

const model: DocModel = {
  title: 'Maʼlumotnoma № 5/2026',
  lang: 'uz-Latn',
  page: { size: 'A4', orientation: 'portrait', marginsMm: [20, 15, 20, 30] },
  fontSize: 12,
  blocks: [
    { kind: 'letterhead', lines: ['FARGʻONA DAVLAT UNIVERSITETI'] },
    { kind: 'numberLine', left: '№ 5/2026', right: '29.11.2026' },
    { kind: 'paragraph', runs: [{ text: 'A & B <c> "d"' }, { text: ' qalin', bold: true }], indent: true },
    { kind: 'fields', rows: [{ label: 'F.I.Sh. / Ф.И.О.', value: 'Gʻulomova Oʻgʻiloy' }] },
    {
      kind: 'table',
      columns: [
        { title: 'Fan', width: 0.7 },
        { title: 'Kredit', width: 0.3, align: 'center' },
      ],
      rows: [{ group: '1-semestr' }, { cells: ['Oliy matematika', '6'] }],
    },
    {
      kind: 'signatures',
      rows: [{ position: 'Dekan', name: 'A. Karimov' }],
      qr: { content: 'RG1.AAAA.BBBB', caption: 'QR', sizeMm: 28 },
    },
  ],
};

describe('the DOCX writer', () => {
  it('writes a package Word can read: parts, escaped Uzbek text, the QR image with its relationship', async () => {
    const docx = renderDocxSync(model);
    const pkg = await JSZip.loadAsync(docx);
    expect(Object.keys(pkg.files)[0]).toBe('[Content_Types].xml');
    const xml = await pkg.file('word/document.xml')!.async('string');
    expect(xml).toContain('Gʻulomova Oʻgʻiloy');
    expect(xml).toContain('A &amp; B &lt;c&gt; &quot;d&quot;');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    expect(xml).toMatch(/<a:blip r:embed="(rIdImg1)"\/>/);
    const rels = await pkg.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).toContain('Id="rIdImg1"');
    expect(rels).toContain('Target="media/image1.png"');
    const png = await pkg.file('word/media/image1.png')!.async('uint8array');
    expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
    expect(await pkg.file('docProps/core.xml')!.async('string')).toContain(
      '<dc:title>Maʼlumotnoma № 5/2026</dc:title>',
    );
    expect(await pkg.file('word/styles.xml')!.async('string')).toContain('Times New Roman');
  });

  it('a running footer: who and which document, with PAGE / NUMPAGES fields, on every page', async () => {
    const pkg = await JSZip.loadAsync(renderDocxSync({ ...model, footer: 'Gʻulomova Oʻgʻiloy · № 5/2026' }));
    const footer = await pkg.file('word/footer1.xml')!.async('string');
    expect(footer).toContain('Gʻulomova Oʻgʻiloy · № 5/2026');
    expect(footer).toContain(' PAGE ');
    expect(footer).toContain(' NUMPAGES ');
    expect(await pkg.file('word/_rels/document.xml.rels')!.async('string')).toContain('Target="footer1.xml"');
    expect(await pkg.file('[Content_Types].xml')!.async('string')).toContain('PartName="/word/footer1.xml"');
    expect(await pkg.file('word/document.xml')!.async('string')).toContain('<w:footerReference w:type="default"');
    // Without a footer the package has none.
    expect((await JSZip.loadAsync(renderDocxSync(model))).file('word/footer1.xml')).toBeNull();
  });

  it('drops characters XML forbids instead of writing a file Word refuses', async () => {
    const bad: DocModel = { ...model, blocks: [{ kind: 'paragraph', runs: [{ text: 'a\u0001b\u000bc' }] }] };
    const xml = await (await JSZip.loadAsync(renderDocxSync(bad))).file('word/document.xml')!.async('string');
    expect(xml).toContain('>abc<');
  });

  it('zips stored and deflated entries with correct CRCs', async () => {
    const data = Buffer.from('Salom, Oʻzbekiston! '.repeat(50));
    const z = await JSZip.loadAsync(
      zip([
        { path: 'a.txt', data },
        { path: 'b.bin', data, store: true },
      ]),
    );
    expect(await z.file('a.txt')!.async('nodebuffer')).toEqual(data);
    expect(await z.file('b.bin')!.async('nodebuffer')).toEqual(data);
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
