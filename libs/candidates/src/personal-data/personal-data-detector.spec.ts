import { isValidCodiceFiscale, normaliseCodiceFiscale } from './codice-fiscale';
import { findPersonalData, PersonalDataKind } from './personal-data-detector';

const { EMAIL, PHONE, CODICE_FISCALE, IBAN, STREET_ADDRESS } = PersonalDataKind;

describe('findPersonalData', () => {
  it.each<[string, PersonalDataKind]>([
    // e-mail addresses
    ['mario.rossi@gmail.com', EMAIL],
    ['scrivere a Mario.Rossi+lavoro@libero.it per info', EMAIL],
    ['contatto: m.rossi @ gmail . com', EMAIL],
    ['mario.rossi(at)gmail(dot)com', EMAIL],
    ['mario.rossi [at] pec [punto] it', EMAIL],
    ['mario chiocciola gmail punto com', EMAIL],
    ['ｍａｒｉｏ＠ｇｍａｉｌ．ｃｏｍ', EMAIL],
    ['mail: rossi@tiscali', EMAIL],
    // phone numbers: mobile and landline, with and without +39, spaced, dotted, dashed
    ['3331234567', PHONE],
    ['cell 333 1234567', PHONE],
    ['cell. 333.123.4567', PHONE],
    ['333-123-45-67', PHONE],
    ['+39 333 123 4567', PHONE],
    ['+393331234567', PHONE],
    ['0039 333 1234567', PHONE],
    ['(+39) 347/1234567', PHONE],
    ['+39 051 123 4567', PHONE],
    ['051 6543210', PHONE],
    ['tel. 051-6543210', PHONE],
    ['051.654.32.10', PHONE],
    ['chiamare lo 0542 123456 (Imola)', PHONE],
    ['３３３１２３４５６７', PHONE],
    ['333 e poi 1234567', PHONE],
    ['prefisso 333 numero 1234567', PHONE],
    ['tre tre tre uno due tre quattro cinque sei sette', PHONE],
    ['3 3 3 1 2 3 4 5 6 7', PHONE],
    ['333\u200B1234567', PHONE],
    // codici fiscali, also omocodic, lower case, split or glued
    ['RSSMRA80A01A944I', CODICE_FISCALE],
    ['cf rssmra80a01a944i', CODICE_FISCALE],
    ['RSS MRA 80A01 A944I', CODICE_FISCALE],
    ['RSS-MRA-80A01-A944I', CODICE_FISCALE],
    ['R.S.S.M.R.A.8.0.A.0.1.A.9.4.4.I', CODICE_FISCALE],
    ['CF:RSSMRA80A01H501U.', CODICE_FISCALE],
    ['codice RSSMRAU0A01H501R (omocodia)', CODICE_FISCALE],
    ['ＲＳＳＭＲＡ８０Ａ０１Ａ９４４Ｉ', CODICE_FISCALE],
    ['codicefiscaleRSSMRA80A01H501Ufine', CODICE_FISCALE],
    // IBANs
    ['IT60X0542811101000000123456', IBAN],
    ['iban IT60 X054 2811 1010 0000 0123 456', IBAN],
    ['it60x0542811101000000123456', IBAN],
    ['IT60-X054-2811-1010-0000-0123-456', IBAN],
    ['IT61X0542811101000000123456 (con un errore)', IBAN],
    ['DE89 3704 0044 0532 0130 00', IBAN],
    // street addresses with a number
    ['abita in via Roma 12', STREET_ADDRESS],
    ["Via dell'Indipendenza, 5", STREET_ADDRESS],
    ['piazza Maggiore n. 1', STREET_ADDRESS],
    ['v.le Pepoli 3/a', STREET_ADDRESS],
    ['Corso Garibaldi 104', STREET_ADDRESS],
  ])('finds in %p: %s', (text, kind) => {
    expect(findPersonalData(text)).toContain(kind);
  });

  it.each([
    'disponibile dal 01/03, turni 8-14',
    'ha lavorato 20 ore settimanali dal 2015 al 2019',
    'orari 8.30-12.30 e 14-18, disponibile sabato',
    'patente B dal 2010, automunito',
    'esperienza di 3 anni come magazziniere, carrello elevatore',
    'corso di formazione di 120 ore in logistica nel 2021',
    'corso HACCP 12 ore',
    'via via più autonomo nelle mansioni',
    'lavora in via sperimentale con tutor',
    'ha seguito un tirocinio di 6 mesi presso un supermercato',
    'livello B1 di italiano, A2 di inglese',
    'disponibile 30 ore a settimana, 5 giorni su 7',
    'tempi di percorrenza massimi 45 minuti in autobus',
    'attestato sicurezza generale 4 ore + specifica 8 ore',
    'ISEE non rilevante, nessuna misura attiva',
    'interessato a ristorazione e pulizie (ATECO I e N)',
    'aiuto cuoco 2018-2020, lavapiatti 2020-2022',
    'turni dalle 6 alle 14 oppure dalle 14 alle 22',
    'squadra di 12 persone, 3 turni',
    'Strada facendo ha acquisito 2 competenze',
    'buona conoscenza del pacchetto Office, email e internet',
    'usa WhatsApp e la posta elettronica',
    'punteggio 85/100 al test',
    'fino al 31/12/2025',
    'dal 01.03.2024 al 30.06.2024',
  ])('accepts ordinary text: %p', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('reports every kind found in one text, once each', () => {
    expect(findPersonalData('mario.rossi@gmail.com 3331234567 RSSMRA80A01A944I IT60X0542811101000000123456 via Roma 12')).toEqual(
      expect.arrayContaining([EMAIL, PHONE, CODICE_FISCALE, IBAN, STREET_ADDRESS]),
    );
  });
});

describe('codice fiscale validation', () => {
  it.each(['RSSMRA80A01A944I', 'rssmra80a01a944i', 'RSS MRA 80A01 A944I', 'RSSMRAU0A01H501R', 'RSSMRA8LA01H501F'])('accepts %p', (code) => {
    expect(isValidCodiceFiscale(code)).toBe(true);
  });

  it.each(['RSSMRA80A01A944X', 'RSSMRA80Z01A944I', 'RSSMRA80A01A944', 'ABCDEF12G34H567I', ''])('refuses %p', (code) => {
    expect(isValidCodiceFiscale(code)).toBe(false);
  });

  it('normalises case and separators, but keeps omocodic codes distinct (they are other people)', () => {
    expect(normaliseCodiceFiscale(' rss.mra 80a01-a944i ')).toBe('RSSMRA80A01A944I');
    expect(normaliseCodiceFiscale('RSSMRAU0A01H501R')).not.toBe(normaliseCodiceFiscale('RSSMRA80A01H501U'));
  });
});
