import { expect, test } from '@playwright/test';
import { logIn } from './support';

test('a team lead fills the matrix and runs a meeting in meeting mode with a status update, a decision and an action', async ({ page }) => {
  await logIn(page, 'teamleider@demo.leerlus.nl');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verbetersysteem' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Doelen — Heup- en knieartrose/ })).toBeVisible();

  // Fill the matrix: the waiting-time goal also in the improvement meeting, every 2nd time.
  await page.getByRole('navigation', { name: 'Verbetersysteem' }).getByRole('link', { name: 'Matrix' }).click();
  const cell = page.getByRole('combobox', { name: 'Binnen 6 weken geopereerd in Verbeteroverleg heup & knie' });
  await cell.selectOption('every-nth');
  await page.getByRole('spinbutton', { name: 'Binnen 6 weken geopereerd in Verbeteroverleg heup & knie: n' }).fill('2');
  await page.getByRole('button', { name: 'Matrix opslaan' }).click();
  await expect(page.getByText('Matrix opgeslagen')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Binnen 6 weken geopereerd in Verbeteroverleg heup & knie' })).toHaveValue('every-nth');

  // Open the next improvement meeting and run it in meeting mode.
  await page.getByRole('navigation', { name: 'Verbetersysteem' }).getByRole('link', { name: 'Overleggen' }).click();
  const upcoming = page.getByRole('region', { name: 'Komende en recente overleggen' });
  const planned = upcoming.getByRole('listitem').filter({ hasText: 'Verbeteroverleg heup & knie' }).filter({ hasText: 'Gepland' }).first();
  await planned.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Agenda' })).toBeVisible();
  await page.getByRole('button', { name: 'Start vergadermodus' }).click();
  const mode = page.getByRole('dialog', { name: 'Vergadermodus' });
  await expect(mode.getByRole('heading', { level: 1, name: 'Opening en aanwezigheid' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(mode.getByRole('heading', { level: 1, name: 'Minder complicaties na heup- en knieprothese' })).toBeVisible();
  await mode.getByRole('combobox', { name: 'Beoordeling' }).selectOption('at-risk');
  await mode.getByRole('textbox', { name: 'Toelichting (wat gebeurde er, waarom?)' }).fill('Twee infecties in de laatste maand');
  await mode.getByRole('button', { name: 'Status opslaan' }).click();
  await expect(page.getByText('Statusupdate opgeslagen')).toBeVisible();
  await mode.getByRole('textbox', { name: 'Besluit', exact: true }).fill('Wondcontrole na 10 dagen standaard');
  await mode.getByRole('button', { name: 'Besluit opslaan' }).click();
  await expect(page.getByText('Besluit vastgelegd')).toBeVisible();
  await mode.getByRole('textbox', { name: 'Actie', exact: true }).fill('Wondcontrole inplannen in het zorgpad');
  await mode.getByRole('combobox', { name: 'Eigenaar' }).selectOption({ label: 'Lars Lid' });
  await mode.getByRole('button', { name: 'Actie opslaan' }).click();
  await expect(page.getByText('Actie vastgelegd')).toBeVisible();
  await expect(mode.getByText('Besluit: Wondcontrole na 10 dagen standaard')).toBeVisible();
  await mode.getByRole('button', { name: 'Vergadermodus verlaten' }).click();

  // The log shows the decision and the action.
  await page.getByRole('navigation', { name: 'Verbetersysteem' }).getByRole('link', { name: 'Acties en besluiten' }).click();
  await expect(page.getByRole('rowheader', { name: 'Wondcontrole inplannen in het zorgpad' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Wondcontrole na 10 dagen standaard' })).toBeVisible();
});
