/**
 * Capitalised words that follow or follow on from a name-like word without being a person:
 * months, days, feasts, places of the metropolitan area and of the countries people come from,
 * and the abbreviations of Italian laws ("D.Lgs. 81/2008" is a course people list, not Mr Lgs).
 * Written without accents: lookups fold them.
 */
export const NOT_NAMES = `gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
  january february march april may june july august september october november december janvier fevrier mars avril
  mai juin juillet aout septembre octobre novembre decembre lunedi martedi mercoledi giovedi venerdi sabato domenica
  natale pasqua capodanno ferragosto epifania
  bologna imola casalecchio reno zola predosa sasso marconi valsamoggia monte san porretta terme lizzano
  belvedere vergato castiglione pepoli camugnano castel aiano gaggio montano grizzana morandi marzabotto monzuno
  loiano monghidoro monterenzio pianoro ozzano emilia lazzaro savena budrio castenaso granarolo molinella minerbio
  baricella malalbergo galliera argelato bentivoglio pieve cento piano persiceto crevalcore sala bolognese
  calderara anzola medicina mordano dozza fontanelice borgo tossignano casalfiumanese guelfo bagni
  castello serravalle maggiore navile bolognina savena porto saragozza barca corticella pilastro dhabi
  soccorso livello grado impiego militare piano turno impegno
  italia italy roma milano torino napoli firenze genova padova mantova modena ferrara ravenna rimini parma piacenza
  verona venezia bari palermo catania cagliari europa africa asia america marocco morocco tunisia algeria egitto
  egypt libia senegal nigeria ghana mali gambia guinea costa avorio camerun eritrea etiopia somalia sudan pakistan
  bangladesh india sri lanka cina china filippine philippines romania moldavia moldova ucraina ukraine russia
  albania kosovo serbia macedonia bosnia georgia peru ecuador colombia brasile salvador tirana kiev kyiv bucarest
  casablanca dakar lagos lahore dacca dhaka chisinau
  excel word office windows linux python java haccp inps inail asl ausl caritas comune regione provincia
  centro stazione ospedale universita scuola
  lgs dlgs dpr dpcm ccnl tuel`;

/** Words that can follow a name cue ("la signora ha…") without being a name. */
export const STOPWORDS = `il lo la i gli le un uno una di a ad da in con su per tra fra e ed o ma che chi cui non è e' ha ho hanno
  sono era erano sta stanno stato stata stati state sarà sara' al alla allo ai agli alle del della dello dei degli
  delle dal dalla dai nel nella nei negli nelle sul sulla sui come anche molto poco più già ancora sempre mai se si ci
  ne mi ti vi lui lei loro suo sua suoi sue mio mia questo questa quello quella tutto tutti tutte ogni oggi ieri
  domani bene male può deve vuole ha, signora signore signor the a an and of to in on at is was has had with for
  from by as it he she they his her their this that le la les un une des du de et est avec pour qui`;

/** Words before a name that make it the name of a place, a school, a firm or a saint. */
export const NAMED_AFTER = `san santo santa sant s ss beato beata papa via viale piazza piazzale vicolo corso largo strada
  borgo galleria ponte porta istituto ist liceo scuola itis itc itg ipsia ipc iis ite ipseoa isiss universita ateneo
  ospedale policlinico clinica casa villa centro fondazione associazione ass cooperativa coop onlus aps odv polisportiva
  parrocchia chiesa teatro museo biblioteca palazzo stadio dormitorio mensa opera ristorante pizzeria trattoria osteria
  bar caffe hotel albergo residence ditta azienda societa gruppo supermercato negozio premio progetto aeroporto
  stazione frati fratelli f.lli`;

/** Surnames met among the Chinese community: before a capitalised word they start a name. */
export const CHINESE_SURNAMES = `zhang wang chen liu huang zhou yang zhao wu xu lin hu zhu guo he ma luo gao zheng`;
