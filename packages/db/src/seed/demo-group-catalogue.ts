import type { DistrictId, TargetGroup, VenueData } from '@selvhjelp/domain';

/*
 * Raw material for the demo groups: places with venues per district, and kinds of groups with
 * names and descriptions as a district office would write them. Everything is fictional (no
 * real people, no real groups); venues are the kind of rooms groups borrow, with street
 * addresses and postal codes that fit the town. demo-groups.ts combines them deterministically.
 */

export interface DemoPlace {
  /** Municipality name as in the domain's table (resolved to its number within the district). */
  municipality: string;
  venues: readonly VenueData[];
}

function venue(name: string, streetAddress: string, postal: string, access: Partial<VenueData> = {}): VenueData {
  const [postalCode, ...place] = postal.split(' ');
  return {
    name,
    streetAddress,
    postalCode: postalCode!,
    postalPlace: place.join(' '),
    stepFreeAccess: access.stepFreeAccess ?? true,
    hearingLoop: access.hearingLoop ?? false,
    accessibilityNotes: access.accessibilityNotes ?? null,
  };
}

const LIFT = { accessibilityNotes: 'Heis til andre etasje. HC-toalett i gangen.' };
const LOOP = { hearingLoop: true };
const STAIRS = {
  stepFreeAccess: false,
  accessibilityNotes: 'Møterommet ligger i andre etasje uten heis, ca. 20 trinn.',
};
const RAMP = { accessibilityNotes: 'Rampe ved inngangen på baksiden. Ring på dørklokka.' };

