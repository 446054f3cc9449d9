import { Role } from '@ipl/access';
import { AlboStatus } from '@ipl/albo';
import { SizeBand } from '@ipl/companies';
import { Channel } from '@ipl/organisations';
import { Shift, SlotKind, SlotStatus } from '@ipl/slots';

/** Shared by every demo account, printed at start-up when the demo is seeded. */
export const DEMO_PASSWORD = 'Insieme-Demo-2026';

export const DEMO_COMPANIES = [
  {
    key: 'reno',
    legalName: 'Officine Meccaniche del Reno S.r.l.',
    partitaIva: '03214560371',
    atecoCode: '25.62.00',
    sizeBand: SizeBand.MEDIUM,
    contactEmail: 'hr.reno@demo.ipl.example',
    sites: ['CASALECCHIO_DI_RENO', 'ZOLA_PREDOSA'],
  },
  {
    key: 'ponte',
    legalName: 'Il Ponte Cooperativa Sociale',
    partitaIva: '02178450371',
    atecoCode: '88.10.00',
    sizeBand: SizeBand.SMALL,
    contactEmail: 'hr.ponte@demo.ipl.example',
    sites: ['BOLOGNA'],
  },
  {
    key: 'savena',
    legalName: 'Forno Savena S.n.c.',
    partitaIva: '04019870379',
    atecoCode: '10.71.10',
    sizeBand: SizeBand.MICRO,
    contactEmail: 'hr.savena@demo.ipl.example',
    sites: ['SAN_LAZZARO_DI_SAVENA'],
  },
] as const;

/**
 * Where each demo company stands: reno in the Albo, ponte in the Albo and on the board (its
 * board member signs in), savena with an application waiting for review.
 */
export const DEMO_ALBO = [
  { company: 'reno', status: AlboStatus.ADMITTED, sections: ['INCLUSIONE_LAVORATIVA', 'POLITICHE_CONCILIATIVE'], boardSince: null },
  { company: 'ponte', status: AlboStatus.ADMITTED, sections: ['INCLUSIONE_LAVORATIVA'], boardSince: '2024-01-15' },
  { company: 'savena', status: AlboStatus.PENDING, sections: ['INCLUSIONE_LAVORATIVA', 'POLITICHE_DI_GENERE'], boardSince: null },
] as const;

export interface DemoSlot {
  company: (typeof DEMO_COMPANIES)[number]['key'];
  kind: SlotKind;
  status: SlotStatus;
  title: string;
  description: string;
  /** Vocabulary labels; the seed looks their ids up. */
  requiredSkills: string[];
  niceToHaveSkills: string[];
  comuneCode: string;
  openings: number;
  hoursPerWeek: number;
  shifts: Shift[];
  startInDays: number;
  durationMonths: number | null;
  offersTutor: boolean;
  offersGradualStart: boolean;
  stepFreeAccess: boolean;
  reachableByPublicTransport: boolean;
}

