import { readFile } from 'node:fs/promises';
import { expect, test, type Download } from '@playwright/test';
import { logIn } from './support';

const ANALYST = 'analist@demo.leerlus.nl';

/** 22 months with a clear upward shift from the 13th; Dutch decimal comma in one value. */
const SERIES = [10, 12, 11, 9, 10, 11, 10, 12, 9, 11, 10, 11, 15, 16, 14, 15, '17,5', 16, 15, 16, 14, 15]
  .map((value, k) => `${2024 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')};${value}`)
  .join('\n');

const contentOf = async (download: Download) => readFile(await download.path());

test.describe('SPC calculator', () => {
  test('calculates an XmR chart with a shift, explains the signals and exports CSV and PNG', async ({
    page,
  }) => {
    await logIn(page, ANALYST);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'SPC-calculator' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'SPC-calculator' })).toBeVisible();

    await page.getByLabel('Gegevens').fill(SERIES);
    await expect(page.getByText('22 punten herkend')).toBeVisible();
    await page.getByLabel('Soort kaart').selectOption('i');
    await page.getByLabel('Verbetering is').selectOption('increase');
    await page.getByRole('radio', { name: /Making Data Count \(NHS\)/ }).check();
    await page.getByRole('button', { name: 'Bereken' }).click();

    // The chart is drawn (SVG) with its accessible name, and the icons say what happened.
    const chart = page.getByRole('img', { name: 'SPC-grafiek: XmR-kaart (individuele waarden)' });
    await expect(chart.locator('svg')).toBeVisible();
    await expect(chart.locator('svg path').first()).toBeAttached();
    await expect(page.getByRole('group', { name: 'Iconen' })).toContainText(
      'Bijzondere variatie: verbetering (hoog)',
    );

    // The signals: a concern run before the shift, improvements after it, one point above the limit.
    const rows = page.getByRole('table', { name: 'Signalen' }).getByRole('row');
    await expect(rows.nth(1)).toContainText('1 – 12');
    await expect(rows.nth(1)).toContainText('Zorgpunt');
    await expect(rows.nth(1)).toContainText('12 punten op rij onder het gemiddelde');
    await expect(rows.nth(2)).toContainText('13 – 16');
    await expect(rows.nth(2)).toContainText('10 punten op rij boven het gemiddelde');
    await expect(rows.filter({ hasText: '2025-05' })).toContainText('Punt boven de bovenste controlegrens');
    await expect(page.getByText('Overweeg een nieuwe fase vanaf 2025-01')).toBeVisible();

    // The tooltip explains the point under the pointer.
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.55);
    await page.mouse.move(box.x + box.width * 0.61, box.y + box.height * 0.55);
    await expect(page.locator('.chart-tooltip')).toContainText('Waarde');

    // CSV: one row per point with the contract's fields.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Resultaat als CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('spc-i.csv');
    const lines = (await contentOf(csv)).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('index,label,value,centre,lower,upper,type,signals');
    expect(lines).toHaveLength(23);
    expect(lines[1]).toMatch(/^0,2024-01,10,[\d.]+,[\d.]+,[\d.]+,concern,shift$/);
    expect(lines[17]).toMatch(/^16,2025-05,17\.5,[\d.]+,[\d.]+,[\d.]+,improvement,outside\+shift$/);

    // PNG: a real image.
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Grafiek als PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('spc-i.png');
    const bytes = await contentOf(png);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.length).toBeGreaterThan(5_000);
  });

  test('applies the suggested rebase only on request, as a second phase', async ({ page }) => {
    await logIn(page, ANALYST);
    await page.goto('/calculator');
    await page.getByLabel('Gegevens').fill(SERIES);
    await page.getByLabel('Verbetering is').selectOption('increase');
    await page.getByRole('button', { name: 'Bereken' }).click();
    await page.getByRole('button', { name: 'Toepassen als nieuwe fase' }).click();
    await expect(page.getByLabel('Nieuwe fase vanaf')).toHaveValue('2025-01');
    await expect(
      page.getByText('Fase 2: Voorlopige grenzen: deze fase heeft minder dan 13 punten'),
    ).toBeVisible();
    await expect(
      page.getByText('Geen bijzondere variatie: alle punten vallen binnen de verwachte variatie.'),
    ).toBeVisible();
  });
});