/** The office town comes first: most groups meet there. */
export const DEMO_PLACES: Readonly<Record<DistrictId, readonly DemoPlace[]>> = {
  nord: [
    {
      municipality: 'Tromsø',
      venues: [
        venue('Frivilligsentralen', 'Storgata 12', '9008 Tromsø', { ...LIFT, ...LOOP }),
        venue('Biblioteket, grupperom 2', 'Grønnegata 94', '9008 Tromsø', LOOP),
      ],
    },
    { municipality: 'Bodø', venues: [venue('Helsehuset', 'Prinsens gate 110', '8005 Bodø', LIFT)] },
    { municipality: 'Alta', venues: [venue('Kulturhuset, lille sal', 'Markedsgata 21', '9510 Alta', LOOP)] },
    { municipality: 'Harstad', venues: [venue('Kirkens Bymisjon, møterommet', 'Sjøgata 6', '9405 Harstad', STAIRS)] },
    { municipality: 'Rana', venues: [venue('Frisklivssentralen', 'Ole Tobias Olsens gate 4', '8622 Mo i Rana', RAMP)] },
    { municipality: 'Vadsø', venues: [venue('Biblioteket', 'Tollbugata 4', '9800 Vadsø')] },
  ],
  midt: [
    {
      municipality: 'Trondheim',
      venues: [
        venue('Frivilligsentralen', 'Kongens gate 30', '7011 Trondheim', { ...LIFT, ...LOOP }),
        venue('Kirkens Bymisjon, Ila', 'Mellomveien 3', '7018 Trondheim', STAIRS),
      ],
    },
    { municipality: 'Ålesund', venues: [venue('Biblioteket, studierom', 'Kongens gate 18', '6002 Ålesund', LOOP)] },
    { municipality: 'Molde', venues: [venue('Helsehuset', 'Storgata 31', '6413 Molde', LIFT)] },
    {
      municipality: 'Steinkjer',
      venues: [venue('Kulturhuset, møterom Snåsa', 'Kongens gate 44', '7713 Steinkjer', LOOP)],
    },
    { municipality: 'Kristiansund', venues: [venue('Frivilligsentralen', 'Kaibakken 1', '6509 Kristiansund N', RAMP)] },
    { municipality: 'Røros', venues: [venue('Frisklivssentralen', 'Bergmannsgata 17', '7374 Røros', STAIRS)] },
  ],
  vest: [
    {
      municipality: 'Bergen',
      venues: [
        venue('Frivilligsentralen', 'Strandgaten 18', '5013 Bergen', { ...LIFT, ...LOOP }),
        venue('Biblioteket, grupperom 3', 'Strømgaten 6', '5015 Bergen', LOOP),
        venue('Kirkens Bymisjon, møterom', 'Kong Oscars gate 15', '5017 Bergen', STAIRS),
      ],
    },
    { municipality: 'Voss', venues: [venue('Helsehuset', 'Uttrågata 22', '5700 Voss', LIFT)] },
    { municipality: 'Sunnfjord', venues: [venue('Frivilligsentralen', 'Hafstadvegen 17', '6800 Førde', RAMP)] },
    { municipality: 'Stord', venues: [venue('Biblioteket', 'Sæ 132', '5411 Stord', LOOP)] },
    { municipality: 'Askøy', venues: [venue('Kulturhuset, møterom 1', 'Kleppeveien 2', '5300 Kleppestø')] },
    { municipality: 'Sogndal', venues: [venue('Frisklivssentralen', 'Gravensteinsgata 6', '6851 Sogndal', LIFT)] },
  ],
  sorvest: [
    {
      municipality: 'Stavanger',
      venues: [
        venue('Frivilligsentralen', 'Kongsgata 41', '4005 Stavanger', { ...LIFT, ...LOOP }),
        venue('Biblioteket, grupperom', 'Sølvberggata 2', '4006 Stavanger', LOOP),
      ],
    },
    { municipality: 'Sandnes', venues: [venue('Helsehuset', 'Langgata 52', '4306 Sandnes', LIFT)] },
    {
      municipality: 'Haugesund',
      venues: [venue('Kirkens Bymisjon, møterom', 'Haraldsgata 129', '5527 Haugesund', STAIRS)],
    },
    { municipality: 'Time', venues: [venue('Kulturhuset, lille sal', 'Storgata 21', '4340 Bryne', LOOP)] },
    { municipality: 'Eigersund', venues: [venue('Frivilligsentralen', 'Strandgaten 58', '4370 Egersund', RAMP)] },
  ],
  sor: [
    {
      municipality: 'Kristiansand',
      venues: [
        venue('Frivilligsentralen', 'Markens gate 45', '4611 Kristiansand S', { ...LIFT, ...LOOP }),
        venue('Kirkens Bymisjon, møterom', 'Kirkegata 3', '4610 Kristiansand S', STAIRS),
      ],
    },
    { municipality: 'Arendal', venues: [venue('Biblioteket, grupperom', 'Torvet 6', '4836 Arendal', LOOP)] },
    { municipality: 'Skien', venues: [venue('Helsehuset', 'Hesselbergs gate 18', '3724 Skien', LIFT)] },
    { municipality: 'Tønsberg', venues: [venue('Frisklivssentralen', 'Møllegaten 16', '3111 Tønsberg', RAMP)] },
    { municipality: 'Larvik', venues: [venue('Kulturhuset, møterom Bøkeskogen', 'Kongegata 14', '3256 Larvik', LOOP)] },
    { municipality: 'Grimstad', venues: [venue('Frivilligsentralen', 'Storgaten 33', '4876 Grimstad')] },
  ],
  innlandet: [
    {
      municipality: 'Hamar',
      venues: [
        venue('Frivilligsentralen', 'Torggata 52', '2317 Hamar', { ...LIFT, ...LOOP }),
        venue('Biblioteket, studierom', 'Grønnegata 41', '2317 Hamar', LOOP),
      ],
    },
    { municipality: 'Lillehammer', venues: [venue('Helsehuset', 'Storgata 65', '2609 Lillehammer', LIFT)] },
    { municipality: 'Gjøvik', venues: [venue('Kirkens Bymisjon, møterom', 'Jernbanegata 5', '2815 Gjøvik', STAIRS)] },
    { municipality: 'Drammen', venues: [venue('Frivilligsentralen', 'Bragernes torg 2', '3017 Drammen', RAMP)] },
    { municipality: 'Elverum', venues: [venue('Kulturhuset, møterom', 'Storgata 24', '2406 Elverum', LOOP)] },
  ],
  ost: [
    {
      municipality: 'Oslo',
      venues: [
        venue('Frivilligsentralen Grünerløkka', 'Thorvald Meyers gate 50', '0555 Oslo', { ...LIFT, ...LOOP }),
        venue('Kirkens Bymisjon, møterom', 'Storgata 24', '0184 Oslo', STAIRS),
        venue('Biblioteket, grupperom 4', 'Anne-Cath. Vestlys plass 1', '0150 Oslo', LOOP),
      ],
    },
    { municipality: 'Lillestrøm', venues: [venue('Helsehuset', 'Storgata 12', '2000 Lillestrøm', LIFT)] },
    { municipality: 'Bærum', venues: [venue('Frisklivssentralen', 'Rådmann Halmrasts vei 5', '1337 Sandvika', RAMP)] },
    { municipality: 'Fredrikstad', venues: [venue('Frivilligsentralen', 'Nygaardsgata 16', '1606 Fredrikstad', LOOP)] },
    { municipality: 'Moss', venues: [venue('Kulturhuset, lille sal', 'Kongens gate 12', '1530 Moss')] },
    { municipality: 'Nordre Follo', venues: [venue('Biblioteket', 'Idrettsveien 8', '1400 Ski', LOOP)] },
  ],
};