export const DEMO_SLOTS: DemoSlot[] = [
  {
    company: 'reno',
    kind: SlotKind.TIROCINIO,
    status: SlotStatus.OPEN,
    title: 'Tirocinio in officina: aiuto saldatore',
    description: 'Affiancamento a un saldatore esperto nella preparazione dei pezzi e nella saldatura a filo, con un tutor aziendale.',
    requiredSkills: ['Saldatura a filo'],
    niceToHaveSkills: ['Lavoro di squadra'],
    comuneCode: 'CASALECCHIO_DI_RENO',
    openings: 2,
    hoursPerWeek: 25,
    shifts: [Shift.DAY],
    startInDays: 30,
    durationMonths: 6,
    offersTutor: true,
    offersGradualStart: true,
    stepFreeAccess: true,
    reachableByPublicTransport: true,
  },
  {
    company: 'reno',
    kind: SlotKind.JOB,
    status: SlotStatus.OPEN,
    title: 'Addetto al magazzino ricambi',
    description: 'Ricevimento merci, sistemazione a scaffale e preparazione degli ordini con il transpallet.',
    requiredSkills: ['Uso del transpallet'],
    niceToHaveSkills: ['Gestione di magazzino'],
    comuneCode: 'ZOLA_PREDOSA',
    openings: 1,
    hoursPerWeek: 36,
    shifts: [Shift.DAY],
    startInDays: 45,
    durationMonths: null,
    offersTutor: false,
    offersGradualStart: false,
    stepFreeAccess: true,
    reachableByPublicTransport: true,
  },
  {
    company: 'ponte',
    kind: SlotKind.AVVICINAMENTO_AL_LAVORO,
    status: SlotStatus.OPEN,
    title: 'Avvicinamento al lavoro in cucina',
    description: 'Un primo percorso protetto nella cucina della cooperativa: lavaggio stoviglie e aiuto nella preparazione dei pasti.',
    requiredSkills: ['Lavaggio stoviglie'],
    niceToHaveSkills: ['Aiuto cuoco'],
    comuneCode: 'BOLOGNA',
    openings: 2,
    hoursPerWeek: 15,
    shifts: [Shift.DAY],
    startInDays: 20,
    durationMonths: 3,
    offersTutor: true,
    offersGradualStart: true,
    stepFreeAccess: true,
    reachableByPublicTransport: true,
  },
  {
    company: 'savena',
    kind: SlotKind.TIROCINIO,
    status: SlotStatus.DRAFT,
    title: 'Tirocinio in panificio',
    description: 'Preparazione degli impasti e cura del banco vendita, in bozza finché il forno non è ammesso all’Albo.',
    requiredSkills: ['Panificazione'],
    niceToHaveSkills: ['Gestione cassa'],
    comuneCode: 'SAN_LAZZARO_DI_SAVENA',
    openings: 1,
    hoursPerWeek: 20,
    shifts: [Shift.DAY, Shift.WEEKEND],
    startInDays: 60,
    durationMonths: 6,
    offersTutor: true,
    offersGradualStart: false,
    stepFreeAccess: false,
    reachableByPublicTransport: true,
  },
];

export const DEMO_ORGANISATIONS = [
  { key: 'sst-bologna', name: 'Servizio Sociale Territoriale di Bologna - Navile', channel: Channel.SOCIAL_SERVICES, districtCode: 'BOLOGNA' },
  { key: 'caritas-imola', name: "Caritas Diocesana di Imola - Centro d'ascolto", channel: Channel.CARITAS, districtCode: 'IMOLA' },
] as const;

type CompanyKey = (typeof DEMO_COMPANIES)[number]['key'];
type OrganisationKey = (typeof DEMO_ORGANISATIONS)[number]['key'];

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  company?: CompanyKey;
  organisation?: OrganisationKey;
  districtCode?: string;
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@demo.ipl.example', displayName: 'Ufficio Albo (demo)', role: Role.ADMIN },
  { email: 'hr.reno@demo.ipl.example', displayName: 'Giulia Ferri (HR, demo)', role: Role.COMPANY_HR, company: 'reno' },
  { email: 'hr.ponte@demo.ipl.example', displayName: 'Marco Vitali (HR, demo)', role: Role.COMPANY_HR, company: 'ponte' },
  { email: 'hr.savena@demo.ipl.example', displayName: 'Anna Borghi (HR, demo)', role: Role.COMPANY_HR, company: 'savena' },
  { email: 'board@demo.ipl.example', displayName: 'Paolo Neri (board, demo)', role: Role.BOARD_MEMBER, company: 'ponte' },
  { email: 'operatore.bologna@demo.ipl.example', displayName: 'Sara Lodi (SST Bologna, demo)', role: Role.OPERATOR, organisation: 'sst-bologna' },
  { email: 'operatore.imola@demo.ipl.example', displayName: 'Luca Gardi (Caritas Imola, demo)', role: Role.OPERATOR, organisation: 'caritas-imola' },
  { email: 'coordinatore.imola@demo.ipl.example', displayName: 'Ufficio di Piano Imola (demo)', role: Role.DISTRICT_COORDINATOR, districtCode: 'IMOLA' },
];
