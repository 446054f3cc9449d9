/**
 * The 21 sections (A–U) of the ATECO 2007 classification (ISTAT), with the range of two-digit
 * divisions each covers. Shipped as data: the classification changes by ISTAT release, not by use.
 */
export interface AtecoSectionData {
  code: string;
  label: string;
  divisions: [number, number];
}

export const ATECO_SECTIONS: readonly AtecoSectionData[] = [
  { code: 'A', label: 'Agricoltura, silvicoltura e pesca', divisions: [1, 3] },
  { code: 'B', label: 'Estrazione di minerali da cave e miniere', divisions: [5, 9] },
  { code: 'C', label: 'Attività manifatturiere', divisions: [10, 33] },
  { code: 'D', label: 'Fornitura di energia elettrica, gas, vapore e aria condizionata', divisions: [35, 35] },
  { code: 'E', label: 'Fornitura di acqua; reti fognarie, attività di gestione dei rifiuti e risanamento', divisions: [36, 39] },
  { code: 'F', label: 'Costruzioni', divisions: [41, 43] },
  { code: 'G', label: "Commercio all'ingrosso e al dettaglio; riparazione di autoveicoli e motocicli", divisions: [45, 47] },
  { code: 'H', label: 'Trasporto e magazzinaggio', divisions: [49, 53] },
  { code: 'I', label: 'Attività dei servizi di alloggio e di ristorazione', divisions: [55, 56] },
  { code: 'J', label: 'Servizi di informazione e comunicazione', divisions: [58, 63] },
  { code: 'K', label: 'Attività finanziarie e assicurative', divisions: [64, 66] },
  { code: 'L', label: 'Attività immobiliari', divisions: [68, 68] },
  { code: 'M', label: 'Attività professionali, scientifiche e tecniche', divisions: [69, 75] },
  { code: 'N', label: 'Noleggio, agenzie di viaggio, servizi di supporto alle imprese', divisions: [77, 82] },
  { code: 'O', label: 'Amministrazione pubblica e difesa; assicurazione sociale obbligatoria', divisions: [84, 84] },
  { code: 'P', label: 'Istruzione', divisions: [85, 85] },
  { code: 'Q', label: 'Sanità e assistenza sociale', divisions: [86, 88] },
  { code: 'R', label: 'Attività artistiche, sportive, di intrattenimento e divertimento', divisions: [90, 93] },
  { code: 'S', label: 'Altre attività di servizi', divisions: [94, 96] },
  {
    code: 'T',
    label: 'Attività di famiglie e convivenze come datori di lavoro per personale domestico; produzione di beni e servizi indifferenziati per uso proprio da parte di famiglie e convivenze',
    divisions: [97, 98],
  },
  { code: 'U', label: 'Organizzazioni ed organismi extraterritoriali', divisions: [99, 99] },
];

/** Division (2 digits), group (NN.N), class (NN.NN), category (NN.NN.N) or subcategory (NN.NN.NN). */
const ATECO_CODE = /^\d{2}(\.\d(\d(\.\d(\d)?)?)?)?$/;

/** The section of an ATECO code, or undefined when the code is malformed or its division does not exist. */
export function atecoSectionOf(code: string): AtecoSectionData | undefined {
  if (!ATECO_CODE.test(code)) return undefined;
  const division = Number(code.slice(0, 2));
  return ATECO_SECTIONS.find(({ divisions: [from, to] }) => division >= from && division <= to);
}

export function isAtecoCode(value: unknown): value is string {
  return typeof value === 'string' && atecoSectionOf(value) !== undefined;
}

export function atecoSection(code: string): AtecoSectionData | undefined {
  return ATECO_SECTIONS.find((section) => section.code === code);
}
