import { expect, test } from '@playwright/test';
import { logIn, logOut, uniqueEmail } from './support';

test('an invited colleague accepts the link, creates an account and lands in the team', async ({ page }) => {
  await logIn(page);
  await page.getByRole('main').getByRole('link', { name: 'Borstkanker' }).click();
  const email = uniqueEmail('nieuwe-collega');
  const name = `Nina Nieuw ${email.split('@')[0]!.slice(-6)}`;
  const invite = page.getByRole('region', { name: 'Iemand uitnodigen' });
  await invite.getByLabel('E-mailadres').fill(email);
  await invite.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const url = await invite.getByLabel('Uitnodigingslink').inputValue();
  await logOut(page, 'Anna Beheer');

  await page.goto(url);
  await expect(
    page.getByText('Je bent uitgenodigd voor het team Borstkanker van Demo Ziekenhuis als Teamlid.'),
  ).toBeVisible();
  await page.getByLabel('Je naam').fill(name);
  await page.getByLabel('Kies een wachtwoord').fill('een lang nieuw wachtwoord');
  await page.getByLabel('Herhaal het wachtwoord').fill('een lang nieuw wachtwoord');
  await page.getByRole('button', { name: 'Uitnodiging accepteren' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Borstkanker' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Teamleden' }).getByRole('rowheader', { name }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: new RegExp(name) })).toBeVisible();

  // The link is single-use.
  await logOut(page, name);
  await page.goto(url);
  await expect(page.getByText(/Deze uitnodiging is verlopen, al gebruikt of ingetrokken/)).toBeVisible();
});
