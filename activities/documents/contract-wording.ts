/**
 * The words of the fixed-term employment contract, in the two languages a Brussels contract
 * can be written in. Each language is complete on its own: a worker reads one document in one
 * language, with no English left in it. French typography puts a no-break space before « : ; »
 * and inside « », so lines never start with a lone colon.
 */
export type ContractLanguage = 'fr' | 'nl';
export type ContractSector = 'care' | 'horeca' | 'construction' | 'other';
export type WorkerCategory = 'white-collar' | 'blue-collar';

/** The contract's facts, already formatted for the chosen language. */
export interface ContractTerms {
  jobTitle: string;
  sector: ContractSector;
  jointCommittee: string;
  workerCategory: WorkerCategory;
  weeklyHours: string;
  hourlyWage: string;
  monthlyWage: string;
  startDate: string;
  endDate: string;
  issuedOn: string;
}

export interface Article {
  heading: string;
  paragraphs: string[];
}

export interface ContractWording {
  title: string;
  lawReference: string;
  between: string;
  agreed: string;
  employerHeading: string;
  workerHeading: string;
  enterpriseNumber: string;
  seat: string;
  workerCode: string;
  nationalNumber: string;
  nationalNumberNotYetIssued: string;
  address: string;
  hereinafterCooperative: string;
  hereinafterWorker: string;
  keyTermsHeading: string;
  keyTerms: Record<'jobTitle' | 'sector' | 'jointCommittee' | 'category' | 'weeklyHours' | 'hourlyWage' | 'monthlyWage' | 'startDate' | 'endDate', string>;
  sectorNames: Record<ContractSector, string>;
  categoryNames: Record<WorkerCategory, string>;
  jointCommitteeNumber: (number: string) => string;
  hoursPerWeek: (hours: string) => string;
  articles: (terms: ContractTerms) => Article[];
  signedAt: (issuedOn: string) => string;
  cooperativeSignature: string;
  cooperativeSignatureHint: string;
  workerSignature: string;
  workerSignatureHint: string;
  footer: (contractId: string, page: number, pages: number) => string;
  monthNames: readonly string[];
  /** The user company and the site, once the worker is placed under this contract. */
  workplace: { heading: string; userCompany: string; site: string; notYetPlaced: string };
  signaturePage: SignaturePageWording;
}

/** The page added when both parties have signed: who signed, when, how, and what they signed. */
export interface SignaturePageWording {
  heading: string;
  intro: string;
  party: { worker: string; cooperative: string };
  legalName: string;
  signedAt: string;
  how: string;
  /** Brussels date and time of a signature: "4 décembre 2026 à 09:14 (heure de Bruxelles)". */
  at: (date: string, time: string) => string;
  method: { password: string; smsCode: string; account: string };
  signedDocument: string;
  hashNote: (version: number) => string;
  versions: (version: number, earlierVersion: number, earlierDocumentId: string) => string;
  workplaceAtSigning: (known: boolean) => string;
}

const NBSP = '\u00a0';
/** The equal-pay rule for temps (law of 24 July 1987, CCT 108) belongs to joint committee 322. */
const equalPayApplies = (jointCommittee: string) => jointCommittee.trim() === '322';

/** "de" before a consonant, "d’" before a vowel or a mute h: « en qualité d’aide-soignante ». */
const elidedDe = (word: string) => (/^[aeiouyhàâäéèêëîïôöûüœ]/i.test(word.trim()) ? `d’${word.trim()}` : `de ${word.trim()}`);

