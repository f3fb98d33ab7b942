import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Leerlus-demo-2026';
export const ADMIN = 'admin@demo.leerlus.nl';
export const DEMO_TEAMS = ['Heup- en knieartrose', 'Borstkanker', 'Palliatieve zorg'] as const;

/** Logs in through the login page (Dutch UI) and waits for the team list. */
export async function logIn(page: Page, email = ADMIN, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
}

/** Logs out through the user menu and waits for the login page. */
export async function logOut(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
}

/** A unique address per run, so invitations never collide with earlier ones. */
export const uniqueEmail = (prefix: string) =>
  `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
