/**
 * Health information that must not travel with a profile or a note: services that take people
 * in charge, diagnoses and conditions, treatments and medicines (Italian, with the English and
 * French forms met in notes). Each entry is a regular-expression fragment matched at word starts
 * on folded text (lower case, no accents). A support need is a work condition ("ha bisogno di un
 * tutor"), never a diagnosis, so none of those words is here.
 */
export const HEALTH_TERMS: readonly string[] = [
  // services and the people in them
  String.raw`ser\.?[dt]\b`, String.raw`c\.?s\.?m\.?\b`, String.raw`centr[oi] (?:di )?salute mentale`, String.raw`salute mentale`,
  String.raw`n\.?p\.?i\.?a\b`, String.raw`neuropsichiatr`, String.raw`d\.?s\.?m\.?(?:-?d\.?p\.?)?\b`, String.raw`spdc\b`, String.raw`psichiatr`,
  String.raw`psicoterap`, String.raw`tso\b`, String.raw`trattamento sanitario obbligatorio`, String.raw`comunita terapeutic`,
  String.raw`centro (?:diurno )?(?:di )?(?:igiene mentale|alcolog)`, String.raw`alcologi`, String.raw`in cura (?:presso|da|al|alla|dal|dalla|con)\b`,
  String.raw`in carico (?:al|allo|alla|ai)\s+(?:ser\.?[dt]\b|c\.?s\.?m|npia|dsm|centro (?:di )?salute|servizio (?:psich|dipend|salute))`,
  String.raw`(?:seguit[oa]|segue un percorso) (?:dal|dallo|dalla|presso (?:il|lo|la)) (?:ser\.?[dt]\b|csm|npia|dsm|psich|neurolog|oncolog|centro (?:di )?salute)`,
  String.raw`diagnosi\b`, String.raw`diagnosticat`, String.raw`patologi[ae]\b`, String.raw`malattia (?:cronica|mentale|rara|oncologica|psichiatrica|degenerativa)`,
  String.raw`malat[oa] (?:di|cronic|terminal|psichiatr)`,
  // mental health, development, addictions
  String.raw`schizofreni`, String.raw`psicos[ie]\b`, String.raw`psicotic`, String.raw`bipolar`, String.raw`borderline`,
  String.raw`disturb[oi] (?:bipolar|della personalita|di personalita|psichic|psichiatr|mental|dell'umore|d'ansia|ansios|ossessiv|alimentar|del comportamento alimentare|dello spettro|post.?traumatic|da stress|depressiv|cognitiv|specific[oi] dell'apprendimento)`,
  String.raw`depression[ei]\b`, String.raw`depress[oa]\b`, String.raw`depressiv`, String.raw`attacchi di panico`, String.raw`crisi (?:di panico|epilettic|psicotic)`,
  String.raw`autism[oi]\b`, String.raw`autistic`, String.raw`asperger`, String.raw`adhd\b`, String.raw`ptsd\b`, String.raw`dislessi`, String.raw`discalculi`, String.raw`disgrafi`,
  String.raw`ritardo (?:mentale|cognitivo)`, String.raw`disabilita (?:intellettiv|psichic|mental|cognitiv)`, String.raw`deficit (?:cognitiv|intellettiv)`,
  String.raw`sindrome di down`, String.raw`trisomia`, String.raw`anoressi`, String.raw`bulimi`,
  String.raw`tossicodipend`, String.raw`ex tossic`, String.raw`tossicoman`, String.raw`dipendenza da (?:alcol|sostanz|droga|drogh|gioco|eroina|cocaina|farmac|cannabis)`,
  String.raw`alcolis[mt]`, String.raw`alcoldipend`, String.raw`ludopati`, String.raw`gioco d'azzardo patologico`, String.raw`eroinoman`, String.raw`cocainoman`,
  String.raw`abuso di (?:alcol|sostanz|drogh)`, String.raw`uso di sostanze`, String.raw`overdose`,
  // physical conditions
  String.raw`epiless`, String.raw`epilettic`, String.raw`diabet`, String.raw`insulin`, String.raw`hiv\b`, String.raw`aids\b`, String.raw`sieropositiv`,
  String.raw`epatite\b`, String.raw`tubercolosi`, String.raw`tumor[ei]\b`, String.raw`cancro\b`, String.raw`oncologic`, String.raw`chemioterapi`,
  String.raw`radioterapi`, String.raw`leucemi`, String.raw`linfoma`, String.raw`sclerosi`, String.raw`parkinson`, String.raw`alzheimer`,
  String.raw`demenza`, String.raw`ictus\b`, String.raw`infarto`, String.raw`cardiopati`, String.raw`dialisi`, String.raw`insufficienza (?:renale|cardiaca|respiratoria)`,
  String.raw`cirrosi`, String.raw`paraplegi`, String.raw`tetraplegi`, String.raw`emiplegi`, String.raw`amputat`, String.raw`ipovedent`, String.raw`non vedente`,
  String.raw`sordomut`, String.raw`fibromialgi`, String.raw`ernia (?:del disco|discale)`, String.raw`incinta\b`, String.raw`gravidanza`,
  String.raw`invalidita civile`, String.raw`invalid[oa] civile`, String.raw`invalid(?:ita|o|a)\s+(?:civile\s+)?(?:al|del|pari al)?\s*\d{1,3}\s*%`,
  String.raw`\d{1,3}\s*%\s*(?:di\s+)?invalidita`, String.raw`percentuale di invalidita`, String.raw`legge 104\b`, String.raw`l\.?\s?104\b`, String.raw`104/92\b`,
  String.raw`indennita di accompagnamento`,
  // treatments and medicines
  String.raw`psicofarmac`, String.raw`antidepressiv`, String.raw`antipsicotic`, String.raw`ansiolitic`, String.raw`neurolettic`, String.raw`benzodiazepin`,
  String.raw`stabilizzator[ei] dell'umore`, String.raw`terapia (?:farmacologica|psichiatrica|sostitutiva|antiretrovirale|insulinica)`, String.raw`assume (?:farmaci|psicofarmaci|terapia)`,
  String.raw`in terapia con`, String.raw`metadone`, String.raw`suboxone`, String.raw`buprenorfin`, String.raw`naltrexon`, String.raw`disulfiram`, String.raw`antabuse`,
  String.raw`clozapin`, String.raw`olanzapin`, String.raw`risperid`, String.raw`aripiprazol`, String.raw`abilify`, String.raw`[ah]aloperidol`,
  String.raw`quetiapin`, String.raw`paroxetin`, String.raw`sertralin`, String.raw`fluoxetin`, String.raw`prozac`, String.raw`(?:es)?citalopram`, String.raw`venlafaxin`,
  String.raw`duloxetin`, String.raw`lorazepam`, String.raw`diazepam`, String.raw`alprazolam`, String.raw`xanax`, String.raw`valium`, String.raw`tavor\b`,
  String.raw`depakin`, String.raw`valproat`, String.raw`carbamazepin`, String.raw`lamotrigin`, String.raw`levetiracetam`, String.raw`keppra`, String.raw`metformin`, String.raw`antiretroviral`,
  // English and French
  String.raw`schizophreni`, String.raw`mental (?:health|illness|disorder)`, String.raw`psychiatr`, String.raw`bipolar disorder`, String.raw`epilepsy`, String.raw`diabetes`,
  String.raw`drug addict`, String.raw`addiction`, String.raw`rehab\b`, String.raw`hiv positive`, String.raw`depression\b`, String.raw`toxicoman`, String.raw`sante mentale`,
];
