import { extractText, getDocumentProxy } from 'unpdf';

/** The text of a PDF, page by page, read back with an independent parser (pdf.js via unpdf). */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  return text;
}

/** The whole text of a PDF with runs of white space collapsed to one space. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).join('\n').replace(/\s+/g, ' ');
}