export interface DemoGroupKind {
  /** `{place}` is replaced by the town. */
  name: string;
  description: string;
  themeIds: readonly string[];
  targetGroup: TargetGroup;
  maxSize: number | null;
}

// Sixteen kinds; demo-groups.ts steps through them so that no district repeats one.
export const DEMO_GROUP_KINDS: readonly DemoGroupKind[] = [
  {
    name: 'Sorggruppe for etterlatte i {place}',
    description:
      'For deg som har mistet en som sto deg nær. I gruppa deler vi erfaringer om savn, hverdagen etterpå og det å finne fotfeste igjen, i ditt eget tempo. Ingen må si mer enn de vil.',
    themeIds: ['grief'],
    targetGroup: 'AFFECTED',
    maxSize: 10,
  },
  {
    name: 'Samlivsbrudd – veien videre',
    description:
      'Et sted å snakke med andre som har gått gjennom et brudd. Vi snakker om sorg og sinne, om barna, økonomi og nye rutiner – og om det som faktisk hjelper. Gruppa passer både midt i bruddet og når det har gått en stund.',
    themeIds: ['separation'],
    targetGroup: 'AFFECTED',
    maxSize: 10,
  },
  {
    name: 'Angst og uro i hverdagen',
    description:
      'For deg som kjenner på angst, panikk eller uro som tar for stor plass. Vi møtes for å dele erfaringer og støtte hverandre, uten krav og uten fasit. Det er lov å bare lytte de første gangene.',
    themeIds: ['anxiety'],
    targetGroup: 'AFFECTED',
    maxSize: 8,
  },
  {
    name: 'Pårørendegruppe – psykisk helse',
    description:
      'For deg som står nær noen med psykiske helseutfordringer: foreldre, partnere, søsken og voksne barn. Her kan du snakke om det som er tungt, og om hvordan du tar vare på deg selv oppi det.',
    themeIds: ['relatives', 'depression'],
    targetGroup: 'RELATIVES',
    maxSize: 12,
  },
  {
    name: 'Pårørende til rusavhengige',
    description:
      'Å være glad i noen som ruser seg kan gjøre deg både sliten, redd og sint. I gruppa møter du andre i samme situasjon. Vi deler erfaringer om grensesetting, skam og håp.',
    themeIds: ['relatives', 'addiction'],
    targetGroup: 'RELATIVES',
    maxSize: 10,
  },
  {
    name: 'Rusfri hverdag',
    description:
      'For deg som vil leve uten rus, eller som vil snakke om forholdet ditt til alkohol, piller eller andre rusmidler. Vi støtter hverandre uten å moralisere, og hver deltaker bestemmer sine egne mål.',
    themeIds: ['addiction'],
    targetGroup: 'AFFECTED',
    maxSize: 10,
  },
  {
    name: 'Samtalegruppe på tvers av tema',
    description:
      'En åpen gruppe for deg som vil snakke med andre om det som er vanskelig akkurat nå, uansett hva det gjelder. Mange opplever at det hjelper å bli lyttet til av noen som vet hvordan det kjennes.',
    themeIds: ['mixed'],
    targetGroup: 'BOTH',
    maxSize: 12,
  },
  {
    name: 'Brudd med trossamfunn',
    description:
      'For deg som har brutt med, eller vurderer å bryte med, et trossamfunn. Mange kjenner på ensomhet, skyld og spørsmål om hvem de er etter et slikt brudd. I gruppa møter du andre med lignende erfaringer.',
    themeIds: ['leaving-religious-community'],
    targetGroup: 'AFFECTED',
    maxSize: 8,
  },
  {
    name: 'Ensom blant mange',
    description:
      'For voksne som kjenner på ensomhet og savner noen å snakke med. Vi møtes over en kopp kaffe, snakker om det som opptar oss og finner ut hva vi kan gjøre for å få det litt bedre.',
    themeIds: ['loneliness'],
    targetGroup: 'AFFECTED',
    maxSize: 12,
  },
  {
    name: 'Livet med og etter kreft',
    description:
      'For deg som har eller har hatt kreft. Vi deler erfaringer om behandling, usikkerhet, en kropp som har forandret seg og det å finne tilbake til hverdagen.',
    themeIds: ['cancer'],
    targetGroup: 'AFFECTED',
    maxSize: 10,
  },
  {
    name: 'Utbrent – veien tilbake',
    description:
      'For deg som er eller har vært utbrent, sykmeldt eller på vei tilbake i jobb. Vi snakker om grenser, energi og skam, og om små steg som gjør hverdagen lettere.',
    themeIds: ['burnout'],
    targetGroup: 'AFFECTED',
    maxSize: 8,
  },
  {
    name: 'Når alt føles tungt',
    description:
      'En gruppe for deg som strever med nedstemthet eller depresjon. Vi møtes for å dele erfaringer, og for å minne hverandre på at det går an å ha det bedre. Du trenger ikke en diagnose for å delta.',
    themeIds: ['depression'],
    targetGroup: 'AFFECTED',
    maxSize: 10,
  },
  {
    name: 'Kronisk syk og sliten',
    description:
      'For deg som lever med langvarig sykdom eller smerter. Vi snakker om hvordan vi får hverdagen til å gå rundt, om å bli trodd og om å finne glede selv på dårlige dager.',
    themeIds: ['chronic-illness'],
    targetGroup: 'AFFECTED',
    maxSize: 10,
  },
  {
    name: 'Etterlatte etter selvmord',
    description:
      'For deg som har mistet noen i selvmord. Sorgen etter et selvmord kan være annerledes og ensom. Her møter du andre som vet hvordan det er, og vi bestemmer sammen hva vi vil snakke om.',
    themeIds: ['grief'],
    targetGroup: 'RELATIVES',
    maxSize: 8,
  },
  {
    name: 'Foreldre til barn med spiseforstyrrelser',
    description:
      'For mødre og fedre til barn og unge med spiseforstyrrelser. Vi deler erfaringer fra måltider, behandling og hverdag, og gir hverandre pusterom i en krevende tid.',
    themeIds: ['eating-disorders', 'relatives'],
    targetGroup: 'RELATIVES',
    maxSize: 10,
  },
  {
    name: 'Ny i arbeidsledighet',
    description:
      'For deg som har mistet jobben eller har gått lenge uten arbeid. Vi snakker om selvfølelse, økonomi og motivasjon, og deler tips om det som har hjulpet oss videre.',
    themeIds: ['unemployment'],
    targetGroup: 'AFFECTED',
    maxSize: 12,
  },
];

export const STATUS_REASONS = {
  IDEA: 'Registrert etter henvendelse fra en som ønsker en slik gruppe.',
  STARTING: 'Igangsetter er på plass og første møte er avtalt.',
  RUNNING: 'Gruppa går av seg selv; igangsetteren har trukket seg ut.',
  PAUSED: 'For få deltakere over sommeren. Tar opp igjen når flere har meldt seg.',
  CLOSED: 'Avsluttet etter ønske fra deltakerne.',
} as const;

export const FOLLOW_UP_NOTES: readonly string[] = [
  'Snakket med kontaktpersonen på telefon. Fem faste deltakere og god stemning.',
  'Besøkte gruppa. De ønsker informasjon om igangsettertrening for en av deltakerne.',
  'Kontaktpersonen melder at lokalet er bestilt ut året. Ingen behov for oppfølging nå.',
  'To nye deltakere siden sist. Gruppa vurderer å sette et tak på antall.',
  'Gruppa trenger nytt lokale fra høsten; vi sjekker med frivilligsentralen.',
  'Samtale med igangsetter om overgangen til selvgående gruppe.',
];
