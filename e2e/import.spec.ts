import { expect, test } from '@playwright/test';
import { logIn } from './support';

const TEAM = 'Heup- en knieartrose';

/** After the demo window (it ends 30-09-2026), so the imported month becomes the dashboard's latest. */
const BAD_CSV =
  'Patiënt;Meting;Kosten;Datum\nIMP-1;cost-eur;8000;15-11-2026\nIMP-2;cost-eur;negen duizend;31-02-2026\n';
const GOOD_CSV =
  'Patiënt;Meting;Kosten;Datum\nIMP-1;cost-eur;8000;15-11-2026\nIMP-2;cost-eur;9000,0;16-11-2026\nIMP-3;cost-eur;10000;17-11-2026\n';

const file = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});

test('import: a bad CSV gives an error report; a good one, mapped, is imported and shows in the history and on the dashboard', async ({
  page,
}) => {
  await logIn(page);
  await page.getByRole('main').getByRole('link', { name: TEAM }).click();
  await page.getByRole('link', { name: 'Gegevens importeren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gegevens importeren' })).toBeVisible();
  const teamId = /\/teams\/([^/]+)\/import/.exec(page.url())![1]!;

  // The bad file: preview, map the unknown "Kosten" column, check → the report names row, column, value and reason.
  await page.getByLabel('Bestand', { exact: true }).setInputFiles(file('kosten-fout.csv', BAD_CSV));
  await page.getByRole('button', { name: 'Uploaden en voorbeeld tonen' }).click();
  await expect(page.getByText('Herkend: CSV, tekencodering utf-8, scheidingsteken ;')).toBeVisible();
  await page.getByLabel('Waarde (getal)').selectOption('Kosten');
  await page.getByRole('button', { name: 'Controleren' }).click();
  const report = page.getByRole('table', { name: 'Problemen in het bestand' });
  await expect(page.getByText('2 problemen gevonden in 2 rijen (1 ongeldige rijen).')).toBeVisible();
  await expect(report.getByRole('row', { name: /negen duizend/ })).toContainText('Geen geldig getal');
  await expect(report.getByRole('row', { name: /31-02-2026/ })).toContainText('Geen geldige datum');
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByText('Niets geïmporteerd: het bestand bevat fouten.')).toBeVisible();

  // The good file, mapped by keyboard, imported.
  await page.getByLabel('Bestand', { exact: true }).setInputFiles(file('kosten-november.csv', GOOD_CSV));
  await page.getByRole('button', { name: 'Uploaden en voorbeeld tonen' }).click();
  await expect(
    page.getByRole('table', { name: 'Eerste rijen van het bestand' }).getByRole('row'),
  ).toHaveCount(4);
  const value = page.getByLabel('Waarde (getal)');
  await value.focus();
  await value.selectOption('Kosten');
  await page.getByRole('button', { name: 'Controleren' }).click();
  await expect(page.getByText('Alle 3 rijen zijn in orde.')).toBeVisible();
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByText('Import geslaagd: 3 nieuwe rijen, 0 bestonden al.')).toBeVisible();

  const history = page.getByRole('table', { name: 'Imports van dit team' });
  await expect(history.getByRole('row', { name: /kosten-november\.csv/ })).toContainText('Geslaagd');
  await expect(history.getByRole('row', { name: /kosten-fout\.csv/ })).toContainText('Mislukt');

  // The team's data: the cost indicator's latest month is the imported one, its mean the imported values'.
  const dashboard = (await (await page.request.get(`/api/v1/teams/${teamId}/dashboard`)).json()) as {
    rows: { indicator: { code: string }; latest: { periodStart: string; value: number } | null }[];
  };
  const cost = dashboard.rows.find((r) => r.indicator.code === 'cost-episode');
  expect(cost?.latest).toMatchObject({ periodStart: '2026-11-01', value: 9000 });
});
