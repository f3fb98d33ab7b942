import type { A3 } from '@leerlus/contracts/cycles';
import { A3_GUIDE, FISHBONE_CATEGORIES, FISHBONE_LABELS, type Lang } from '@leerlus/domain/cycles/a3';
import { A3_SECTIONS, type A3Section } from '@leerlus/domain/improvement/types';
import { pdfSafeText, renderPdf } from '../../documents/pdf';

const LEFT: readonly A3Section[] = ['background', 'current-condition', 'goal', 'root-cause'];
const RIGHT: readonly A3Section[] = ['countermeasures', 'plan', 'follow-up'];
const LABELS = {
  nl: {
    owner: 'Eigenaar',
    coach: 'Coach',
    goal: 'Doel',
    status: 'Status',
    whys: '5 x waarom',
    questions: 'Coachingsvragen',
    page: 'Pagina',
    none: '—',
  },
  en: {
    owner: 'Owner',
    coach: 'Coach',
    goal: 'Goal',
    status: 'Status',
    whys: '5 whys',
    questions: 'Coaching questions',
    page: 'Page',
    none: '—',
  },
} as const;

/** The section's text, with the fishbone and 5-why of the root-cause section written out. */
function sectionBody(report: A3, section: A3Section, lang: Lang): string {
  const content = report.sections[section];
  const parts = [content?.text ?? ''];
  const data = content?.data;
  if (data?.fishbone) {
    for (const category of FISHBONE_CATEGORIES) {
      const causes = data.fishbone[category];
      if (causes && causes.length > 0) parts.push(`${FISHBONE_LABELS[category][lang]}: ${causes.join('; ')}`);
    }
  }
  if (data?.whys && data.whys.length > 0)
    parts.push(`${LABELS[lang].whys}: ${data.whys.map((w, i) => `${i + 1}. ${w}`).join('  ')}`);
  return parts.filter((p) => p.trim().length > 0).join('\n');
}

/**
 * The A3 report on one A3 landscape page: a header with title, owner, coach and goal; the left column
 * tells the problem (background, current condition, goal, root cause), the right the answer
 * (countermeasures, plan, follow-up). Each box ends with the coach's questions in small print; text
 * that does not fit its box is cut off with an ellipsis, so the report stays one page.
 */
export function renderA3Pdf(report: A3, lang: Lang): Promise<Buffer> {
  const l = LABELS[lang];
  return renderPdf(
    {
      title: report.title,
      size: 'A3',
      layout: 'landscape',
      footer: `Leerlus – A3 – ${report.title}`,
      pageLabel: l.page,
      margin: 32,
    },
    (pdf) => {
      const { doc } = pdf;
      const top = doc.y;
      doc.font('Helvetica-Bold').fontSize(18).text(pdfSafeText(report.title), 32, top, { width: pdf.width });
      const meta = [
        `${l.owner}: ${report.owner?.name ?? l.none}`,
        `${l.coach}: ${report.coach?.name ?? l.none}`,
        `${l.goal}: ${report.goal?.title ?? l.none}`,
        `${l.status}: ${report.status}`,
      ].join('    ');
      doc
        .font('Helvetica')
        .fontSize(10)
        .fillColor('#555555')
        .text(pdfSafeText(meta), 32, doc.y + 2, { width: pdf.width });
      doc.fillColor('#1a1a1a');
      const areaTop = doc.y + 10;
      const areaBottom = doc.page.height - 32 - 24;
      const gap = 14;
      const colWidth = (pdf.width - gap) / 2;
      const column = (sections: readonly A3Section[], x: number) => {
        const boxHeight = (areaBottom - areaTop - gap * (sections.length - 1)) / sections.length;
        sections.forEach((section, i) => {
          const y = areaTop + i * (boxHeight + gap);
          const number = A3_SECTIONS.indexOf(section) + 1;
          doc.lineWidth(0.8).strokeColor('#1f4e79').rect(x, y, colWidth, boxHeight).stroke();
          doc
            .font('Helvetica-Bold')
            .fontSize(11)
            .fillColor('#1f4e79')
            .text(pdfSafeText(`${number}. ${A3_GUIDE[section].title[lang]}`), x + 6, y + 5, {
              width: colWidth - 12,
              lineBreak: false,
            });
          const questions = `${l.questions}: ${A3_GUIDE[section].questions[lang].join(' ')}`;
          doc.font('Helvetica').fontSize(7);
          const questionsHeight = doc.heightOfString(pdfSafeText(questions), { width: colWidth - 12 });
          doc
            .font('Helvetica')
            .fontSize(9)
            .fillColor('#1a1a1a')
            .text(pdfSafeText(sectionBody(report, section, lang)), x + 6, y + 22, {
              width: colWidth - 12,
              height: boxHeight - 30 - questionsHeight,
              ellipsis: true,
            });
          doc
            .font('Helvetica-Oblique')
            .fontSize(7)
            .fillColor('#555555')
            .text(pdfSafeText(questions), x + 6, y + boxHeight - questionsHeight - 5, {
              width: colWidth - 12,
            });
        });
      };
      column(LEFT, 32);
      column(RIGHT, 32 + colWidth + gap);
    },
  );
}
