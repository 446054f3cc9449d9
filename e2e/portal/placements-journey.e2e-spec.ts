import { DISTRICT_TIER_WEIGHTS, SKILL_WEIGHTS } from '@ipl/match-index';
import { decideTransition, ProposalAction, ProposalSide, ProposalStatus } from '@ipl/proposals';
import { SearchOutboxRelay } from '@ipl/search';
import type { Locator, Page } from 'playwright-core';
import { offeredActions, type ProposalActionKind } from '../../apps/portal/src/placements/proposal-lifecycle';
import { seriousViolations } from './accessibility';
import { describeInBrowser, type Browser } from './browser';
import { startPortalAndBrowser, type PortalServer } from './portal-server';
import { saveScreenshot } from './screenshots';
import { signInAs, signOut } from './sign-in';

const HR = 'hr.reno@demo.ipl.example';
const OPERATOR = 'operatore.bologna@demo.ipl.example';
const TIROCINIO = 'Tirocinio in officina: aiuto saldatore';
const MAGAZZINO = 'Addetto al magazzino ricambi';
/** The documented score (match-weights.ts) of a Bologna person for a slot in the neighbouring Reno district. */
const neighbourScore = (skillsFit: number) => Math.round(100 * DISTRICT_TIER_WEIGHTS.NEIGHBOUR * skillsFit);
/** Every required skill of the slot, none of its nice-to-have ones. */
const REQUIRED_ONLY = (SKILL_WEIGHTS.REQUIRED * 1 + SKILL_WEIGHTS.NICE_TO_HAVE * 0) / (SKILL_WEIGHTS.REQUIRED + SKILL_WEIGHTS.NICE_TO_HAVE);