const fr: ContractWording = {
  title: 'Contrat de travail à durée déterminée',
  lawReference: 'Loi du 3 juillet 1978 relative aux contrats de travail',
  between: `Entre les soussignés${NBSP}:`,
  agreed: 'il est convenu ce qui suit.',
  employerHeading: 'L’employeur',
  workerHeading: 'Le travailleur',
  enterpriseNumber: `Numéro d’entreprise${NBSP}:`,
  seat: `Siège${NBSP}:`,
  workerCode: `Code travailleur${NBSP}:`,
  nationalNumber: `Numéro de registre national ou BIS${NBSP}:`,
  nationalNumberNotYetIssued: 'pas encore attribué',
  address: `Adresse${NBSP}:`,
  hereinafterCooperative: `ci-après «${NBSP}la coopérative${NBSP}»`,
  hereinafterWorker: `ci-après «${NBSP}le travailleur${NBSP}»`,
  keyTermsHeading: 'Conditions essentielles',
  keyTerms: {
    jobTitle: 'Fonction',
    sector: 'Secteur',
    jointCommittee: 'Commission paritaire',
    category: 'Catégorie',
    weeklyHours: 'Durée hebdomadaire de travail',
    hourlyWage: 'Salaire horaire brut',
    monthlyWage: 'Équivalent mensuel brut (indicatif)',
    startDate: 'Début du contrat',
    endDate: 'Fin du contrat',
  },
  sectorNames: { care: 'Soins', horeca: 'Horeca', construction: 'Construction', other: 'Autre' },
  categoryNames: { 'white-collar': 'Employé', 'blue-collar': 'Ouvrier' },
  jointCommitteeNumber: (number) => `n°${NBSP}${number}`,
  hoursPerWeek: (hours) => `${hours}${NBSP}${Number(hours.replace(',', '.')) < 2 ? 'heure' : 'heures'} par semaine`,
  articles: (t) => {
    const sector = {
      care: ' dans le secteur des soins',
      horeca: ' dans le secteur de l’horeca',
      construction: ' dans le secteur de la construction',
      other: '',
    }[t.sector];
    const status = t.workerCategory === 'white-collar' ? 'd’employé' : 'd’ouvrier';
    return [
      {
        heading: 'Article 1 – Fonction',
        paragraphs: [
          `La coopérative engage le travailleur, qui accepte, en qualité ${elidedDe(t.jobTitle)}${sector}. Le travailleur est occupé sous le statut ${status}.`,
        ],
      },
      {
        heading: 'Article 2 – Commission paritaire',
        paragraphs: [
          `Le contrat relève de la commission paritaire n°${NBSP}${t.jointCommittee}. Les conventions collectives de travail conclues au sein de cette commission paritaire s’appliquent au présent contrat.`,
        ],
      },
      {
        heading: 'Article 3 – Durée du contrat',
        paragraphs: [
          `Le contrat est conclu pour une durée déterminée. Il prend cours le ${t.startDate} et prend fin de plein droit le ${t.endDate}, sans préavis ni indemnité, sauf application de l’article 7.`,
        ],
      },
      {
        heading: 'Article 4 – Durée du travail',
        paragraphs: [
          `La durée de travail est de ${fr.hoursPerWeek(t.weeklyHours)}. Les horaires sont ceux du règlement de travail de la coopérative ou, pendant une mise à disposition, ceux applicables chez l’entreprise utilisatrice, dans le respect de la législation sur la durée du travail.`,
        ],
      },
      {
        heading: 'Article 5 – Rémunération',
        paragraphs: [
          `Le salaire horaire brut est fixé à ${t.hourlyWage}. À titre indicatif, pour ${fr.hoursPerWeek(t.weeklyHours)}, il correspond à une rémunération mensuelle brute de ${t.monthlyWage} (salaire horaire × heures par semaine × 52${NBSP}/${NBSP}12)${NBSP}; la rémunération réelle dépend des heures prestées. Elle est payée chaque mois par virement, après déduction des cotisations sociales et du précompte professionnel.`,
        ],
      },
      {
        heading: 'Article 6 – Lieu de travail et mises à disposition',
        paragraphs: [
          `Dans le cadre de la dérogation légale dont bénéficie la coopérative, le travailleur peut être mis à la disposition d’entreprises utilisatrices. Le lieu de travail est alors celui de l’entreprise utilisatrice${NBSP}; il est communiqué par écrit au travailleur avant le début de chaque mise à disposition. La coopérative reste l’employeur du travailleur et lui verse sa rémunération${NBSP}; l’entreprise utilisatrice donne les instructions relatives à l’exécution du travail et veille au respect des règles de sécurité et de bien-être au travail.`,
          ...(equalPayApplies(t.jointCommittee)
            ? [
                'Pendant une mise à disposition, la rémunération ne peut être inférieure à celle que percevrait un travailleur engagé par l’entreprise utilisatrice dans la même fonction.',
              ]
            : []),
        ],
      },
      {
        heading: 'Article 7 – Autorisation de travail',
        paragraphs: [
          `Le présent contrat est conclu sous la condition que le travailleur dispose d’une autorisation de travail valable. Le travailleur informe sans délai la coopérative de tout renouvellement, retrait ou expiration de cette autorisation. La coopérative ne peut occuper le travailleur sans autorisation valable${NBSP}: dès que l’autorisation prend fin, l’exécution du contrat est suspendue${NBSP}; si elle n’est pas renouvelée ou si elle est retirée, le contrat prend fin.`,
        ],
      },
      {
        heading: 'Article 8 – Protection des données personnelles',
        paragraphs: [
          `La coopérative traite les données personnelles du travailleur (identité, numéro de registre national ou BIS, autorisation de travail, données de paie) uniquement pour exécuter le présent contrat et remplir ses obligations légales (déclarations Dimona et DmfA, paie, impôts), conformément au règlement (UE) 2016/679 (RGPD). Ces données sont conservées chiffrées et ne sont communiquées qu’aux organismes habilités par la loi et, pour le strict nécessaire, aux entreprises utilisatrices. Le travailleur peut voir qui a consulté son dossier et exercer auprès de la coopérative ses droits d’accès, de rectification et d’effacement, dans les limites des délais légaux de conservation.`,
        ],
      },
      {
        heading: 'Article 9 – Dispositions finales',
        paragraphs: [
          'Le règlement de travail de la coopérative, dont le travailleur reconnaît avoir reçu un exemplaire, fait partie du présent contrat. Pour le surplus, la loi du 3 juillet 1978 relative aux contrats de travail s’applique.',
        ],
      },
    ];
  },
  signedAt: (issuedOn) => `Fait à Bruxelles, le ${issuedOn}. Chaque partie reçoit un exemplaire signé.`,
  cooperativeSignature: 'Pour la coopérative',
  cooperativeSignatureHint: 'Nom, fonction, date et signature',
  workerSignature: 'Le travailleur',
  workerSignatureHint: 'Date et signature',
  footer: (contractId, page, pages) => `Contrat n°${NBSP}${contractId} — page ${page} sur ${pages}`,
  monthNames: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  workplace: {
    heading: 'Mise à disposition',
    userCompany: `Entreprise utilisatrice${NBSP}:`,
    site: `Lieu de travail${NBSP}:`,
    notYetPlaced:
      'Le travailleur n’est pas encore mis à disposition d’une entreprise utilisatrice. Le lieu de travail lui sera communiqué par écrit avant le début de la mise à disposition (article 6).',
  },
  signaturePage: {
    heading: 'Signatures électroniques',
    intro: 'Le présent contrat a été signé par les deux parties dans le portail TalentCoop. Cette page fait partie du contrat signé.',
    party: { worker: 'Le travailleur', cooperative: 'Pour la coopérative' },
    legalName: 'Nom',
    signedAt: 'Signé le',
    how: 'Comment',
    at: (date, time) => `${date} à ${time} (heure de Bruxelles)`,
    method: {
      password: 'dans le portail TalentCoop, avec son compte (connexion par e-mail et mot de passe)',
      smsCode: 'dans le portail TalentCoop, avec son compte (connexion par code SMS)',
      account: 'dans le portail TalentCoop, avec son compte',
    },
    signedDocument: `Document signé${NBSP}:`,
    hashNote: (version) => `empreinte SHA-256 de la version${NBSP}${version} (le projet de contrat que les parties ont signé)${NBSP}:`,
    versions: (version, earlier, id) =>
      `Ce document est la version${NBSP}${version} du contrat. Il reprend le texte de la version${NBSP}${earlier} (document n°${NBSP}${id}), qui reste conservée sans changement.`,
    workplaceAtSigning: (known) =>
      known
        ? 'L’entreprise utilisatrice et le lieu de travail indiqués sont ceux connus à la signature.'
        : 'À la signature, le travailleur n’était pas encore mis à disposition d’une entreprise utilisatrice.',
  },
};

