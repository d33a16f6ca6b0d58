/** Units, fonts and images shared by the PDF renderer's parts. */

export const PT_PER_MM = 72 / 25.4;
export const pt = (mm: number) => mm * PT_PER_MM;
export const A4 = { w: 595.28, h: 841.89 };

export type Doc = PDFKit.PDFDocument;

export function fontOf(bold?: boolean, italic?: boolean): string {
  return bold ? (italic ? 'SerifBI' : 'SerifB') : italic ? 'SerifI' : 'Serif';
}

export function imageBuffer(dataUrl: string): Buffer | null {
  const m = /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUrl);
  return m ? Buffer.from(m[2]!, 'base64') : null;
}
