import { describe, expect, it } from 'vitest';
import { pdfPages, pdfText } from '../testing/pdf';
import { pdfSafeText, renderPdf } from './pdf';

describe('PDF builder', () => {
  it('writes headings, key values, lists and a table that is read back as text', async () => {
    const bytes = await renderPdf({ title: 'Factsheet', footer: 'Leerlus — test', pageLabel: 'Pagina' }, (pdf) => {
      pdf.heading('Verbeteroverleg Heup- en knieartrose');
      pdf.keyValues([
        ['Voorzitter', 'Dr. Janssen'],
        ['Locatie', ''],
        ['Frequentie', 'Elke 2 weken'],
      ]);
      pdf.heading('Checklist', 2).list(['Vaste agenda', 'Eigenaar per doel'], { checkbox: true });
      pdf.table({ columns: [{ header: 'Doel', weight: 3 }, { header: 'Status' }], rows: [['Minder heropnames', 'op koers']] });
    });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Verbeteroverleg Heup- en knieartrose');
    expect(text).toContain('Dr. Janssen');
    expect(text).not.toContain('Locatie');
    expect(text).toContain('Eigenaar per doel');
    expect(text).toContain('Minder heropnames');
    expect(text).toContain('Pagina 1/1');
  });

  it('breaks a long table over pages and repeats its header', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Actie ${i + 1}`, 'open']);
    const bytes = await renderPdf({ title: 'Log', pageLabel: 'Page' }, (pdf) => {
      pdf.table({ columns: [{ header: 'Title' }, { header: 'State' }], rows });
    });
    const pages = await pdfPages(bytes);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Title');
    expect(pages.join(' ')).toContain('Actie 120');
    expect(pages.at(-1)).toContain(`Page ${pages.length}/${pages.length}`);
  });

  it('replaces symbols the standard fonts cannot show', () => {
    expect(pdfSafeText('a → b ≥ 3 ✓ 😀 ë')).toBe('a -> b >= 3 v  ë');
  });
});
