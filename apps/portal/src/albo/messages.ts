/** The words of the public Albo's district view, in both languages (the list's words are in i18n/). */
const it = {
  'alboDistricts.nav': 'Modi di consultare l’Albo',
  'alboDistricts.list': 'Elenco con filtri',
  'alboDistricts.byDistrict': 'Per distretto',
  'alboDistricts.title': 'Aziende inclusive per distretto',
  'alboDistricts.intro': 'Le aziende iscritte all’Albo, raggruppate nei 7 distretti socio-sanitari della Città metropolitana in cui hanno una sede.',
  'alboDistricts.count': '{count} aziende iscritte nel distretto',
  'alboDistricts.countOne': '1 azienda iscritta nel distretto',
  'alboDistricts.empty': 'Ancora nessuna azienda iscritta in questo distretto.',
  'alboDistricts.companiesOf': 'Aziende del distretto {district}',
  'alboDistricts.all': 'Vedi nell’elenco le aziende del distretto {district}',
} as const;

const en: Record<keyof typeof it, string> = {
  'alboDistricts.nav': 'Ways to browse the register',
  'alboDistricts.list': 'List with filters',
  'alboDistricts.byDistrict': 'By district',
  'alboDistricts.title': 'Inclusive companies by district',
  'alboDistricts.intro': "The companies in the register, grouped by the Metropolitan City's 7 health and social districts where they have a site.",
  'alboDistricts.count': '{count} registered companies in the district',
  'alboDistricts.countOne': '1 registered company in the district',
  'alboDistricts.empty': 'No registered company in this district yet.',
  'alboDistricts.companiesOf': 'Companies of the {district} district',
  'alboDistricts.all': 'See the companies of the {district} district in the list',
};

export const alboMessages = { it, en };
