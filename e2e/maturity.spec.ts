import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, logIn, logOut } from './support';

/**
 * Maturity journey (issue 7): a baseline QuickScan of the palliative care team answered individually by
 * two people, the radar, a gap turned into an action on the board, a re-measurement in a session, and
 * the trend.
 */
const QUESTIONS = [
  'Is de patiëntengroep en de bijbehorende ‘medische conditie’ helder gedefinieerd?',
  'Is het leiderschap van het multidisciplinaire team geborgd?',
  'Zijn structurele voortgangs- en verbeteroverleggen opgezet?',
];

async function answer(page: Page, values: readonly string[]): Promise<void> {
  for (const [i, question] of QUESTIONS.entries()) {
    await page.getByRole('group', { name: question }).getByLabel(values[i]!, { exact: true }).check();
  }
}

async function openTeamMaturity(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Palliatieve zorg' }).first().click();
  await expect(page.getByRole('heading', { name: 'Klaar voor de start?' })).toBeVisible();
  await page.getByRole('link', { name: 'Volwassenheid en metingen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Volwassenheid en gereedheid' })).toBeVisible();
}

test('baseline QuickScan by two people, radar, gap → action, re-measurement, trend', async ({ page }) => {
  // 1. The quality advisor starts an individual baseline QuickScan and answers.
  await logIn(page, 'kwaliteit@demo.leerlus.nl', DEMO_PASSWORD);
  await openTeamMaturity(page);
  await page.getByRole('combobox', { name: 'Instrument', exact: true }).first().selectOption({ label: 'QuickScan: Hoe waardegedreven werkt ons team?' });
  await page.getByLabel('Werkwijze').selectOption('individual');
  await page.getByRole('button', { name: 'Meting starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /QuickScan/ })).toBeVisible();
  await expect(page.getByText('0-meting', { exact: true })).toBeVisible();
  const assessmentUrl = page.url();
  await answer(page, ['Ja', 'Nee', 'Gedeeltelijk']);
  await page.getByRole('group', { name: QUESTIONS[1]! }).getByLabel('Onderbouwing / bewijs').fill('Geen vaste voorzitter');
  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(page.getByText('Antwoorden opgeslagen')).toBeVisible();
  await page.getByRole('button', { name: 'Mijn antwoorden indienen' }).click();
  await expect(page.getByText('U hebt uw antwoorden ingediend.')).toBeVisible();
  await logOut(page, 'Karim Kwaliteit');

  // 2. A second person answers the same measurement individually.
  await logIn(page, 'admin@demo.leerlus.nl', DEMO_PASSWORD);
  await page.goto(assessmentUrl);
  await answer(page, ['Nee', 'Nee', 'Ja']);
  await page.getByRole('button', { name: 'Mijn antwoorden indienen' }).click();
  await expect(page.getByText('U hebt uw antwoorden ingediend.')).toBeVisible();

  // 3. Finish the measurement: the results show the radar, findings (disagreement) and gaps.
  await page.getByRole('button', { name: 'Meting afronden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Resultaten/ })).toBeVisible();
  await expect(page.getByTestId('maturity-radar').locator('svg')).toBeVisible();
  await expect(page.getByText(/oneens over/)).toBeVisible();
  await expect(page.getByText('2 respondent(en)', { exact: false })).toBeVisible();

  // 4. Turn the largest gap into an action on the board.
  const gap = page.getByRole('listitem').filter({ hasText: QUESTIONS[1]! });
  await gap.getByRole('button', { name: /Maak actie/ }).click();
  await expect(page.getByText('Actie gemaakt op het verbeterbord')).toBeVisible();
  await expect(gap.getByText('Actie op het verbeterbord')).toBeVisible();

  // 5. A re-measurement in a session, then the trend.
  await page.getByRole('link', { name: 'Volwassenheid en gereedheid' }).click();
  await page.getByRole('combobox', { name: 'Instrument', exact: true }).first().selectOption({ label: 'QuickScan: Hoe waardegedreven werkt ons team?' });
  await page.getByLabel('Werkwijze').selectOption('session');
  await page.getByRole('button', { name: 'Meting starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /QuickScan/ })).toBeVisible();
  await expect(page.getByText('Hermeting', { exact: true })).toBeVisible();
  await answer(page, ['Ja', 'Ja', 'Ja']);
  await page.getByRole('button', { name: 'Meting afronden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Resultaten/ })).toBeVisible();
  await expect(page.getByTestId('maturity-trend').locator('svg')).toBeVisible();
  const themeRow = page.getByRole('row', { name: /Vorm een geïntegreerd multidisciplinair team/ });
  await expect(themeRow).toContainText('+');
  await expect(page.getByRole('columnheader', { name: 'Verandering' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download presentatie (PowerPoint)' })).toHaveAttribute('href', /export\.pptx\?locale=nl$/);
});
