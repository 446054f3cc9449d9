import { seriousViolations } from './accessibility';
import { describeInBrowser, type Browser } from './browser';
import { startPortalAndBrowser, type PortalServer } from './portal-server';
import { saveScreenshot } from './screenshots';

describeInBrowser('portal: the public Albo (no sign-in)', () => {
  let portal: PortalServer;
  let browser: Browser;
  beforeAll(async () => {
    ({ portal, browser } = await startPortalAndBrowser());
  }, 60_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), portal?.close()]);
  });

  it('lists the admitted companies in Italian, passes the WCAG 2.1 AA scan, and is the README screenshot', async () => {
    const { page } = browser;
    await page.goto(portal.url);
    await page.getByRole('heading', { level: 1, name: 'Albo metropolitano delle Aziende inclusive' }).waitFor();
    await page.getByText('2 aziende iscritte').waitFor();
    const companies = await page.locator('tbody th[scope=row]').allTextContents();
    expect(companies.sort()).toEqual(['Il Ponte Cooperativa Sociale', 'Officine Meccaniche del Reno S.r.l.']);
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    // Dates in Italian form, e.g. "14 marzo 2027".
    expect(await page.locator('tbody tr').first().locator('td').last().textContent()).toMatch(/^\d{1,2} [a-z]+ \d{4}$/);
    // Fonts come from the portal itself, not a CDN.
    expect(await page.evaluate<boolean>(`document.fonts.check('16px "Titillium Web"')`)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'albo-pubblico');
  });

  it('filters by district, sector and section together, and clears the filters', async () => {
    const { page } = browser;
    await page.goto(portal.url);
    await page.getByText('2 aziende iscritte').waitFor();
    await page.getByLabel('Distretto').selectOption('RENO_LAVINO_SAMOGGIA');
    await page.getByRole('button', { name: 'Applica i filtri' }).click();
    await page.locator('tbody th', { hasText: 'Il Ponte' }).waitFor({ state: 'detached' });
    await page.getByText('1 azienda iscritta').waitFor();
    expect(await page.locator('tbody th[scope=row]').allTextContents()).toEqual(['Officine Meccaniche del Reno S.r.l.']);

    await page.getByLabel('Distretto').selectOption('');
    await page.getByLabel('Settore di attività (ATECO)').selectOption('Q');
    await page.getByLabel("Sezione dell'Albo").selectOption('INCLUSIONE_LAVORATIVA');
    await page.getByRole('button', { name: 'Applica i filtri' }).click();
    await page.locator('tbody th', { hasText: 'Officine Meccaniche' }).waitFor({ state: 'detached' });
    await page.getByText('1 azienda iscritta').waitFor();
    expect(await page.locator('tbody th[scope=row]').allTextContents()).toEqual(['Il Ponte Cooperativa Sociale']);

    await page.getByLabel("Sezione dell'Albo").selectOption('POLITICHE_CONCILIATIVE');
    await page.getByRole('button', { name: 'Applica i filtri' }).click();
    await page.getByText('Nessuna azienda corrisponde ai filtri scelti.').waitFor();

    await page.getByRole('button', { name: 'Azzera i filtri' }).click();
    await page.getByText('2 aziende iscritte').waitFor();
  });

  it('checks a logo number: valid for an admitted company, unknown otherwise', async () => {
    const { page } = browser;
    await page.goto(portal.url);
    const reno = page.locator('tbody tr', { hasText: 'Officine Meccaniche del Reno' });
    const logoNumber = (await reno.locator('td').nth(3).textContent())?.trim() ?? '';
    expect(logoNumber).not.toBe('');

    await page.getByLabel('Numero del logo').fill(logoNumber);
    await page.getByRole('button', { name: 'Verifica', exact: true }).click();
    await page.getByText(`Il logo n. ${logoNumber} è valido: rilasciato a Officine Meccaniche del Reno S.r.l.`).waitFor();

    await page.getByLabel('Numero del logo').fill('AI-1999-99999');
    await page.getByRole('button', { name: 'Verifica', exact: true }).click();
    await page.getByText('Il numero AI-1999-99999 non corrisponde ad alcun logo rilasciato.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('switches to English and remembers the choice, with dates still in Italian form', async () => {
    const { page } = browser;
    await page.goto(portal.url);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Metropolitan register of inclusive companies' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByText('2 registered companies').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Italiano' }).click();
    await page.getByText('2 aziende iscritte').waitFor();
  });

  it('groups the Albo by district, each leading to the filtered list', async () => {
    const { page } = browser;
    await page.goto(portal.url);
    await page.getByRole('link', { name: 'Per distretto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aziende inclusive per distretto' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/albo/distretti');
    const districts = page.getByRole('article');
    await page.getByRole('article', { name: 'Savena-Idice' }).getByText('Ancora nessuna azienda iscritta in questo distretto.').waitFor();
    expect(await districts.count()).toBe(7);
    const reno = page.getByRole('article', { name: 'Reno, Lavino e Samoggia' });
    await reno.getByText('1 azienda iscritta nel distretto').waitFor();
    expect(await reno.getByRole('listitem').allTextContents()).toEqual(['Officine Meccaniche del Reno S.r.l. · Casalecchio di Reno']);
    expect(await seriousViolations(page)).toEqual([]);

    await reno.getByRole('link', { name: 'Vedi nell’elenco le aziende del distretto Reno, Lavino e Samoggia' }).click();
    await page.getByText('1 azienda iscritta').waitFor();
    expect(await page.getByLabel('Distretto').inputValue()).toBe('RENO_LAVINO_SAMOGGIA');
    expect(await page.locator('tbody th[scope=row]').allTextContents()).toEqual(['Officine Meccaniche del Reno S.r.l.']);
  });

  it('answers any portal path with the app, and leaves /graphql and /health to the API', async () => {
    const page = await fetch(`${portal.url}/area-riservata/posti`, { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const health = await fetch(`${portal.url}/health`, { headers: { Accept: 'text/html' } });
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const graphql = await fetch(`${portal.url}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ districts { code } }' }) });
    expect(((await graphql.json()) as { data: { districts: unknown[] } }).data.districts).toHaveLength(7);
    expect((await fetch(`${portal.url}/assets/missing.js`)).status).toBe(404);
  });
});
