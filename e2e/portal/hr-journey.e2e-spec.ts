import { createCompany, createUser, graphqlOk, signIn, TEST_PASSWORD } from '@ipl/testing';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-data';
import { CONFIRM, ENROL, nextTotpCode, totpCode } from '../auth/operations';
import { seriousViolations } from './accessibility';
import { describeInBrowser, type Browser } from './browser';
import { startPortalAndBrowser, type PortalServer } from './portal-server';
import { saveScreenshot } from './screenshots';
import { signInAs, submitSignIn } from './sign-in';

const SESSION_KEY = 'ipl.session';
const HR_EMAIL = 'hr.reno@demo.ipl.example';

/** The tokens the portal keeps for this tab (an expression: the server's tsconfig has no DOM types). */
function storedSession(page: Page): Promise<string | null> {
  return page.evaluate<string | null>(`window.sessionStorage.getItem(${JSON.stringify(SESSION_KEY)})`);
}

/** A day from today, YYYY-MM-DD, and how the portal writes it ("3 marzo 2026"). */
function dayFromToday(days: number): { iso: string; italian: string } {
  const iso = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const italian = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Rome' }).format(new Date(`${iso}T12:00:00Z`));
  return { iso, italian };
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/**
 * Bootstrap Italia draws its own box over the native input; a click event on the input itself is
 * what a click on that box causes, without depending on where the box is while React re-renders.
 */
async function tick(checkbox: Locator): Promise<void> {
  if (!(await checkbox.isChecked())) await checkbox.dispatchEvent('click');
  if (!(await checkbox.isChecked())) throw new Error(`${String(checkbox)} did not get ticked`);
}

/** The success message a page announces after an action (its role=status region). */
function announced(page: Page, text: string) {
  return page.locator('[role=status]', { hasText: text }).waitFor();
}

// One portal and one browser for the whole HR side, in journey order: signing in (the README
// screenshot of the demo slots first), then the company, Albo, slots and needs journeys, then the
// session's renewal, sign-out and second factor, and last a company new to the Albo.
describeInBrowser('portal: HR signs in and keeps the company, its Albo membership, its slots and its needs analyses', () => {
  let portal: PortalServer;
  let browser: Browser;
  beforeAll(async () => {
    ({ portal, browser } = await startPortalAndBrowser());
  }, 60_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), portal?.close()]);
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
    await signInAs(page, portal, HR_EMAIL, 'not-the-password');
    await page.getByRole('alert').getByText('E-mail o password non corretti').waitFor();
    expect(await page.getByLabel('Indirizzo e-mail').inputValue()).toBe(HR_EMAIL);
    expect(await page.getByLabel('Password').inputValue()).toBe('not-the-password');
    expect(await seriousViolations(page)).toEqual([]);

    // The API sent both languages: switching shows the same refusal in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('alert').getByText('Wrong e-mail or password').waitFor();
    await page.getByRole('button', { name: 'Italiano' }).click();
  });

  it("signs HR in to the company's slots, which pass the scan and are the README screenshot", async () => {
    const { page } = browser;
    await signInAs(page, portal, HR_EMAIL);
    await page.getByRole('heading', { level: 1, name: 'I miei posti' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/area-riservata/posti');
    await page.locator('tbody tr').first().waitFor();
    const titles = await page.locator('tbody th[scope=row]').allTextContents();
    expect(titles).toContain('Tirocinio in officina: aiuto saldatore');
    await page.getByText('Accesso effettuato come Giulia Ferri (HR, demo)').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'posti-hr');
  });

  it('edits the company profile (a site added by district and comune), then sees the Albo status and files the renewal', async () => {
    const { page } = browser;
    const nav = page.getByRole('navigation', { name: 'Menu principale' });
    await nav.getByRole('link', { name: 'La mia azienda' }).click();
    await page.getByRole('heading', { level: 1, name: 'La mia azienda' }).waitFor();
    await page.getByText('03214560371').waitFor();
    expect(await page.getByLabel('Ragione sociale').inputValue()).toBe('Officine Meccaniche del Reno S.r.l.');
    expect(await page.getByLabel('Comune').first().inputValue()).toBe('CASALECCHIO_DI_RENO');
    await expectAccessible(page);

    await page.getByLabel('Ragione sociale').fill('Officine Meccaniche del Reno S.p.A.');
    await page.getByLabel('Dimensione').selectOption('LARGE');
    await page.getByRole('button', { name: 'Aggiungi una sede' }).click();
    const third = page.getByRole('group', { name: 'Sede 3' });
    await third.getByLabel('Distretto').selectOption('BOLOGNA');
    // The district narrows the comuni to its own.
    expect(await third.getByLabel('Comune').locator('option').count()).toBe(2);
    await third.getByLabel('Comune').selectOption('BOLOGNA');
    await third.getByLabel('Indirizzo').fill('Via del Lavoro 1');
    await page.getByRole('button', { name: 'Salva il profilo' }).click();
    await announced(page, 'Profilo dell’azienda salvato.');
    await page.reload();
    await page.getByRole('group', { name: 'Sede 3' }).waitFor();
    expect(await page.getByLabel('Ragione sociale').inputValue()).toBe('Officine Meccaniche del Reno S.p.A.');
    expect(await page.getByLabel('Dimensione').inputValue()).toBe('LARGE');
    expect(await page.getByRole('group', { name: 'Sede 3' }).getByLabel('Indirizzo').inputValue()).toBe('Via del Lavoro 1');

    await nav.getByRole('link', { name: 'Iscrizione all’Albo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Iscrizione all’Albo delle Aziende inclusive' }).waitFor();
    await page.getByText('Stato: iscritta').waitFor();
    const logoNumber = page.locator('dt', { hasText: 'Numero del logo' }).locator('xpath=following-sibling::dd');
    expect(await logoNumber.textContent()).toMatch(/^AI-\d{4}-\d{5}$/);
    const expiry = page.locator('dt', { hasText: 'Logo valido fino al' }).locator('xpath=following-sibling::dd');
    expect(await expiry.textContent()).toMatch(/^\d{1,2} [a-z]+ \d{4}$/);
    await expectAccessible(page);

    // A requirement left undeclared: the API refuses in Italian, and the ticks given stay.
    await tick(page.getByLabel('Gli obblighi della L. 68/99 sono assolti o non dovuti'));
    await page.getByLabel('Il percorso inclusivo realizzato, in poche parole').fill('Tirocinio in officina con tutor');
    await page.getByRole('button', { name: 'Chiedi il rinnovo' }).click();
    await page.getByRole('alert').getByText('Requisito di ammissione non dichiarato').waitFor();
    expect(await page.getByLabel('Gli obblighi della L. 68/99 sono assolti o non dovuti').isChecked()).toBe(true);
    expect(await page.getByLabel('Il percorso inclusivo realizzato, in poche parole').inputValue()).toBe('Tirocinio in officina con tutor');
    await tick(page.getByLabel(/almeno un percorso inclusivo/));
    await tick(page.getByLabel(/sede operativa nella Città metropolitana/));
    await page.getByRole('button', { name: 'Chiedi il rinnovo' }).click();
    await announced(page, 'Richiesta di rinnovo inviata.');
    await page.getByText(/^Rinnovo richiesto il \d{1,2} [a-z]+ \d{4}/).waitFor();
    expect(await page.getByRole('button', { name: 'Chiedi il rinnovo' }).count()).toBe(0);
    await page.getByRole('rowheader', { name: 'Rinnovo richiesto' }).waitFor();
    await expectAccessible(page);
  });

  it('creates a slot with skills picked through the autocomplete; the API refusal keeps every value typed', async () => {
    const { page } = browser;
    const start = dayFromToday(30);
    await page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'I miei posti' }).click();
    await page.getByRole('link', { name: 'Nuovo posto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nuovo posto' }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Tipo di percorso').selectOption('JOB');
    await page.getByLabel('Titolo').fill('Carrellista in magazzino');
    await page.getByLabel('Descrizione').fill('Movimentazione dei pallet con il carrello elevatore nel magazzino ricambi.');
    // A synonym finds the skill; the keyboard picks it (combobox pattern).
    const required = page.getByRole('combobox', { name: 'Competenze richieste' });
    await required.fill('muletto');
    await page.getByRole('option', { name: /Conduzione carrello elevatore/ }).waitFor();
    expect(await required.getAttribute('aria-expanded')).toBe('true');
    await expectAccessible(page);
    // The README shows the autocomplete open: the combobox mid-screen (at once: Bootstrap scrolls smoothly).
    await page.evaluate(`document.getElementById('slot-required-skills').scrollIntoView({ block: 'center', behavior: 'instant' })`);
    await saveScreenshot(page, 'posto-nuovo-hr');
    await required.press('ArrowDown');
    expect(await required.getAttribute('aria-activedescendant')).toBeTruthy();
    await required.press('Enter');
    const requiredChosen = page.getByRole('list', { name: 'Competenze richieste: scelte' });
    await requiredChosen.getByText('Conduzione carrello elevatore').waitFor();
    expect(await required.getAttribute('aria-expanded')).toBe('false');
    const nice = page.getByRole('combobox', { name: 'Competenze gradite' });
    await nice.fill('transpal');
    await page.getByRole('option', { name: /Uso del transpallet/ }).click();
    await page.getByRole('list', { name: 'Competenze gradite: scelte' }).getByText('Uso del transpallet').waitFor();

    await page.getByLabel('Distretto').selectOption('RENO_LAVINO_SAMOGGIA');
    await page.getByLabel('Comune').selectOption('ZOLA_PREDOSA');
    await page.getByLabel('Numero di posti').fill('2');
    await page.getByLabel('Ore a settimana').fill('60');
    await page.getByLabel('Data di inizio').fill(start.iso);
    await page.getByLabel('Durata in mesi').fill('12');
    await tick(page.getByLabel('Giorno'));
    await tick(page.getByLabel('Un tutor aziendale segue la persona'));
    await tick(page.getByLabel('Serve la patente di guida'));
    await page.getByRole('button', { name: 'Salva la bozza' }).click();

    // The API's message, in Italian, beside the field; nothing typed is lost.
    const alert = page.getByRole('alert').filter({ hasText: 'Alcuni dati non sono validi' });
    await alert.waitFor();
    // The API names the field by its path; the alert names it by its label.
    expect(await alert.textContent()).toContain('Ore a settimana');
    expect(await alert.textContent()).not.toContain('input.');
    const hours = page.getByLabel('Ore a settimana');
    expect(await hours.getAttribute('aria-invalid')).toBe('true');
    await page.locator('#slot-hours-error', { hasText: 'non deve superare 48' }).waitFor();
    expect(await hours.inputValue()).toBe('60');
    expect(await page.getByLabel('Tipo di percorso').inputValue()).toBe('JOB');
    expect(await page.getByLabel('Titolo').inputValue()).toBe('Carrellista in magazzino');
    expect(await page.getByLabel('Descrizione').inputValue()).toContain('carrello elevatore');
    expect(await requiredChosen.getByText('Conduzione carrello elevatore').count()).toBe(1);
    expect(await page.getByLabel('Comune').inputValue()).toBe('ZOLA_PREDOSA');
    expect(await page.getByLabel('Numero di posti').inputValue()).toBe('2');
    expect(await page.getByLabel('Data di inizio').inputValue()).toBe(start.iso);
    expect(await page.getByLabel('Durata in mesi').inputValue()).toBe('12');
    expect(await page.getByLabel('Giorno').isChecked()).toBe(true);
    expect(await page.getByLabel('Un tutor aziendale segue la persona').isChecked()).toBe(true);
    expect(await page.getByLabel('Serve la patente di guida').isChecked()).toBe(true);
    await expectAccessible(page);
    // The API sent both languages: the same refusal in English, the form untouched.
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#slot-hours-error', { hasText: 'greater than 48' }).waitFor();
    await page.getByRole('button', { name: 'Italiano' }).click();
    expect(await hours.inputValue()).toBe('60');

    await hours.fill('30');
    await page.getByRole('button', { name: 'Salva la bozza' }).click();
    await page.getByRole('heading', { level: 1, name: 'Carrellista in magazzino' }).waitFor();
    const slotPath = new URL(page.url()).pathname;
    expect(slotPath).toMatch(/^\/area-riservata\/posti\/[0-9a-f-]{36}$/);
    await announced(page, 'Posto salvato come bozza.');
    await page.getByText('Bozza', { exact: true }).waitFor();
    await page.locator('dd', { hasText: 'Conduzione carrello elevatore' }).waitFor();
    await page.locator('dd', { hasText: 'Zola Predosa (Reno, Lavino e Samoggia)' }).waitFor();
    expect(await page.getByRole('link', { name: 'Vedi i candidati' }).getAttribute('href')).toBe(`${slotPath}/candidati`);
    await expectAccessible(page);
  });

  it('edits the slot from what was saved, then publishes, pauses, caps and closes it, each confirmed or submitted with its progress', async () => {
    const { page } = browser;
    const pause = dayFromToday(7);
    // The edit form starts from what was saved.
    await page.getByRole('link', { name: 'Modifica' }).click();
    await page.getByRole('heading', { level: 1, name: 'Modifica: Carrellista in magazzino' }).waitFor();
    expect(await page.getByLabel('Ore a settimana').inputValue()).toBe('30');
    expect(await page.getByLabel('Tipo di percorso').isDisabled()).toBe(true);
    await page.getByRole('list', { name: 'Competenze richieste: scelte' }).getByText('Conduzione carrello elevatore').waitFor();
    await page.getByLabel('Titolo').fill('Carrellista in magazzino ricambi');
    await page.getByRole('button', { name: 'Salva le modifiche' }).click();
    await page.getByRole('heading', { level: 1, name: 'Carrellista in magazzino ricambi' }).waitFor();
    await announced(page, 'Modifiche salvate.');

    await page.getByRole('button', { name: 'Pubblica' }).click();
    await page.getByText('Pubblicare il posto?').waitFor();
    await page.getByRole('button', { name: 'Sì, pubblica' }).click();
    await announced(page, 'Posto pubblicato.');
    await page.getByText('Pubblicato', { exact: true }).waitFor();

    await page.getByLabel('Fino al giorno (compreso)').fill(pause.iso);
    await page.getByRole('button', { name: 'Sospendi', exact: true }).click();
    await announced(page, 'Proposte sospese.');
    await page.getByText(`Proposte sospese fino al ${pause.italian}`).first().waitFor();

    await page.getByLabel('Nuove proposte al mese, al massimo').fill('3');
    await page.getByRole('button', { name: 'Imposta il limite' }).click();
    await announced(page, 'Limite mensile impostato.');
    await page.getByText('Al massimo 3 nuove proposte al mese.').waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Chiudi il posto' }).click();
    await page.getByRole('button', { name: 'Sì, chiudi' }).click();
    await announced(page, 'Posto chiuso.');
    await page.getByText('Chiuso', { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Modifica' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Torna a I miei posti' }).click();
    const row = page.locator('tbody tr', { hasText: 'Carrellista in magazzino' });
    await row.getByText('Chiuso').waitFor();
  });

  it('files a needs analysis with a skill from the autocomplete, submits it read-only, and starts a new version', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Fabbisogni' }).click();
    await page.getByRole('heading', { level: 1, name: 'Analisi dei fabbisogni' }).waitFor();
    await page.getByText('La tua azienda non ha ancora compilato analisi dei fabbisogni.').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Nuova analisi dei fabbisogni' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nuova analisi dei fabbisogni' }).waitFor();
    const period = await page.getByLabel('Periodo').inputValue();
    await page.getByLabel('Profilo o mansione').fill('Saldatore');
    const skills = page.getByRole('combobox', { name: 'Competenze' });
    await skills.fill('saldatura a f');
    await page.getByRole('option', { name: /Saldatura a filo/ }).click();
    await page.getByLabel('Persone').fill('2');
    await page.getByLabel('Distretto').selectOption('RENO_LAVINO_SAMOGGIA');
    await page.getByLabel('Note per il Tavolo').fill('Turni diurni, con affiancamento');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Salva la bozza' }).click();

    await page.getByRole('heading', { level: 1, name: /versione 1$/ }).waitFor();
    await announced(page, 'Bozza salvata.');
    expect(await page.getByLabel('Profilo o mansione').inputValue()).toBe('Saldatore');
    await page.getByRole('list', { name: 'Competenze: scelte' }).getByText('Saldatura a filo').waitFor();
    await page.getByRole('button', { name: 'Invia al Tavolo' }).click();
    await page.getByRole('button', { name: 'Sì, invia' }).click();
    await announced(page, 'Analisi inviata al Tavolo.');
    // Read-only once submitted: a table, no field left to type in.
    const line = page.locator('tbody tr', { hasText: 'Saldatore' });
    await line.getByText('Saldatura a filo').waitFor();
    await line.getByText('Reno, Lavino e Samoggia').waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    await page.getByText('Inviata', { exact: true }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Crea una nuova versione' }).click();
    await page.getByRole('heading', { level: 1, name: /versione 2$/ }).waitFor();
    await announced(page, 'Nuova versione creata come bozza');
    expect(await page.getByLabel('Profilo o mansione').inputValue()).toBe('Saldatore');
    expect(await page.getByLabel('Periodo').inputValue()).toBe(period);

    await page.getByRole('link', { name: 'Torna alle analisi dei fabbisogni' }).click();
    await page.getByText('2 analisi').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(2);
    await expectAccessible(page);
  });

  it('pages through the slots ten at a time, forward and back', async () => {
    const { page } = browser;
    // Ten more drafts, copies of one of the company's slots, for a second page: with the two demo
    // slots and the one created above, 13 slots.
    await portal.api.dataSource.query(
      `INSERT INTO slot SELECT (jsonb_populate_record(NULL::slot, to_jsonb(s) || jsonb_build_object('id', gen_random_uuid(), 'title', 'Bozza ' || n, 'status', 'DRAFT', 'published_at', NULL))).*
         FROM slot s CROSS JOIN generate_series(1, 10) AS n
        WHERE s.id = (SELECT id FROM slot WHERE company_id = (SELECT company_id FROM app_user WHERE email = $1) LIMIT 1)`,
      [HR_EMAIL],
    );
    await page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'I miei posti' }).click();
    await page.getByText('13 posti').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(10);
    await page.getByRole('button', { name: 'Pagina successiva' }).click();
    await page.getByText('Pagina 2').waitFor();
    await page.locator('tbody tr').nth(3).waitFor({ state: 'detached' });
    expect(await page.locator('tbody tr').count()).toBe(3);
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

  it('lets the HR of a company not yet in the Albo apply, with sections and the requirements declared', async () => {
    const { dataSource } = portal.api;
    const companyId = await createCompany(dataSource, 'Legatoria del Navile S.r.l.');
    await dataSource.query(`INSERT INTO company_site (company_id, comune_code, position) VALUES ($1, 'BOLOGNA', 0)`, [companyId]);
    const hr = await createUser(dataSource, 'COMPANY_HR', { companyId });

    const { page } = browser;
    await page.getByRole('button', { name: 'Esci' }).click();
    await page.getByRole('link', { name: 'Accedi' }).click();
    await submitSignIn(page, hr.email, TEST_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'I miei posti' }).waitFor();
    await page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Iscrizione all’Albo' }).click();
    await page.getByText('La tua azienda non ha ancora presentato domanda di iscrizione.').waitFor();
    await expectAccessible(page);

    await tick(page.getByLabel('Inclusione lavorativa di persone svantaggiate'));
    await tick(page.getByLabel('Gli obblighi della L. 68/99 sono assolti o non dovuti'));
    await tick(page.getByLabel(/almeno un percorso inclusivo/));
    await tick(page.getByLabel(/sede operativa nella Città metropolitana/));
    await page.getByRole('button', { name: 'Invia la domanda' }).click();
    await announced(page, 'Domanda inviata');
    await page.getByText('Stato: domanda in esame').waitFor();
    await page.locator('dd', { hasText: 'Inclusione lavorativa di persone svantaggiate' }).waitFor();
    expect(await page.getByRole('button', { name: 'Invia la domanda' }).count()).toBe(0);
    await expectAccessible(page);
  });
});
