// Reading the PDFs Chromium prints (page.pdf), for the tests that check printed pages: how many
// pages, and how much text each holds, so a blank or near-empty page anywhere is caught.
import { inflateSync } from 'node:zlib';

/** The pages of a PDF Chromium printed: one "/Type /Page" object per page. */
export const pdfPages = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

/**
 * How much text each printed page holds (text-showing operators in its content stream), so that a
 * near-empty page anywhere in the document, not only the last, is caught.
 */
export function pageFill(pdf: Buffer): number[] {
  const objects = new Map(
    [...pdf.toString('latin1').matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g)].map((m) => [
      Number(m[1]),
      m[2] ?? '',
    ]),
  );
  return [...objects]
    .filter(([, body]) => /\/Type \/Page\n/.test(body))
    .sort(([a], [b]) => a - b)
    .map(([, body]) => {
      const contents = objects.get(Number(/\/Contents (\d+) 0 R/.exec(body)?.[1])) ?? '';
      const stream = /stream\n([\s\S]*)\nendstream/.exec(contents)?.[1] ?? '';
      const text = inflateSync(Buffer.from(stream, 'latin1')).toString('latin1');
      return text.match(/\bT[jJ]\b/g)?.length ?? 0;
    });
}
