import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { seriousViolations } from './accessibility';
import { describeInBrowser, type Browser } from './browser';
import { startPortalAndBrowser, type PortalServer } from './portal-server';
import { saveScreenshot } from './screenshots';
import { signInAs, signOut } from './sign-in';

/** The quarter of today as the portal names it, e.g. "4º trimestre 2026" (the demo's analyses are in it). */
function currentQuarterLabel(): { code: string; label: string } {
  const now = new Date();
  const quarter = Math.floor(now.getUTCMonth() / 3) + 1;
  return { code: `${now.getUTCFullYear()}-Q${quarter}`, label: `${quarter}º trimestre ${now.getUTCFullYear()}` };
}

const IMOLA = 'Imola (Nuovo Circondario Imolese)';

/** The text of each cell of the table row whose header is `rowHeader`. */
async function rowCells(page: Page, caption: string, rowHeader: string): Promise<string[]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  return table.locator('tbody tr', { has: page.getByRole('rowheader', { name: rowHeader, exact: true }) }).locator('td').allTextContents();
}

describeInBrowser('portal: the board reviews needs, reads the gaps and supports projects; the coordinator reads the outcome report', () => {
  let portal: PortalServer;
  let browser: Browser;
  const quarter = currentQuarterLabel();
  beforeAll(async () => {
    ({ portal, browser } = await startPortalAndBrowser());
  }, 60_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), portal?.close()]);
  });

  it('reviews a submitted analysis, keeping what was typed on a refusal, and shows the history', async () => {
    const { page } = browser;
    await signInAs(page, portal, 'board@demo.ipl.example');
    await page.getByRole('heading', { level: 1, name: 'Analisi dei fabbisogni' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/area-riservata/tavolo/analisi-fabbisogni');
    const row = page.locator('tbody tr', { hasText: 'Ceramica del Santerno S.p.A.' }).filter({ hasText: quarter.label });
    await row.waitFor();
    expect(await row.locator('td').last().textContent()).toBe('Da esaminare');
    expect(await seriousViolations(page)).toEqual([]);

    await row.getByRole('link', { name: 'Ceramica del Santerno S.p.A.' }).click();
    await page.getByRole('heading', { level: 1, name: `Ceramica del Santerno S.p.A.: fabbisogni del ${quarter.label}` }).waitFor();
    expect(await rowCells(page, 'Profili richiesti', 'Carrellista di magazzino')).toEqual(['Conduzione carrello elevatore', '6', IMOLA, 'Lavoro']);
    await page.getByText('Nessun componente del Tavolo ha ancora esaminato questa analisi.').waitFor();

    // Personal data in the comment: the API refuses, in the user's language, and nothing typed is lost.
    // Bootstrap Italia draws the box on the label, which is what a user clicks.
    await page.locator('label', { hasText: 'Segna l’analisi come esaminata' }).click();
    await page.getByLabel('Commento').fill('Sentire mario.rossi@example.com per i dettagli');
    await page.getByLabel('Priorità').selectOption('HIGH');
    await page.getByRole('button', { name: 'Registra l’esame' }).click();
    await page.getByRole('alert').getByText('contiene dati personali (indirizzo e-mail)').waitFor();
    expect(await page.getByLabel('Commento').inputValue()).toBe('Sentire mario.rossi@example.com per i dettagli');
    expect(await page.getByLabel('Segna l’analisi come esaminata').isChecked()).toBe(true);
    expect(await page.getByLabel('Priorità').inputValue()).toBe('HIGH');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('alert').getByText('holds personal data (e-mail address)').waitFor();
    await page.getByRole('button', { name: 'Italiano' }).click();

    await page.getByLabel('Commento').fill('Fabbisogno coerente con il piano di sviluppo: da seguire nel prossimo Tavolo.');
    await page.getByRole('button', { name: 'Registra l’esame' }).click();
    await page.getByText('Esame registrato: lo trovi nello storico qui sotto.').waitFor();
    const history = page.locator('table', { has: page.locator('caption', { hasText: 'Storico dell’esame' }) });
    await history.locator('tbody tr').nth(2).waitFor();
    expect(await history.locator('tbody tr td:nth-child(2)').allTextContents()).toEqual([
      'Segnata come esaminata',
      'Commento',
      'Priorità assegnata',
    ]);
    expect(await history.locator('tbody tr').nth(1).locator('td').allTextContents()).toEqual([
      'Commento',
      'Fabbisogno coerente con il piano di sviluppo: da seguire nel prossimo Tavolo.',
      'Il Ponte Cooperativa Sociale',
    ]);
    expect(await page.getByLabel('Commento').inputValue()).toBe('');
    await page.locator('dd', { hasText: /^Esaminata il / }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the gaps by skill with charts and tables, for a district and a sector', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Domanda e offerta', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Domanda e offerta per competenza' }).waitFor();
    await page.getByText(`competenze con domanda o offerta · ${quarter.label} · Tutti i distretti`).waitFor();
    await page.getByRole('img', { name: /competenze con il divario maggiore/ }).waitFor();
    await page.locator('caption', { hasText: 'Domanda, offerta e divario per competenza' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Distretto', { exact: true }).selectOption({ label: IMOLA });
    await page.getByLabel('Settore delle competenze').selectOption('LOGISTICA');
    await page.getByRole('button', { name: 'Applica i filtri' }).click();
    await page.getByText(`competenze con domanda o offerta · ${quarter.label} · ${IMOLA}`).waitFor();
    const skills = await page.locator('table', { has: page.locator('caption', { hasText: 'Domanda, offerta e divario' }) }).locator('tbody th').allTextContents();
    expect(skills).toContain('Conduzione carrello elevatore');
    expect(skills).not.toContain('Picking e preparazione ordini');
    expect((await rowCells(page, 'Domanda, offerta e divario', 'Conduzione carrello elevatore')).slice(0, 2)).toEqual(['Logistica e magazzino', '6']);

    await page.getByLabel('Competenza', { exact: true }).selectOption({ label: 'Conduzione carrello elevatore' });
    await page.getByRole('img', { name: /Conduzione carrello elevatore: persone richieste, domanda, offerta e divario/ }).waitFor();
    const movement = page.locator('table', { has: page.locator('caption', { hasText: 'Conduzione carrello elevatore: andamento per periodo' }) });
    expect(await movement.locator('tbody tr td:nth-of-type(1)').allTextContents()).toEqual(['2', '3', '4', '6']);
    // The oldest quarter from its snapshot: needs, openings, demand; its supply (5) and gap are
    // withheld, because supply now and every snapshot share one suppression pattern: a district
    // and skill withheld at one state is withheld at all of them.
    expect(await movement.locator('tbody tr').first().locator('td').allTextContents()).toEqual(['2', '1', '3', 'dato riservato', 'dato riservato']);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'divari-tavolo');
  });

  it('lists the projects with open needs first and offers support on a need', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Progetti imprenditoriali', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Progetti imprenditoriali' }).waitFor();
    await page.getByText(/^\d+ progett[oi]$/).waitFor();
    const openCounts = (await page.locator('main li strong').allTextContents())
      .map((text) => /^(\d+) fabbisogn[oi] apert[oi]$/.exec(text)?.[1])
      .filter((count): count is string => count !== undefined)
      .map(Number);
    expect(openCounts.length).toBeGreaterThanOrEqual(3);
    expect(openCounts).toEqual([...openCounts].sort((a, b) => b - a));
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('main li', { hasText: 'Laboratorio di pasta fresca' }).getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: 'Fabbisogni del progetto' }).waitFor();
    const premises = page.locator('main li', { has: page.getByRole('heading', { name: 'Locali — aperto' }) });
    await premises.getByRole('button', { name: 'Offri supporto' }).click();
    await premises.getByLabel('Che supporto offre la tua azienda').fill('x');
    await premises.getByRole('button', { name: 'Invia l’offerta' }).click();
    await premises.getByRole('alert').waitFor();
    expect(await premises.getByLabel('Che supporto offre la tua azienda').inputValue()).toBe('x');
    expect(await seriousViolations(page)).toEqual([]);

    await premises.getByLabel('Che supporto offre la tua azienda').fill('Un locale in comodato d’uso per un anno, vicino alla stazione.');
    await premises.getByRole('button', { name: 'Invia l’offerta' }).click();
    await premises.getByText(/La tua azienda ha offerto supporto il .* \(in attesa di risposta\):/).waitFor();
    expect(await premises.getByRole('button', { name: 'Offri supporto' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows the coordinator their district's outcome report, withheld cells as such, and downloads the CSV", async () => {
    const { page } = browser;
    await signOut(page);
    await signInAs(page, portal, 'coordinatore.imola@demo.ipl.example');
    await page.getByRole('heading', { level: 1, name: 'Esiti dei percorsi' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/area-riservata/distretto/esiti');
    await page.getByText(`Distretto di ${IMOLA} · ${quarter.label}`).waitFor();
    await page.getByRole('img', { name: /Persone proposte, avviate, che hanno concluso e assunte/ }).waitFor();
    const caption = `Persone per canale e tipo di percorso, distretto di ${IMOLA}`;
    expect((await rowCells(page, caption, 'Servizi sociali · Lavoro'))[0]).toBe('14');
    expect((await rowCells(page, caption, 'Servizi sociali · Avvicinamento al lavoro'))[0]).toBe('dato riservato');
    await page.getByText('il conteggio riguarda meno di 5 persone (< 5)').first().waitFor();
    // Reasons and assessments would give back withheld district figures: the whole area only.
    await page.getByText('sono pubblicati solo per l\'intera area metropolitana').waitFor();
    expect(await page.locator('caption', { hasText: 'Persone per motivo del rifiuto e canale' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'esiti-distretto');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Scarica i dati (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe(`esiti-IMOLA-${quarter.code}.csv`);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.split('\n')[0]).toBe(
      'PROPOSED (DISTRICT x CHANNEL/KIND),SOCIAL_SERVICES/TIROCINIO,SOCIAL_SERVICES/AVVICINAMENTO_AL_LAVORO,SOCIAL_SERVICES/JOB,CARITAS/TIROCINIO,CARITAS/AVVICINAMENTO_AL_LAVORO,CARITAS/JOB,TOTAL',
    );
    expect(csv.split('\n')[1]).toMatch(/^IMOLA,\*,\*,14,/);

    await page.getByRole('link', { name: 'Domanda e offerta del distretto', exact: true }).click();
    await page.getByText(new RegExp(`(competenze con domanda o offerta|Nessuna competenza).*`)).first().waitFor();
    await page.getByText(`· ${quarter.label} · ${IMOLA}`).first().waitFor();
    expect(await page.getByLabel('Distretto', { exact: true }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
