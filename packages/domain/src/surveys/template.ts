import type { IsoDate } from '../groups/types.js';
import type { Locale } from '../messages/refusal.js';
import type { NewSurveyData, SurveyQuestionData, SurveyQuestionKind } from './types.js';

type Texts = Readonly<Record<Locale, string>>;

/** A template question: texts in both languages, and the key that makes answers comparable across surveys. */
export interface SurveyTemplateQuestion {
  templateKey: string;
  kind: SurveyQuestionKind;
  text: Texts;
  options: readonly Texts[];
  scale: { min: number; max: number; minLabel: Texts; maxLabel: Texts } | null;
  required: boolean;
  /** About suicide or substance use: the portal shows the help lines beside it. */
  sensitive: boolean;
}

export interface SurveyTemplate {
  key: string;
  title: Texts;
  intro: Texts;
  questions: readonly SurveyTemplateQuestion[];
}

/** Where someone can talk to a person now; shown with the survey and beside its sensitive questions. */
export const SURVEY_HELP_LINES = [
  { key: 'mental-helse', name: { nb: 'Mental Helses hjelpetelefon', en: 'Mental Helse helpline' }, phone: '116 123' },
  { key: 'kirkens-sos', name: { nb: 'Kirkens SOS', en: 'Kirkens SOS (crisis line)' }, phone: '22 40 00 00' },
  {
    key: 'emergency',
    name: { nb: 'Akutt fare for liv: ring 113', en: 'Emergency, danger to life: call 113' },
    phone: '113',
  },
] as const;

const PREFER_NOT: Texts = { nb: 'Vil ikke svare', en: 'Prefer not to say' };

const t = (nb: string, en: string): Texts => ({ nb, en });

const choice = (
  templateKey: string,
  kind: 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE',
  text: Texts,
  options: readonly Texts[],
  sensitive = false,
): SurveyTemplateQuestion => ({ templateKey, kind, text, options, scale: null, required: false, sensitive });

const COPING_OPTIONS: readonly Texts[] = [
  t('Aldri', 'Never'),
  t('Av og til', 'Sometimes'),
  t('Ofte', 'Often'),
  PREFER_NOT,
];

/*
 * The questions are worded to be answerable by someone who is struggling: nothing is required,
 * every sensitive question can be declined ("Vil ikke svare"), past-tense questions do not ask
 * for detail, and the intro says why we ask and where to get help now. Wording follows the way
 * Norwegian user surveys in mental health ask (plain bokmål, "du", no clinical terms).
 */
