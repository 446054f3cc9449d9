import { graphqlOk, signIn } from '@ipl/testing';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../apps/api/src/demo/demo-data';
import { completeInput, createCandidate, randomCodiceFiscale } from '../candidates/operations';
import { seriousViolations } from './accessibility';
import { describeInBrowser, type Browser } from './browser';
import { startPortalAndBrowser, type PortalServer } from './portal-server';
import { saveScreenshot } from './screenshots';
import { signInAs, signOut } from './sign-in';

const OPERATOR = 'operatore.bologna@demo.ipl.example';
const OTHER_OPERATOR = 'operatore.imola@demo.ipl.example';
const CARITAS_IMOLA = "Caritas Diocesana di Imola - Centro d'ascolto";

/** "1 profilo" or "12 profili": the way the page counts. */
function counted(count: number, one: string, many: string): string {
  return count === 1 ? one : many.replace('{count}', String(count));
}

/** Ticks a Bootstrap Italia checkbox the way a user does: its input is drawn by the label. */
async function tick(page: Page, label: string): Promise<void> {
  await page.locator('label', { hasText: label }).first().click();
}

describeInBrowser("portal: the operator's anonymised profiles", () => {
  let portal: PortalServer;
  let browser: Browser;
  let staleCode: string;
  /** The demo operator's profiles and to-do once this file's own are added (the demo seeds some too). */
  let profiles: number;
  let toReconfirm: number;
  /** A person Caritas Imola already follows, with consent to coordination: the duplicate to refer. */
  const followedElsewhere = randomCodiceFiscale();

  beforeAll(async () => {
    ({ portal, browser } = await startPortalAndBrowser());
    const { server, dataSource } = portal.api;
    const imola = await signIn(server, OTHER_OPERATOR, DEMO_PASSWORD);
    await createCandidate(server, imola.accessToken, completeInput(followedElsewhere, { consentPurposes: ['MATCHING', 'COORDINATION_BETWEEN_SERVICES'] }));
    await dataSource.query(`UPDATE organisation SET contact_email = 'ascolto@caritas-imola.example' WHERE name = $1`, [CARITAS_IMOLA]);

    // A complete profile of the demo operator whose reconfirmation date has passed, and ten fresh
    // copies of it (another page of the list).
    const bologna = await signIn(server, OPERATOR, DEMO_PASSWORD);
    const stale = await createCandidate(server, bologna.accessToken, completeInput(randomCodiceFiscale()));
    staleCode = stale.publicCode;
    await dataSource.query(
      `INSERT INTO candidate SELECT (jsonb_populate_record(NULL::candidate, to_jsonb(c) || jsonb_build_object(
         'id', gen_random_uuid(), 'public_code', c.public_code || '-' || n, 'reconfirm_due_at', now() + interval '1 year'))).*
         FROM candidate c CROSS JOIN generate_series(1, 10) AS n WHERE c.id = $1`,
      [stale.id],
    );
    await dataSource.query(`UPDATE candidate SET reconfirm_due_at = now() - interval '1 day' WHERE id = $1`, [stale.id]);
    const counts = await graphqlOk<{ candidates: { totalCount: number }; candidatesToReconfirm: { totalCount: number } }>(
      server,
      '{ candidates(first: 1) { totalCount } candidatesToReconfirm(first: 1) { totalCount } }',
      {},
      { token: bologna.accessToken },
    );
    profiles = counts.candidates.totalCount;
    toReconfirm = counts.candidatesToReconfirm.totalCount;
  }, 60_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), portal?.close()]);
  });

  it('lands the operator on the people followed: the stale profile heads the to-do and is reconfirmed; both lists page', async () => {
    const { page } = browser;
    await signInAs(page, portal, OPERATOR);
    await page.getByRole('heading', { level: 1, name: 'Persone seguite' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/area-riservata/persone');

    const todo = page.getByRole('region', { name: 'Da fare: profili da riconfermare' });
    await todo.getByText(counted(toReconfirm, '1 profilo da riconfermare', '{count} profili da riconfermare'), { exact: true }).waitFor();
    const row = todo.getByRole('row', { name: new RegExp(staleCode) });
    expect(await row.textContent()).toMatch(/Scaduto il \d{1,2} [a-z]+ \d{4}/);
    const all = page.getByRole('region', { name: 'Tutti i profili' });
    await all.getByText(`${profiles} profili`, { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'persone-operatore');

    await row.getByRole('button', { name: `Riconferma il profilo ${staleCode}` }).click();
    await page.getByRole('status').getByText(new RegExp(`Profilo ${staleCode} riconfermato: resta attivo fino al \\d{1,2} [a-z]+ \\d{4}`)).waitFor();
    await todo.getByText(toReconfirm === 1 ? 'Nessun profilo da riconfermare: sono tutti aggiornati.' : counted(toReconfirm - 1, '1 profilo da riconfermare', '{count} profili da riconfermare'), { exact: true }).waitFor();
    expect(await todo.getByRole('row', { name: new RegExp(staleCode) }).count()).toBe(0);

    // Ten a page: the second page holds the rest.
    await all.getByText(`${profiles} profili`, { exact: true }).waitFor();
    expect(await all.locator('tbody tr').count()).toBe(10);
    await all.getByRole('button', { name: 'Pagina successiva' }).click();
    await all.getByText('Pagina 2').waitFor();
    await all.locator('tbody tr').nth(Math.min(profiles - 10, 10)).waitFor({ state: 'detached' });
    expect(await all.locator('tbody tr').count()).toBe(Math.min(profiles - 10, 10));
    expect(await all.getByRole('link', { name: /^Posti adatti al profilo/ }).first().getAttribute('href')).toMatch(/^\/area-riservata\/persone\/[0-9a-f-]{36}\/posti$/);
  });

  it('warns about personal data while the notes are typed, keeps every value when the API refuses them, then saves the clean profile', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Nuovo profilo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nuovo profilo anonimo' }).waitFor();
    const codiceFiscale = randomCodiceFiscale();
    await page.getByLabel('Codice fiscale della persona').fill(codiceFiscale);
    await page.getByLabel('Comune di residenza').selectOption('BOLOGNA');
    await page.getByLabel('Fascia d’età').selectOption('AGE_25_34');
    await page.getByLabel('Cerca una competenza nel vocabolario').fill('saldat');
    await page.getByRole('option', { name: /^Saldatura a filo/ }).click();
    await page.getByRole('button', { name: 'Togli Saldatura a filo' }).waitFor();
    await page.getByLabel('Titolo di studio').selectOption('3');
    await tick(page, 'C · ');
    await page.getByLabel('Lingua 1', { exact: true }).selectOption('it');
    await page.getByLabel('Livello della lingua 1').selectOption('B1');
    await page.getByLabel('Ore settimanali, al massimo').fill('30');
    await page.getByLabel('Tragitto massimo con i mezzi pubblici, in minuti').fill('45');
    await tick(page, 'Di giorno');
    await page.getByLabel('Patente di guida').selectOption('no');
    await tick(page, 'Un tutor che la affianchi');
    await tick(page, 'Nessuna misura attiva');
    await page.getByLabel('Data del consenso').fill('2026-01-15');
    await tick(page, 'Abbinamento con le opportunità di lavoro');

    // The warning comes from the API's own detector, bundled in the portal, before anything is sent.
    const notes = page.getByLabel('Note sul lavoro');
    await notes.fill('Preferisce il turno del mattino. Per informazioni mario.rossi@example.com o 333 1234567');
    const warning = page.getByText(
      'Sembra che il testo contenga dati personali: un indirizzo e-mail e un numero di telefono. Il profilo deve restare anonimo: toglili prima di salvare.',
    );
    await warning.waitFor();
    await warning.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'persona-avviso-dati-personali');

    // Saving anyway: the API refuses, in Italian, and nothing typed is lost.
    await page.getByRole('button', { name: 'Salva il profilo' }).click();
    await page.getByRole('alert').getByText('Il campo input.notes contiene dati personali (indirizzo e-mail, numero di telefono): la persona resta anonima, toglili').waitFor();
    await page.getByText('Contiene dati personali: indirizzo e-mail, numero di telefono').waitFor();
    expect(await page.getByLabel('Codice fiscale della persona').inputValue()).toBe(codiceFiscale);
    expect(await page.getByLabel('Comune di residenza').inputValue()).toBe('BOLOGNA');
    expect(await page.getByLabel('Ore settimanali, al massimo').inputValue()).toBe('30');
    expect(await page.getByLabel('Livello della lingua 1').inputValue()).toBe('B1');
    expect(await page.getByLabel('Di giorno').isChecked()).toBe(true);
    expect(await notes.inputValue()).toContain('mario.rossi@example.com');
    await page.getByRole('button', { name: 'Togli Saldatura a filo' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await notes.fill('Preferisce il turno del mattino, dalle 8 alle 14.');
    await page.getByText('Sembra che il testo contenga dati personali').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Salva il profilo' }).click();
    const created = page.getByRole('status').getByText(/^Profilo SST-BOLOGNA-\d{4}-\d{4} creato\.$/);
    await created.waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/area-riservata\/persone\/[0-9a-f-]{36}$/);
    const summary = page.getByRole('region', { name: 'Situazione del profilo' });
    await summary.getByText('100%').waitFor();
    expect(await summary.getByText('Attivo', { exact: true }).count()).toBe(1);
    expect(await page.getByLabel('Note sul lavoro').inputValue()).toBe('Preferisce il turno del mattino, dalle 8 alle 14.');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Ore settimanali, al massimo').fill('25');
    await page.getByRole('button', { name: 'Salva il profilo' }).click();
    await page.getByText('Modifiche salvate.').waitFor();
    expect(await page.getByLabel('Ore settimanali, al massimo').inputValue()).toBe('25');
  });

  it('shows a duplicate referral as "followed elsewhere" naming no one, in either language; with the consent recorded a request goes out, and once accepted the profiles are linked', async () => {
    const { page } = browser;
    await page.goto(`${portal.url}/area-riservata/persone/nuova`);
    await page.getByLabel('Codice fiscale della persona').fill(followedElsewhere.toLowerCase());
    await page.getByLabel('Fascia d’età').selectOption('AGE_35_44');
    await tick(page, 'Scambio di informazioni con le altre organizzazioni della rete');
    await page.getByRole('button', { name: 'Salva il profilo' }).click();

    const conflict = page.getByRole('alert').filter({ hasText: 'Questa persona è già seguita' });
    await conflict.getByText("La persona è già seguita da un'altra organizzazione della rete", { exact: false }).waitFor();
    expect(await conflict.textContent()).not.toContain(CARITAS_IMOLA);
    expect(await conflict.textContent()).not.toContain('ascolto@caritas-imola.example');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('alert').getByText('The person is already followed by another organisation of the network', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Italiano' }).click();

    await tick(page, 'La persona acconsente al coordinamento tra i servizi');
    await page.getByLabel('Data del consenso al coordinamento').fill('2026-02-10');
    await page.getByRole('button', { name: 'Salva il profilo' }).click();
    await page.getByRole('status').getByText(/^Profilo SST-BOLOGNA-\d{4}-\d{4} creato\.$/).waitFor();
    const profileUrl = page.url();
    const summary = page.getByRole('region', { name: 'Situazione del profilo' });
    await summary.getByText('Richiesta di coordinamento inviata').waitFor();
    expect(await summary.textContent()).toContain('In attesa di risposta');
    expect(await summary.textContent()).not.toContain(CARITAS_IMOLA);

    // Caritas Imola's operator finds the request, with who asks, and accepts it.
    await signOut(page);
    await signInAs(page, portal, OTHER_OPERATOR);
    await page.getByRole('link', { name: 'Richieste di coordinamento' }).click();
    const request = page.getByRole('listitem').filter({ hasText: 'Servizio Sociale Territoriale di Bologna - Navile' });
    await request.getByText('In attesa di risposta', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await request.getByRole('button', { name: 'Accetta' }).click();
    await request.getByText('Accettata', { exact: false }).waitFor();

    await signOut(page);
    await signInAs(page, portal, OPERATOR);
    await page.getByRole('link', { name: 'Persone seguite' }).first().waitFor();
    await page.goto(profileUrl);
    await summary.getByText('Persona seguita insieme a').waitFor();
    expect(await summary.getByRole('listitem').first().textContent()).toContain(CARITAS_IMOLA);
    expect(await summary.textContent()).toContain('Accettata');
  });
});
