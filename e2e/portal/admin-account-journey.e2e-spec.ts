import { mailsTo } from '@ipl/testing';
import type { Page } from 'playwright-core';
import { nextTotpCode, totpCode } from '../auth/operations';
import { seriousViolations } from './accessibility';
import { describeInBrowser, type Browser } from './browser';
import { startPortalAndBrowser, type PortalServer } from './portal-server';
import { signInAs, signOut, submitSignIn } from './sign-in';

const SESSION_KEY = 'ipl.session';
const OPERATOR_EMAIL = 'operatrice.casalecchio@demo.ipl.example';
const ORGANISATION = 'Caritas parrocchiale di Casalecchio';
const GOOD_PASSWORD = 'Una frase lunga per entrare';
// Each test is a whole journey of several pages, each scanned by axe.
const JOURNEY_TIMEOUT = 90_000;

/** The link of the newest invitation e-mail to this address, as the invitee would click it. */
async function invitationLink(portal: PortalServer, email: string): Promise<URL> {
  const mail = (await mailsTo(portal.api.dataSource, email)).filter((sent) => sent.kind === 'invitation').at(-1);
  const link = mail?.body.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`No invitation e-mail to ${email}`);
  return new URL(link);
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

describeInBrowser('portal: the metropolitan office, an invited operator, and everyone’s profile', () => {
  let portal: PortalServer;
  let browser: Browser;
  let secret = '';

  beforeAll(async () => {
    ({ portal, browser } = await startPortalAndBrowser());
  }, 60_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), portal?.close()]);
  });

  it('admin: admits the pending company with its evidence, adds a board company, registers an organisation and invites its operator', async () => {
    const { page } = browser;
    await signInAs(page, portal, 'admin@demo.ipl.example');

    // The review queue opens on the applications waiting, with the declarations and the platform's figures.
    await page.getByRole('heading', { level: 1, name: 'Domande e iscrizioni all’Albo' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/area-riservata/albo');
    const savena = page.getByRole('article', { name: 'Forno Savena S.n.c.' });
    await savena.getByText(/^Dati della piattaforma dal \d{1,2} [a-z]+ \d{4}$/).waitFor();
    await savena.getByText('Posti pubblicati').waitFor();
    expect(await savena.getByText('In attesa di esame').count()).toBe(1);
    await expectAccessible(page);

    // A rejection needs a reason: the API's message shows under the field, which keeps what was typed.
    const reason = savena.getByLabel('Commento o motivo');
    await reason.fill('no');
    await savena.getByRole('button', { name: 'Respingi' }).click();
    await savena.getByRole('alert').getByText('Alcuni dati non sono validi').waitFor();
    await savena.getByText('deve avere almeno 3 caratteri').waitFor();
    expect(await reason.inputValue()).toBe('no');

    await reason.fill('Requisiti verificati con la visita in sede');
    await savena.getByRole('button', { name: 'Ammetti' }).click();
    await savena.getByText(/^Forno Savena S\.n\.c\. è iscritta all’Albo con il logo n\. AI-\d{4}-\d{5}\.$/).waitFor();
    expect(await savena.getByText('Iscritta', { exact: true }).count()).toBe(1);

    // The board: the company admitted a moment ago is among those offered.
    await page.getByRole('link', { name: 'Tavolo', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Tavolo del Protocollo' }).waitFor();
    const seats = page.getByRole('table', { name: 'Aziende che siedono oggi al Tavolo' });
    await seats.getByRole('rowheader', { name: 'Il Ponte Cooperativa Sociale' }).waitFor();
    const company = page.getByLabel('Azienda', { exact: true });
    expect(await company.locator('option').allTextContents()).toEqual(['Nessuna azienda scelta', 'Forno Savena S.n.c.', 'Officine Meccaniche del Reno S.r.l.']);
    await company.selectOption({ label: 'Officine Meccaniche del Reno S.r.l.' });
    await page.getByRole('button', { name: 'Aggiungi al Tavolo' }).click();
    await page.getByText('Officine Meccaniche del Reno S.r.l. siede ora al Tavolo.').waitFor();
    await seats.getByRole('rowheader', { name: 'Officine Meccaniche del Reno S.r.l.' }).waitFor();
    await expectAccessible(page);

    // Organisations: a missing name is the API's to refuse, and the choices made stay.
    await page.getByRole('link', { name: 'Organizzazioni', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Organizzazioni' }).waitFor();
    await page.getByRole('rowheader', { name: 'Servizio Sociale Territoriale di Bologna - Navile' }).waitFor();
    await page.getByLabel('Canale', { exact: true }).selectOption('CARITAS');
    await page.getByLabel('Distretto', { exact: true }).selectOption('RENO_LAVINO_SAMOGGIA');
    await page.getByRole('button', { name: 'Registra l’organizzazione' }).click();
    await page.getByText('è obbligatorio').waitFor();
    expect(await page.getByLabel('Distretto', { exact: true }).inputValue()).toBe('RENO_LAVINO_SAMOGGIA');
    expect(await page.getByLabel('Canale', { exact: true }).inputValue()).toBe('CARITAS');
    await page.getByLabel('Nome', { exact: true }).fill(ORGANISATION);
    await page.getByRole('button', { name: 'Registra l’organizzazione' }).click();
    await page.getByText(`${ORGANISATION} è stata registrata.`).waitFor();
    await page.getByRole('rowheader', { name: ORGANISATION }).waitFor();

    await page.getByRole('button', { name: `Invita un operatore di ${ORGANISATION}` }).click();
    await page.getByLabel('E-mail della persona da invitare').fill(OPERATOR_EMAIL);
    await page.getByRole('button', { name: 'Invia l’invito' }).click();
    await page.getByText(new RegExp(`^Invito inviato a ${OPERATOR_EMAIL.replace(/\./g, '\\.')}: il link vale fino al`)).waitFor();
    await expectAccessible(page);

    // The invitations page lists it, waiting, with its organisation.
    await page.getByRole('link', { name: 'Inviti', exact: true }).click();
    const row = page.getByRole('row', { name: new RegExp(OPERATOR_EMAIL.replace(/\./g, '\\.')) });
    await row.getByText(ORGANISATION).waitFor();
    await row.getByText('In attesa').waitFor();
    await expectAccessible(page);

    await signOut(page);
  }, JOURNEY_TIMEOUT);

  it("invitee: a weak password gets the API's message in the user's language and keeps the form; then activates, enrols a second factor and sets a notification", async () => {
    const { page } = browser;
    const link = await invitationLink(portal, OPERATOR_EMAIL);
    await page.goto(`${portal.url}/invito/${link.searchParams.get('token') ?? ''}`);
    await page.getByRole('heading', { level: 1, name: 'Attiva il tuo account' }).waitFor();
    await page.getByLabel('Nome e cognome').fill('Chiara Neri');
    await page.getByLabel('Nuova password').fill('corta');
    await page.getByLabel('Ripeti la password').fill('corta');
    await page.getByRole('button', { name: 'Attiva l’account' }).click();
    await page.getByRole('alert').getByText('Alcuni dati non sono validi: input.password').waitFor();
    await page.getByText('deve avere almeno 12 caratteri').waitFor();
    expect(await page.getByLabel('Nome e cognome').inputValue()).toBe('Chiara Neri');
    expect(await page.getByLabel('Nuova password').inputValue()).toBe('corta');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('must be longer than or equal to 12 characters').waitFor();
    await page.getByRole('button', { name: 'Italiano' }).click();

    await page.getByLabel('Nuova password').fill(GOOD_PASSWORD);
    await page.getByLabel('Ripeti la password').fill(GOOD_PASSWORD);
    await page.getByRole('button', { name: 'Attiva l’account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Il mio profilo' }).waitFor();
    await page.getByText('Il tuo account è attivo.', { exact: false }).waitFor();
    await page.getByText('Accesso effettuato come Chiara Neri').waitFor();

    // Second factor: the QR code (drawn by the qrcode library) and the key; a code from the key confirms it.
    await page.getByRole('button', { name: 'Configura la verifica in due passaggi' }).click();
    await page.getByRole('img', { name: 'Codice QR da inquadrare con l’app di autenticazione' }).waitFor();
    secret = (await page.locator('#totp-secret').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expectAccessible(page);
    await page.getByLabel('2. Codice a 6 cifre mostrato dall’app').fill(await totpCode(secret));
    await page.getByRole('button', { name: 'Conferma e attiva' }).click();
    await page.getByText('Fatto: la verifica in due passaggi è attiva.', { exact: false }).waitFor();

    // Notifications: one kind switched off, saved at once, still off after a reload.
    const received = page.getByLabel('E-mail per: Proposta ricevuta');
    await received.selectOption('OFF');
    await page.getByRole('row', { name: /Proposta ricevuta/ }).getByText('Salvato').waitFor();
    await expectAccessible(page);
    await page.reload();
    await page.getByText('La verifica in due passaggi è attiva.').waitFor();
    expect(await page.getByLabel('E-mail per: Proposta ricevuta').inputValue()).toBe('OFF');
    expect(await page.getByLabel('E-mail per: Percorso a rischio').inputValue()).toBe('IMMEDIATE');
  }, JOURNEY_TIMEOUT);

  it('says the session has expired when the API refuses to renew it, then signs in again with the second factor', async () => {
    const { page } = browser;
    const forged = JSON.stringify({ accessToken: 'expired.or.forged', refreshToken: '00000000-0000-4000-8000-000000000000.forged' });
    await page.evaluate(`window.sessionStorage.setItem(${JSON.stringify(SESSION_KEY)}, ${JSON.stringify(forged)})`);
    await page.goto(`${portal.url}/area-riservata/profilo`);
    await page.getByRole('heading', { level: 1, name: "Accedi all'area riservata" }).waitFor();
    await page.getByRole('alert').getByText('La sessione è scaduta, accedi di nuovo.').waitFor();
    expect(await page.evaluate<string | null>(`window.sessionStorage.getItem(${JSON.stringify(SESSION_KEY)})`)).toBeNull();
    await expectAccessible(page);

    await submitSignIn(page, OPERATOR_EMAIL, GOOD_PASSWORD);
    // The code that confirmed the enrolment cannot be used twice: the next one is accepted.
    await page.getByLabel('Codice di verifica a 6 cifre').fill(await nextTotpCode(secret));
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await page.getByText('Accesso effettuato come Chiara Neri').waitFor();
    expect(await page.getByText('La sessione è scaduta', { exact: false }).count()).toBe(0);
  }, JOURNEY_TIMEOUT);
});