const nl: ContractWording = {
  title: 'Arbeidsovereenkomst voor een bepaalde tijd',
  lawReference: 'Wet van 3 juli 1978 betreffende de arbeidsovereenkomsten',
  between: 'Tussen de ondergetekenden:',
  agreed: 'wordt het volgende overeengekomen.',
  employerHeading: 'De werkgever',
  workerHeading: 'De werknemer',
  enterpriseNumber: 'Ondernemingsnummer:',
  seat: 'Zetel:',
  workerCode: 'Werknemerscode:',
  nationalNumber: 'Rijksregister- of BIS-nummer:',
  nationalNumberNotYetIssued: 'nog niet toegekend',
  address: 'Adres:',
  hereinafterCooperative: 'hierna „de coöperatie”',
  hereinafterWorker: 'hierna „de werknemer”',
  keyTermsHeading: 'Essentiële voorwaarden',
  keyTerms: {
    jobTitle: 'Functie',
    sector: 'Sector',
    jointCommittee: 'Paritair comité',
    category: 'Categorie',
    weeklyHours: 'Wekelijkse arbeidsduur',
    hourlyWage: 'Bruto-uurloon',
    monthlyWage: 'Bruto maandbedrag (indicatief)',
    startDate: 'Begin van de overeenkomst',
    endDate: 'Einde van de overeenkomst',
  },
  sectorNames: { care: 'Zorg', horeca: 'Horeca', construction: 'Bouw', other: 'Andere' },
  categoryNames: { 'white-collar': 'Bediende', 'blue-collar': 'Arbeider' },
  jointCommitteeNumber: (number) => `nr.${NBSP}${number}`,
  hoursPerWeek: (hours) => `${hours}${NBSP}uur per week`,
  articles: (t) => {
    const sector = { care: ' in de zorgsector', horeca: ' in de horecasector', construction: ' in de bouwsector', other: '' }[t.sector];
    const status = t.workerCategory === 'white-collar' ? 'bediende' : 'arbeider';
    return [
      {
        heading: 'Artikel 1 – Functie',
        paragraphs: [`De coöperatie neemt de werknemer, die aanvaardt, in dienst als ${t.jobTitle}${sector}. De werknemer wordt tewerkgesteld als ${status}.`],
      },
      {
        heading: 'Artikel 2 – Paritair comité',
        paragraphs: [
          `De overeenkomst valt onder het paritair comité nr.${NBSP}${t.jointCommittee}. De collectieve arbeidsovereenkomsten gesloten in dit paritair comité zijn van toepassing op deze overeenkomst.`,
        ],
      },
      {
        heading: 'Artikel 3 – Duur van de overeenkomst',
        paragraphs: [
          `De overeenkomst wordt gesloten voor een bepaalde tijd. Ze begint op ${t.startDate} en eindigt van rechtswege op ${t.endDate}, zonder opzegging of vergoeding, behoudens toepassing van artikel 7.`,
        ],
      },
      {
        heading: 'Artikel 4 – Arbeidsduur',
        paragraphs: [
          `De arbeidsduur bedraagt ${nl.hoursPerWeek(t.weeklyHours)}. De uurroosters zijn die van het arbeidsreglement van de coöperatie of, tijdens een terbeschikkingstelling, die welke bij de gebruiker gelden, met naleving van de arbeidsduurwetgeving.`,
        ],
      },
      {
        heading: 'Artikel 5 – Loon',
        paragraphs: [
          `Het bruto-uurloon bedraagt ${t.hourlyWage}. Ter informatie: bij ${nl.hoursPerWeek(t.weeklyHours)} komt dit overeen met een bruto maandloon van ${t.monthlyWage} (uurloon × uren per week × 52${NBSP}/${NBSP}12); het werkelijke loon hangt af van de gepresteerde uren. Het wordt maandelijks betaald door overschrijving, na aftrek van de sociale bijdragen en de bedrijfsvoorheffing.`,
        ],
      },
      {
        heading: 'Artikel 6 – Plaats van tewerkstelling en terbeschikkingstellingen',
        paragraphs: [
          'In het kader van de wettelijke afwijking waarover de coöperatie beschikt, kan de werknemer ter beschikking worden gesteld van gebruikers. De plaats van tewerkstelling is dan die van de gebruiker; ze wordt de werknemer vóór het begin van elke terbeschikkingstelling schriftelijk meegedeeld. De coöperatie blijft de werkgever van de werknemer en betaalt het loon; de gebruiker geeft de onderrichtingen over de uitvoering van het werk en waakt over de naleving van de regels inzake veiligheid en welzijn op het werk.',
          ...(equalPayApplies(t.jointCommittee)
            ? [
                'Tijdens een terbeschikkingstelling is het loon niet lager dan dat van een werknemer die door de gebruiker in dezelfde functie in dienst is genomen.',
              ]
            : []),
        ],
      },
      {
        heading: 'Artikel 7 – Toelating tot arbeid',
        paragraphs: [
          'Deze overeenkomst wordt gesloten onder de voorwaarde dat de werknemer over een geldige toelating tot arbeid beschikt. De werknemer brengt de coöperatie onverwijld op de hoogte van elke verlenging, intrekking of afloop van die toelating. De coöperatie mag de werknemer niet tewerkstellen zonder geldige toelating: zodra de toelating afloopt, wordt de uitvoering van de overeenkomst geschorst; wordt ze niet verlengd of wordt ze ingetrokken, dan eindigt de overeenkomst.',
        ],
      },
      {
        heading: 'Artikel 8 – Bescherming van persoonsgegevens',
        paragraphs: [
          'De coöperatie verwerkt de persoonsgegevens van de werknemer (identiteit, rijksregister- of BIS-nummer, toelating tot arbeid, loongegevens) uitsluitend om deze overeenkomst uit te voeren en haar wettelijke verplichtingen na te komen (Dimona- en DmfA-aangiften, loonverwerking, belastingen), overeenkomstig Verordening (EU) 2016/679 (AVG). Die gegevens worden versleuteld bewaard en alleen meegedeeld aan de wettelijk bevoegde instellingen en, voor zover strikt noodzakelijk, aan de gebruikers. De werknemer kan zien wie zijn dossier heeft ingekeken en kan bij de coöperatie zijn rechten op inzage, verbetering en wissing uitoefenen, binnen de grenzen van de wettelijke bewaartermijnen.',
        ],
      },
      {
        heading: 'Artikel 9 – Slotbepalingen',
        paragraphs: [
          'Het arbeidsreglement van de coöperatie, waarvan de werknemer erkent een exemplaar te hebben ontvangen, maakt deel uit van deze overeenkomst. Voor het overige is de wet van 3 juli 1978 betreffende de arbeidsovereenkomsten van toepassing.',
        ],
      },
    ];
  },
  signedAt: (issuedOn) => `Opgemaakt te Brussel op ${issuedOn}. Elke partij ontvangt een ondertekend exemplaar.`,
  cooperativeSignature: 'Voor de coöperatie',
  cooperativeSignatureHint: 'Naam, functie, datum en handtekening',
  workerSignature: 'De werknemer',
  workerSignatureHint: 'Datum en handtekening',
  footer: (contractId, page, pages) => `Overeenkomst nr.${NBSP}${contractId} — pagina ${page} van ${pages}`,
  monthNames: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  workplace: {
    heading: 'Terbeschikkingstelling',
    userCompany: 'Gebruiker:',
    site: 'Plaats van tewerkstelling:',
    notYetPlaced:
      'De werknemer is nog niet ter beschikking gesteld van een gebruiker. De plaats van tewerkstelling wordt hem vóór het begin van de terbeschikkingstelling schriftelijk meegedeeld (artikel 6).',
  },
  signaturePage: {
    heading: 'Elektronische handtekeningen',
    intro: 'Deze overeenkomst is door beide partijen ondertekend in het TalentCoop-portaal. Deze pagina maakt deel uit van de ondertekende overeenkomst.',
    party: { worker: 'De werknemer', cooperative: 'Voor de coöperatie' },
    legalName: 'Naam',
    signedAt: 'Ondertekend op',
    how: 'Hoe',
    at: (date, time) => `${date} om ${time} (Brusselse tijd)`,
    method: {
      password: 'in het TalentCoop-portaal, met de eigen account (aangemeld met e-mail en wachtwoord)',
      smsCode: 'in het TalentCoop-portaal, met de eigen account (aangemeld met een sms-code)',
      account: 'in het TalentCoop-portaal, met de eigen account',
    },
    signedDocument: 'Ondertekend document:',
    hashNote: (version) => `SHA-256-vingerafdruk van versie${NBSP}${version} (het ontwerp dat de partijen ondertekend hebben):`,
    versions: (version, earlier, id) =>
      `Dit document is versie${NBSP}${version} van de overeenkomst. Het neemt de tekst over van versie${NBSP}${earlier} (document nr.${NBSP}${id}), die ongewijzigd bewaard blijft.`,
    workplaceAtSigning: (known) =>
      known
        ? 'De vermelde gebruiker en plaats van tewerkstelling zijn die welke bij de ondertekening gekend waren.'
        : 'Bij de ondertekening was de werknemer nog niet ter beschikking gesteld van een gebruiker.',
  },
};

export const contractWording: Record<ContractLanguage, ContractWording> = { fr, nl };
