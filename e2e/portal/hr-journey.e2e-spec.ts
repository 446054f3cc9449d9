import { graphqlOk, signIn } from '@ipl/testing';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-data';
import { ENROL, CONFIRM, nextTotpCode, totpCode } from '../auth/operations';
import { seriousViolations } from './accessibility';
import { describeInBrowser, openBrowser, type Browser } from './browser';
import { startPortal, type PortalServer } from './portal-server';
import { saveScreenshot } from './screenshots';
import type { Page } from 'playwright-core';
import { signInAs } from './sign-in';

const SESSION_KEY = 'ipl.session';

/** The tokens the portal keeps for this tab (an expression: the server's tsconfig has no DOM types). */
function storedSession(page: Page): Promise<string | null> {
  return page.evaluate<string | null>(`window.sessionStorage.getItem(${JSON.stringify(SESSION_KEY)})`);
}

describeInBrowser('portal: sign-in, second factor, HR slots, sign-out', () => {
  let portal: PortalServer;
  let browser: Browser;
  beforeAll(async () => {
    portal = await startPortal();
    browser = await openBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('sends a signed-out visitor of a reserved page to the sign-in form, which passes the WCAG 2.1 AA scan', async () => {
    const { page } = browser;
    await page.goto(`${portal.url}/area-riservata/posti`);
    await page.getByRole('heading', { level: 1, name: "Accedi all'area riservata" }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/accedi');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows the API's refusal in the user's language and keeps what was typed", async () => {
    const { page } = browser;
    await signInAs(page, portal, 'hr.reno@demo.ipl.example', 'not-the-password');
    await page.getByRole('alert').getByText('E-mail o password non corretti').waitFor();
    expect(await page.getByLabel('Indirizzo e-mail').inputValue()).toBe('hr.reno@demo.ipl.example');
    expect(await page.getByLabel('Password').inputValue()).toBe('not-the-password');
    expect(await seriousViolations(page)).toEqual([]);

    // The API sent both languages: switching shows the same refusal in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('alert').getByText('Wrong e-mail or password').waitFor();
    await page.getByRole('button', { name: 'Italiano' }).click();
  });

  it("signs HR in to the company's slots, which pass the scan and are the README screenshot", async () => {
    const { page } = browser;
    await signInAs(page, portal, 'hr.reno@demo.ipl.example');
    await page.getByRole('heading', { level: 1, name: 'I miei posti' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/area-riservata/posti');
    await page.locator('tbody tr').first().waitFor();
    const titles = await page.locator('tbody th[scope=row]').allTextContents();
    expect(titles).toContain('Tirocinio in officina: aiuto saldatore');
    await page.getByText('Accesso effettuato come Giulia Ferri (HR, demo)').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'posti-hr');
  });

  it('pages through the slots ten at a time, forward and back', async () => {
    const { page } = browser;
    // Ten more drafts, copies of one of the company's slots, for a second page.
    await portal.api.dataSource.query(
      `INSERT INTO slot SELECT (jsonb_populate_record(NULL::slot, to_jsonb(s) || jsonb_build_object('id', gen_random_uuid(), 'title', 'Bozza ' || n, 'status', 'DRAFT', 'published_at', NULL))).*
         FROM slot s CROSS JOIN generate_series(1, 10) AS n
        WHERE s.id = (SELECT id FROM slot WHERE company_id = (SELECT company_id FROM app_user WHERE email = $1) LIMIT 1)`,
      ['hr.reno@demo.ipl.example'],
    );
    await page.reload();
    await page.getByText('12 posti').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(10);
    await page.getByRole('button', { name: 'Pagina successiva' }).click();
    await page.getByText('Pagina 2').waitFor();
    await page.locator('tbody tr').nth(2).waitFor({ state: 'detached' });
    expect(await page.locator('tbody tr').count()).toBe(2);
    expect(await page.getByRole('button', { name: 'Pagina successiva' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Pagina precedente' }).click();
    await page.getByText('Pagina 1').waitFor();
    await page.locator('tbody tr').nth(9).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('renews an expired access token with the refresh token (rotation) without asking to sign in again', async () => {
    const { page } = browser;
    const before = await storedSession(page);
    const tokens = JSON.parse(before ?? '{}') as { accessToken: string; refreshToken: string };
    const forged = JSON.stringify({ ...tokens, accessToken: 'expired.or.forged' });
    await page.evaluate(`window.sessionStorage.setItem(${JSON.stringify(SESSION_KEY)}, ${JSON.stringify(forged)})`);
    await page.reload();
    await page.locator('tbody tr').first().waitFor();
    const after = JSON.parse((await storedSession(page)) ?? '{}') as typeof tokens;
    expect(after.refreshToken).not.toBe(tokens.refreshToken);
    expect(after.accessToken).not.toBe('expired.or.forged');
  });

  it('signs out: the session ends and reserved pages ask to sign in again', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Esci' }).click();
    await page.getByRole('heading', { level: 1, name: 'Albo metropolitano delle Aziende inclusive' }).waitFor();
    await page.getByRole('link', { name: 'Accedi' }).waitFor();
    expect(await storedSession(page)).toBeNull();
    await page.goto(`${portal.url}/area-riservata/posti`);
    await page.getByRole('heading', { level: 1, name: "Accedi all'area riservata" }).waitFor();
  });

  it('asks for the TOTP code of a user with a second factor, keeping e-mail and password, then signs in', async () => {
    const email = 'hr.ponte@demo.ipl.example';
    const session = await signIn(portal.api.server, email, DEMO_PASSWORD);
    const { enrolSecondFactor } = await graphqlOk<{ enrolSecondFactor: { secret: string } }>(portal.api.server, ENROL, {}, { token: session.accessToken });
    await graphqlOk(portal.api.server, CONFIRM, { input: { code: await totpCode(enrolSecondFactor.secret) } }, { token: session.accessToken });

    const { page } = browser;
    await signInAs(page, portal, email);
    const code = page.getByLabel('Codice di verifica a 6 cifre');
    await code.waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByLabel('Indirizzo e-mail').inputValue()).toBe(email);
    expect(await seriousViolations(page)).toEqual([]);

    await code.fill(await nextTotpCode(enrolSecondFactor.secret));
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'I miei posti' }).waitFor();
    await page.getByText('Accesso effettuato come Marco Vitali (HR, demo)').waitFor();
  });
});
