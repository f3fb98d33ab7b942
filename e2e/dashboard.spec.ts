import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DEMO_TEAMS, logIn } from './support';

const TEAM_LEAD = 'teamleider@demo.leerlus.nl';

test.describe('Team dashboard', () => {
  test('opens the dashboard, filters, opens a chart, drills down and exports the data as CSV', async ({
    page,
  }) => {
    await logIn(page, TEAM_LEAD);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: DEMO_TEAMS[0] })
      .click();
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Dashboard ${DEMO_TEAMS[0]}` })).toBeVisible();
    const table = page.getByRole('region', { name: 'Overzicht van indicatoren' });
    await expect(table.getByRole('button', { name: /Open de grafiek van Complicaties/ })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Volledigheid' })).toBeVisible();

    // Filter on one year and on women: the address keeps the filters and the case-mix note appears.
    await page.getByLabel('Van', { exact: true }).fill('2025-01-01');
    await page.getByLabel('Tot en met', { exact: true }).fill('2025-12-31');
    await page.getByRole('checkbox', { name: 'Vrouw' }).check();
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await expect(page).toHaveURL(/from=2025-01-01.*sex=female/);
    await expect(page.getByText('Er is een case-mixfilter actief')).toBeVisible();

    await table.getByRole('button', { name: /Open de grafiek van Complicaties/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Complicaties/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Datakwaliteit van deze grafiek' })).toBeVisible();
    await expect(page.getByText('N metingen')).toBeVisible();

    // Drill down to the contributing patients of the selected period.
    await page.getByLabel('Periode').selectOption({ label: '2025-06' });
    await page.getByRole('button', { name: 'Toon patiënten' }).click();
    const patients = page.getByRole('region', { name: /Onderliggende patiënten 2025-06/ });
    await expect(patients).toBeVisible();
    await expect(patients.getByRole('row').nth(1)).toContainText('Vrouw');

    // Export the chart's data as CSV and check its content.
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Data als CSV', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = (await readFile(await download.path())).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'periode,periode_start,teller,noemer,waarde,n,centrumlijn,ondergrens,bovengrens,signalen,bron',
    );
    expect(lines).toHaveLength(13);
    expect(lines[1]).toMatch(/^2025-01,2025-01-01,\d+,\d+,[\d.]+,\d+,/);
  });
});
