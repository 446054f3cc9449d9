import { Role } from '@ipl/access';
import { Channel } from '@ipl/organisations';

/** Shared by every demo account, printed at start-up when the demo is seeded. */
export const DEMO_PASSWORD = 'Insieme-Demo-2026';

export const DEMO_COMPANIES = [
  { key: 'reno', legalName: 'Officine Meccaniche del Reno S.r.l.', partitaIva: '03214560371' },
  { key: 'ponte', legalName: 'Il Ponte Cooperativa Sociale', partitaIva: '02178450371' },
  { key: 'savena', legalName: 'Forno Savena S.n.c.', partitaIva: '04019870379' },
] as const;

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