export const USER_SURVEY_2026: SurveyTemplate = {
  key: 'user-survey-2026',
  title: t('Brukerundersøkelse for selvhjelpsgrupper 2026', 'User survey for self-help groups 2026'),
  intro: t(
    'Takk for at du vil svare. Undersøkelsen er anonym: vi lagrer ikke hvem du er, når du svarte eller hvor du svarte fra, og vi viser bare samlede tall. ' +
      'Alle spørsmål er frivillige, og du kan hoppe over det du ikke vil svare på. Noen spørsmål handler om selvmordstanker og rus. ' +
      'Vi spør fordi svarene hjelper oss å vise hva gruppene betyr, og å gjøre tilbudet bedre. ' +
      'Har du det vondt nå, kan du snakke med noen: Mental Helses hjelpetelefon 116 123 og Kirkens SOS 22 40 00 00 svarer hele døgnet. Er det fare for liv, ring 113.',
    'Thank you for answering. The survey is anonymous: we do not store who you are, when you answered or where from, and we only show totals. ' +
      'Every question is optional, and you can skip anything you do not want to answer. Some questions are about suicidal thoughts and substance use. ' +
      'We ask because the answers help us show what the groups mean to people, and make them better. ' +
      'If you are struggling now, you can talk to someone: the Mental Helse helpline 116 123 and Kirkens SOS 22 40 00 00 answer day and night. If there is danger to life, call 113.',
  ),
  questions: [
    choice('how-found', 'SINGLE_CHOICE', t('Hvordan fikk du vite om gruppen?', 'How did you hear about the group?'), [
      t('Fastlege, psykolog eller annen helsetjeneste', 'GP, psychologist or another health service'),
      t('NAV', 'NAV (the welfare service)'),
      t('Familie eller venner', 'Family or friends'),
      t('En som var med i gruppen', 'Someone who took part in the group'),
      t('Nettsiden vår eller sosiale medier', 'Our website or social media'),
      t('En annen organisasjon', 'Another organisation'),
      t('Annet', 'Other'),
    ]),
    choice(
      'time-in-group',
      'SINGLE_CHOICE',
      t('Hvor lenge har du vært med i gruppen?', 'How long have you taken part in the group?'),
      [
        t('Under 3 måneder', 'Less than 3 months'),
        t('3–12 måneder', '3–12 months'),
        t('1–2 år', '1–2 years'),
        t('Mer enn 2 år', 'More than 2 years'),
      ],
    ),
    {
      templateKey: 'helped',
      kind: 'SCALE',
      text: t(
        'Hvor mye har det hjulpet deg å være med i gruppen?',
        'How much has taking part in the group helped you?',
      ),
      options: [],
      scale: {
        min: 1,
        max: 5,
        minLabel: t('Ikke i det hele tatt', 'Not at all'),
        maxLabel: t('Svært mye', 'Very much'),
      },
      required: false,
      sensitive: false,
    },
    choice(
      'suicide-attempt-before',
      'SINGLE_CHOICE',
      t(
        'Har du noen gang forsøkt å ta ditt eget liv før du begynte i gruppen? Du kan hoppe over spørsmålet.',
        'Before you joined the group, had you ever attempted to take your own life? You can skip this question.',
      ),
      [t('Ja', 'Yes'), t('Nei', 'No'), PREFER_NOT],
      true,
    ),
    choice(
      'suicidal-thoughts-after',
      'SINGLE_CHOICE',
      t(
        'Etter at du begynte i gruppen: hvordan har det vært med tanker om å ta ditt eget liv?',
        'Since you joined the group: how have thoughts of taking your own life been?',
      ),
      [
        t('Jeg har ikke hatt slike tanker', 'I have not had such thoughts'),
        t('Færre eller svakere enn før', 'Fewer or weaker than before'),
        t('Omtrent som før', 'About the same as before'),
        t('Flere eller sterkere enn før', 'More or stronger than before'),
        PREFER_NOT,
      ],
      true,
    ),
    choice(
      'substance-coping-before',
      'SINGLE_CHOICE',
      t(
        'Før du begynte i gruppen: brukte du alkohol, piller eller andre rusmidler for å takle vonde følelser?',
        'Before you joined the group: did you use alcohol, pills or other drugs to cope with painful feelings?',
      ),
      COPING_OPTIONS,
      true,
    ),
    choice(
      'substance-coping-now',
      'SINGLE_CHOICE',
      t(
        'Nå, etter at du begynte i gruppen: bruker du alkohol, piller eller andre rusmidler for å takle vonde følelser?',
        'Now, since you joined the group: do you use alcohol, pills or other drugs to cope with painful feelings?',
      ),
      COPING_OPTIONS,
      true,
    ),
    choice(
      'work-situation',
      'MULTIPLE_CHOICE',
      t(
        'Hva er situasjonen din når det gjelder arbeid nå? Velg alt som passer.',
        'What is your work situation now? Choose all that apply.',
      ),
      [
        t('I arbeid, heltid eller deltid', 'Employed, full or part time'),
        t('Sykmeldt', 'On sick leave'),
        t(
          'Arbeidsavklaringspenger (AAP) eller annen stønad fra NAV',
          'Work assessment allowance (AAP) or another NAV benefit',
        ),
        t('Uføretrygd', 'Disability benefit'),
        t('Student eller elev', 'Student or pupil'),
        t('Arbeidssøker', 'Looking for work'),
        t('Pensjonist', 'Retired'),
        t('Annet', 'Other'),
        PREFER_NOT,
      ],
    ),
    {
      templateKey: 'anything-else',
      kind: 'FREE_TEXT',
      text: t(
        'Er det noe mer du vil fortelle oss om gruppen eller om hva vi kan gjøre bedre? Ikke skriv navn eller annet som kan vise hvem du eller andre er.',
        'Is there anything else you would like to tell us about the group, or what we could do better? Please do not write names or anything else that could show who you or others are.',
      ),
      options: [],
      scale: null,
      required: false,
      sensitive: false,
    },
  ],
};

/** The ready-made surveys, by key. */
export const SURVEY_TEMPLATES: readonly SurveyTemplate[] = [USER_SURVEY_2026];

export function findSurveyTemplate(key: string): SurveyTemplate | undefined {
  return SURVEY_TEMPLATES.find((template) => template.key === key);
}

/** Whether a question made from a template asks about suicide or substance use. */
export function isSensitiveTemplateQuestion(
  surveyTemplateKey: string | null,
  questionTemplateKey: string | null,
): boolean {
  if (!surveyTemplateKey || !questionTemplateKey) return false;
  return Boolean(
    findSurveyTemplate(surveyTemplateKey)?.questions.find((q) => q.templateKey === questionTemplateKey)?.sensitive,
  );
}

function questionOf(question: SurveyTemplateQuestion, language: Locale): SurveyQuestionData {
  return {
    kind: question.kind,
    text: question.text[language],
    options: question.options.map((option) => option[language]),
    scaleMin: question.scale?.min ?? null,
    scaleMax: question.scale?.max ?? null,
    scaleMinLabel: question.scale?.minLabel[language] ?? null,
    scaleMaxLabel: question.scale?.maxLabel[language] ?? null,
    required: question.required,
    templateKey: question.templateKey,
  };
}

/** A survey made from a template in one language; throws for an unknown key (check with findSurveyTemplate). */
export function surveyFromTemplate(
  key: string,
  language: Locale,
  dates: { opensOn: IsoDate; closesOn: IsoDate },
): NewSurveyData {
  const template = findSurveyTemplate(key);
  if (!template) throw new RangeError(`unknown survey template ${key}`);
  return {
    title: template.title[language],
    intro: template.intro[language],
    ...dates,
    questions: template.questions.map((question) => questionOf(question, language)),
    templateKey: template.key,
  };
}
