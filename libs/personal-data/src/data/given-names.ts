/**
 * Given names met in Bologna's social services, Italian and foreign (written here without
 * accents: lookups fold them). Compiled by hand for the guard, not a registry of people.
 * Names that are also everyday words ("Rosa", "Chiara", "Ali", "May") are in
 * AMBIGUOUS_GIVEN_NAMES: alone they are read as words, next to a surname or a "si chiama"
 * they are names.
 */
export const GIVEN_NAMES = [
  // Italian
  `mario giuseppe giovanni antonio luigi francesco alessandro andrea marco luca matteo lorenzo davide simone federico
  riccardo gabriele stefano paolo roberto massimiliano fabio claudio daniele alberto enrico emanuele giorgio salvatore
  vincenzo pietro michele domenico carlo raffaele sergio maurizio gianluca nicola alessio tommaso filippo leonardo
  edoardo jacopo giacomo samuele diego cristian christian manuel mattia elia nicolo achille adriano alfredo aldo
  ambrogio angelo arturo attilio bruno carmine cesare corrado dario dino elio emilio enzo ercole ettore eugenio
  fausto fabrizio ferdinando fernando flavio gaetano gennaro gerardo giacinto gianfranco gianni gino giulio guido
  ignazio leandro lino loris luciano lucio marcello mariano mauro mirko nando nazzareno nino orazio oreste osvaldo
  ottavio pasquale piero pierluigi raimondo renato renzo rino rocco rodolfo romano rosario ruggero sandro saverio
  silvio tiziano ugo umberto valerio vittorio walter wanda yuri gianmarco giampaolo pierpaolo gianpiero ivano ivo
  maria anna giulia francesca sara laura valentina alessandra elena silvia martina federica paola elisa giorgia
  roberta monica cristina barbara simona daniela claudia antonella manuela patrizia teresa rita lucia giovanna
  angela carla luisa marta alice beatrice camilla chiara aurora sofia ginevra greta noemi arianna asia matilde
  rebecca emma nicole eleonora ilaria veronica erica erika jessica denise debora deborah sabrina tiziana loredana
  lorena raffaella marina mariangela marisa mirella nadia nicoletta ornella piera pina rossana sonia stefania
  susanna vanessa viviana annalisa antonietta assunta carmela caterina concetta donatella emanuela enrica ester
  fabiana fiorella gabriella gianna graziella immacolata irene isabella lidia liliana lorella luciana maddalena
  marcella mariagrazia marilena mariarosa nunzia ombretta orietta palmira rachele romina rosalba rosanna rosaria
  rossella sandra serafina tamara vittoria wilma agnese adele alba alessia agata annamaria benedetta carolina
  cecilia costanza diana elisabetta eva flavia gaia giada gloria ludovica miriam nora ottavia rosa viola`,
  // Arabic-transliterated, Maghreb and Middle East
  `mohamed mohammed muhammad mohammad mohamad ahmed ahmad mahmoud mahmud mustafa mostafa youssef yusuf youssouf yousef
  abdallah abdullah abdel abdelkader abdelaziz abderrahim abdelilah abdou hamza hassan hussein hossam ibrahim ismail
  ismael khalid khaled karim kamal kamel rachid rashid said saad samir sami tarek tariq walid yassine yassin yasin
  younes youness zakaria zakariya omar othmane othman adil anas anouar anwar aziz bilal brahim driss fouad hakim
  hicham hisham imad issam jamal jawad lahcen larbi mehdi mourad murad mouhamed nabil nasser noureddine radouane
  redouane reda ridha salah salim selim soufiane sofiane tahar taha toufik yahya yacine yassir zouhair ayoub amine
  ali fatima fatma khadija aicha aisha aysha amina asmae asma dounia fatiha ghizlane hafsa hanane hiba houda imane
  iman jamila kaoutar karima khadija latifa leila layla loubna malika maryam meriem mariam nadia naima nawal nezha
  noura nour rabia rachida rania saida salma samira sanaa siham soukaina souad wafaa yasmina yasmine zahra zineb
  zainab zohra hayat hajar ikram rim nisrine`,
  // South Asia
  `imran asif arif tahir usman zubair farhan shahid rafiq rahim raju rajesh rakesh ramesh suresh sunil anil amit
  sandeep deepak vikram ravi rahul sanjay manoj vijay harpreet gurpreet manpreet jaspreet harjit kuldeep parminder
  baljit sukhwinder priya pooja sunita anjali neha kavita lakshmi nasima shirin rubina nazia sadia shabnam tasnim
  mizanur habibur mostafizur rezaul shahidul jahangir kamrul monir sumon sohel shakil rubel milon nimal kumara
  chaminda ruwan priyanka dilani`,
  // West and East Africa
  `mamadou moussa ousmane abdoulaye ibrahima cheikh modou lamine alioune babacar boubacar souleymane seydou amadou
  adama bakary sekou mamadi lassana fatou aminata mariama awa aissatou ndeye khady binta coumba kofi kwame kwabena
  yaw kojo akosua ama abena chinedu emeka chukwuma obinna uche ifeanyi nnamdi ngozi chioma adaeze osas eghosa osaro
  efosa osagie ikenna tunde segun ayodele femi funmilayo bolanle olumide abiodun oluwaseun temitope blessing
  precious favour goodluck godwin sunday monday friday prosper innocent esther gift patience comfort mercy
  abdirahman abdi mahad hodan filsan yonas yohannes tesfaye berhane mulugeta abebe tigist selam hiwot meron senait`,
  // Romania and Moldova
  `ion ioan ionut ionel mihai gheorghe vasile constantin nicolae dumitru florin cristian bogdan alexandru adrian
  marius ciprian sorin ovidiu catalin razvan lucian liviu petru radu stefan tudor dorin viorel costel ionela ioana
  andreea mihaela elena georgiana florentina nicoleta loredana roxana oana alina cristina luminita gabriela rodica
  mariana violeta daniela lacramioara corina simona anca irina madalina bianca denisa larisa`,
  // Ukraine, Russia, Belarus, Georgia
  `oleksandr oleksiy olexandr volodymyr andriy andrii serhiy serhii dmytro mykola mykhailo yuriy yurii vasyl taras
  bohdan petro ivan igor ihor sergei sergey dmitri dmitry nikolai vladimir vladislav viktor alexei aleksei pavel
  maksym maxim roman oleg artem artur vitaliy vitalii yaroslav olena oksana iryna tetiana tatiana tatyana natalia
  nataliya svitlana svetlana olga yulia yuliia anastasia halyna galina lyudmila lyudmyla nadiya nadezhda valentyna
  valentina kateryna ekaterina marina larysa larisa nataliia alla inna zoya viktoriia viktoria daria darya sofiia
  khrystyna liliia lilia ganna hanna giorgi levan nino tamar`,
  // Albania, Kosovo, the Balkans
  `arben besnik blerim dritan erion fatmir gentian ilir klodian kujtim ledio agron artan bujar ervin gezim fatos
  arjan altin armando edmond elvis gjergj kastriot kreshnik leonard marjan petrit valon flamur shpetim genti mirela
  elona entela arta blerta jonida anila eriola fjona dorina valbona alketa brikena edlira elda enkeleda ermira
  jehona mimoza rovena suela teuta vjollca ardita adelina dragan goran zoran milan nenad dejan marko stefan
  jelena ivana milica snezana dragana`,
  // English, French, Spanish, Portuguese and others
  `john michael david james robert william thomas daniel paul peter george richard charles joseph christopher
  anthony steven kevin brian jason edward patrick sean andrew matthew mary sarah emily jessica jennifer elizabeth
  susan linda karen nancy lisa margaret catherine rebecca rachel laura amy emma olivia charlotte sophie hannah
  jean pierre jacques michel philippe francois nicolas julien mathieu antoine olivier sebastien thierry pascal
  didier marie nathalie isabelle sylvie celine aurelie camille amelie chloe manon juliette josephine brigitte
  jose juan carlos luis jorge miguel pedro pablo javier alejandro ricardo fernando eduardo raul hector jhon jhonny
  wilson edwin fredy freddy william yeison brayan kevin anderson cesar
  rosa carmen lucia milagros yesenia guadalupe dolores mercedes esperanza pilar juana ana sandra patricia gabriela
  veronica marisol maricel rowena jocelyn lorna marivic jonalyn rosario rodrigo joao antonio paulo thiago ines
  wei ming hui jing ying xiao lei fang hong yan`,
].join(' ');

/** Given names that are also everyday words: names only beside a capitalised surname or after a cue. */
export const AMBIGUOUS_GIVEN_NAMES = `rosa chiara serena bianca celeste gemma aurora gloria grazia franco felice fortunato
  vittoria viola margherita giada perla ambra stella pasquale letizia allegra costanza clemente benedetta benedetto
  modesto romano assunta ginevra asia alba gaia lino leonardo marina massimo said sana grace joy rose jack ben dan
  blessing precious favour patience mercy innocent goodluck prosper ion`;

/** Names that are words first ("Primo Soccorso", "Alfa Romeo", "Vera Pelle"): names only after a cue. */
export const WORDS_FIRST = `primo secondo natale domenica sabato santo beato sole luce fiore speranza gioia vera pia
  giusto sereno fedele costante amato diletta valente romeo alfa rosario mercedes dolores esperanza will mark hope faith
  may june april bill max don gift comfort sunday monday friday pascal milan alla anca lei li hong roman`;