describeInBrowser('portal: matching and proposals, from the HR match view to the end assessment', () => {
  // Each journey signs in and out and waits on real servers: slower than one request on a loaded 2-core machine.
  jest.setTimeout(60_000);
  let portal: PortalServer;
  let browser: Browser;
  let slotId: string;
  /** The demo profile that fits the tirocinio best: SST Bologna's first. */
  let best: { id: string; publicCode: string };

  beforeAll(async () => {
    ({ portal, browser } = await startPortalAndBrowser());
    [{ id: slotId }] = (await portal.api.dataSource.query('SELECT id FROM slot WHERE title = $1', [TIROCINIO])) as { id: string }[];
    [best] = (await portal.api.dataSource.query(`SELECT id, public_code AS "publicCode" FROM candidate WHERE public_code LIKE 'SST-BOLOGNA-%' ORDER BY public_code LIMIT 1`)) as { id: string; publicCode: string }[];
  }, 60_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), portal?.close()]);
  });

  const card = (page: Page, text: string): Locator => page.locator('li.card', { hasText: text });

  it("offers each side, in each state, exactly the actions the API's lifecycle table allows", () => {
    const apiAction: Record<ProposalActionKind, ProposalAction> = {
      accept: ProposalAction.ACCEPT,
      decline: ProposalAction.DECLINE,
      withdraw: ProposalAction.WITHDRAW,
      interview: ProposalAction.SCHEDULE_INTERVIEW,
      consent: ProposalAction.RECORD_MEETING_CONSENT,
      start: ProposalAction.START,
      checkIn: ProposalAction.CHECK_IN,
      interrupt: ProposalAction.INTERRUPT,
      end: ProposalAction.END,
      hire: ProposalAction.HIRE,
    };
    const kinds = Object.keys(apiAction) as ProposalActionKind[];
    for (const status of Object.values(ProposalStatus)) {
      for (const side of [ProposalSide.COMPANY, ProposalSide.OPERATOR] as const) {
        const allowed = kinds.filter((kind) => decideTransition(apiAction[kind], status, side).allowed).sort();
        expect([status, side, [...offeredActions(status, side, 'TIROCINIO')].sort()]).toEqual([status, side, allowed]);
      }
    }
    expect(offeredActions(ProposalStatus.STARTED, 'COMPANY', 'JOB')).not.toContain('checkIn');
  });

  it('delivers the demo candidates to the search index; HR sees them ranked with why, requests one, and keeps a refused note', async () => {
    // Meilisearch indexes while HR signs in.
    const delivery = portal.api.app.get(SearchOutboxRelay).deliverAll();
    const { page } = browser;
    await signInAs(page, portal, HR);
    await page.waitForURL((url) => url.pathname !== '/accedi');
    // 5 demo profiles and 3 open demo slots, none failed.
    expect(await delivery).toEqual({ delivered: 8, failed: 0 });
    await page.goto(`${portal.url}/area-riservata/posti/${slotId}/candidati`);
    await page.getByRole('heading', { level: 1, name: 'Candidati abbinati' }).waitFor();
    await page.getByText(`Posto: ${TIROCINIO}`).waitFor();
    await page.getByText('3 profili compatibili').waitFor();
    const codes = await page.locator('li.card h2').allTextContents();
    expect(codes[0]).toBe(best.publicCode);
    expect(codes.slice(1).map((code) => code.slice(0, 12))).toEqual(['SST-BOLOGNA-', 'CAR-IMOLA-20']);
    const first = card(page, best.publicCode);
    expect(await first.getByText(`Compatibilità ${neighbourScore(1)} su 100`).count()).toBe(1);
    await first.getByText('Distretto confinante · Città di Bologna').waitFor();
    expect(await first.locator('dd', { hasText: 'Saldatura a filo' }).textContent()).toContain('(richiesta)');
    await first.getByText('Consenso all’abbinamento, Ore settimanali, Turni, Lingue').waitFor();
    await card(page, 'CAR-IMOLA-').getByText('Distretto non confinante').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // The README shows the ranking itself: the page from its title down.
    await page.evaluate('window.scrollTo(0, document.getElementById("match-title").getBoundingClientRect().top + window.scrollY - 70)');
    await saveScreenshot(page, 'hr-match');

    await first.getByRole('button', { name: 'Richiedi questo profilo' }).click();
    const note = first.getByLabel('Nota per l’operatore (facoltativa)');
    await note.fill('Scrivete a giulia.ferri@example.com per il colloquio');
    await first.getByRole('button', { name: 'Invia la richiesta' }).click();
    await first.getByRole('alert').getByText('contiene dati personali (indirizzo e-mail)').waitFor();
    expect(await note.inputValue()).toBe('Scrivete a giulia.ferri@example.com per il colloquio');
    expect(await seriousViolations(page)).toEqual([]);
    await note.fill('Possiamo fare un colloquio la prossima settimana');
    await first.getByRole('button', { name: 'Invia la richiesta' }).click();
    await first.getByText('Richiesta inviata').waitFor();

    await page.getByRole('link', { name: 'Proposte', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Proposte' }).waitFor();
    const request = card(page, TIROCINIO);
    await request.getByText('Richiesta', { exact: true }).waitFor();
    await request.getByText('Possiamo fare un colloquio la prossima settimana').waitFor();
    expect(await request.getByText('Contatto dell’operatore').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await signOut(page);
  });

  it('shows the operator the slots ranked for the person with the company’s answer signals; the operator proposes one, accepts the request and records consent', async () => {
    const { page } = browser;
    await signInAs(page, portal, OPERATOR);
    await page.waitForURL((url) => url.pathname !== '/accedi');
    await page.goto(`${portal.url}/area-riservata/persone/${best.id}/posti`);
    await page.getByRole('heading', { level: 1, name: 'Posti abbinati' }).waitFor();
    await page.getByText(`Profilo ${best.publicCode} · Città di Bologna`).waitFor();
    const slot = card(page, MAGAZZINO);
    await slot.getByText(`Compatibilità ${neighbourScore(REQUIRED_ONLY)} su 100`).waitFor();
    await slot.getByText('Officine Meccaniche del Reno S.r.l.').waitFor();
    await slot.getByText('meno di 5 proposte negli ultimi 90 giorni').waitFor();
    // Already requested by HR: the tirocinio is not offered again.
    expect(await page.locator('li.card h2', { hasText: TIROCINIO }).count()).toBe(0);

    await slot.getByRole('button', { name: 'Proponi la persona' }).click();
    await slot.getByRole('button', { name: 'Invia la proposta' }).click();
    await slot.getByText('Proposta inviata').waitFor();
    await page.getByText('2 proposte').waitFor();

    const request = page.locator('li.card', { has: page.locator('h3', { hasText: TIROCINIO }) });
    await request.getByRole('button', { name: 'Accetta' }).click();
    await request.getByText('Accettata', { exact: true }).waitFor();
    await request.getByRole('button', { name: 'Registra il consenso all’incontro' }).click();
    await request.getByLabel('Giorno in cui la persona ha acconsentito').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await request.getByRole('button', { name: 'Registra il consenso', exact: true }).click();
    await request.getByText('Consenso all’incontro dato il').waitFor();
    await signOut(page);
  });

  it('lets HR see the operator’s contact after consent, start the path, record an at-risk check-in and the end assessment', async () => {
    const { page } = browser;
    await signInAs(page, portal, HR);
    await page.waitForURL((url) => url.pathname !== '/accedi');
    await page.goto(`${portal.url}/area-riservata/proposte`);
    const path = card(page, TIROCINIO);
    await path.getByText('Contatto dell’operatore').waitFor();
    await path.getByRole('link', { name: OPERATOR }).waitFor();
    await path.getByText('Sara Lodi (SST Bologna, demo)', { exact: false }).waitFor();
    // The operator's own proposal for the warehouse job waits for HR's answer.
    await card(page, MAGAZZINO).getByRole('button', { name: 'Accetta' }).waitFor();

    await path.getByRole('button', { name: 'Avvia il percorso' }).click();
    await path.getByRole('button', { name: 'Conferma l’avvio' }).click();
    await path.getByText('Percorso avviato', { exact: true }).waitFor();

    await path.getByRole('button', { name: 'Registra un aggiornamento' }).click();
    // Bootstrap Italia draws radios and checkboxes on their labels.
    await path.locator('label', { hasText: 'A rischio' }).click();
    await path.getByLabel('Nota (facoltativa)').fill('Due assenze questa settimana');
    await path.getByRole('button', { name: 'Salva l’aggiornamento' }).click();
    await path.getByText('Due assenze questa settimana').waitFor();
    expect(await path.locator('li', { hasText: 'Due assenze' }).textContent()).toContain('A rischio');

    // A job without its contract type: the API's message, and the assessment as typed.
    await path.getByRole('button', { name: 'Valutazione finale' }).click();
    await path.getByLabel('Esito del percorso').selectOption('COMPLETED');
    await path.locator('label', { hasText: 'Al percorso è seguita un’assunzione' }).click();
    await path.getByLabel('Valutazione (facoltativa)').fill('Puntuale e preciso, ottimo lavoro di squadra');
    await path.getByRole('button', { name: 'Salva la valutazione' }).click();
    await path.getByRole('alert').getByText('indica il tipo di contratto').waitFor();
    expect(await path.getByLabel('Valutazione (facoltativa)').inputValue()).toBe('Puntuale e preciso, ottimo lavoro di squadra');
    expect(await seriousViolations(page)).toEqual([]);
    await path.getByLabel('Tipo di contratto').selectOption('FIXED_TERM');
    await path.getByRole('button', { name: 'Salva la valutazione' }).click();
    await path.getByText('Assunzione', { exact: true }).waitFor();
    await path.getByText('Tempo determinato').waitFor();

    await page.getByLabel('Stato').selectOption('HIRED');
    await page.getByRole('button', { name: 'Applica il filtro' }).click();
    await page.getByText('1 proposta', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Proposals' }).waitFor();
    await card(page, TIROCINIO).getByText('Hired', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Italiano' }).click();
  });
});
