/** The words of the HR pages, in both languages. */
const it = {
  'slots.title': 'I miei posti',
  'slots.intro': 'I tirocini, i percorsi di avvicinamento al lavoro e le offerte di lavoro della tua azienda.',
  'slots.count': '{count} posti',
  'slots.countOne': '1 posto',
  'slots.empty': 'La tua azienda non ha ancora inserito posti.',
  'slots.noCompany': 'Il tuo profilo non è collegato ad alcuna azienda.',
  'slots.col.title': 'Titolo',
  'slots.col.kind': 'Tipo',
  'slots.col.status': 'Stato',
  'slots.col.place': 'Comune',
  'slots.col.openings': 'Posti occupati',
  'slots.col.start': 'Inizio',
  'slots.col.published': 'Pubblicato il',
  'slots.tableCaption': 'Posti della tua azienda',
  'slots.openings': '{taken} su {total}',
} as const;

const en: Record<keyof typeof it, string> = {
  'slots.title': 'My slots',
  'slots.intro': "Your company's tirocini, job-approach paths and job offers.",
  'slots.count': '{count} slots',
  'slots.countOne': '1 slot',
  'slots.empty': 'Your company has no slots yet.',
  'slots.noCompany': 'Your profile is not linked to a company.',
  'slots.col.title': 'Title',
  'slots.col.kind': 'Kind',
  'slots.col.status': 'Status',
  'slots.col.place': 'Comune',
  'slots.col.openings': 'Openings taken',
  'slots.col.start': 'Start',
  'slots.col.published': 'Published on',
  'slots.tableCaption': "Your company's slots",
  'slots.openings': '{taken} of {total}',
};

export const hrMessages = { it, en };
