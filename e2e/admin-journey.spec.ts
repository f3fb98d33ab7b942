import { expect, test } from '@playwright/test';
import { DEMO_TEAMS, logIn, logOut, uniqueEmail } from './support';

test.describe('administrator journey', () => {
  test('logs in and sees the demo teams and the admin section', async ({ page }) => {
    await logIn(page);
    for (const team of DEMO_TEAMS)
      await expect(page.getByRole('main').getByRole('link', { name: team })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('link', { name: 'Gebruikers' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Auditlog' })).toBeVisible();
    await expect(page).toHaveTitle('Teams — Leerlus');
  });

  test('switches the language to English and back', async ({ page }) => {
    await logIn(page);
    const languages = page.getByRole('group', { name: 'Taal' });
    await languages.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'My account' }),
    ).toBeVisible();

    // The choice is saved on the account, so it survives a reload.
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(
      page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn account' }),
    ).toBeVisible();
  });

  test('opens a team and invites someone: the link is shown once', async ({ page }) => {
    await logIn(page);
    await page.getByRole('main').getByRole('link', { name: 'Heup- en knieartrose' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Heup- en knieartrose' })).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Teamleden' }).getByRole('rowheader', { name: 'Tessa Teamleider' }),
    ).toBeVisible();

    const email = uniqueEmail('uitgenodigd');
    const invite = page.getByRole('region', { name: 'Iemand uitnodigen' });
    await invite.getByLabel('E-mailadres').fill(email);
    await invite.getByLabel('Rol').selectOption({ label: 'Meelezer' });
    await invite.getByRole('button', { name: 'Uitnodiging maken' }).click();

    const link = invite.getByLabel('Uitnodigingslink');
    await expect(link).toHaveValue(/\/invite\/[A-Za-z0-9_-]{20,}$/);
    await expect(
      page.getByRole('table', { name: 'Openstaande uitnodigingen' }).getByRole('rowheader', { name: email }),
    ).toBeVisible();

    await invite.getByRole('button', { name: 'Klaar' }).click();
    await expect(invite.getByLabel('Uitnodigingslink')).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel('Uitnodigingslink')).toHaveCount(0);
  });

  test('logs out and cannot reach the app any more', async ({ page }) => {
    await logIn(page);
    await logOut(page, 'Anna Beheer');
    await expect(page.getByText('Je bent uitgelogd.')).toBeVisible();
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers/);
  });
});
