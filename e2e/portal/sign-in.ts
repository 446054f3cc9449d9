import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-data';
import type { PortalServer } from './portal-server';

/** Fills the sign-in form already on screen and presses "Accedi"; where it lands is the journey's to check. */
export async function submitSignIn(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Indirizzo e-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
}

/** Opens the sign-in page and signs in (with the demo password unless told otherwise). */
export async function signInAs(page: Page, portal: Pick<PortalServer, 'url'>, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${portal.url}/accedi`);
  await submitSignIn(page, email, password);
}

/** Signs out from the header and waits for the public page's "Accedi" link. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Esci' }).click();
  await page.getByRole('link', { name: 'Accedi' }).waitFor();
}
