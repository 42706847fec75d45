import { randomUUID } from 'node:crypto';
import type { IsoDate, SurveyAnswerInput, SurveyQuestionData } from '@selvhjelp/domain';
import { addDays, checkSurveyAnswers, surveyFromTemplate } from '@selvhjelp/domain';
import type { DbClient } from '../sql/client.js';
import { dateFromIso } from '../sql/dates.js';
import { demoId } from './demo-groups.js';

/*
 * Demo surveys (issue 13), in vest: the 2026 user survey, open, with 30 answer sheets (enough
 * for every figure to show, with some small counts hidden), and a short course-evening survey
 * with 3 (every question "too few answers"). Public links /undersokelse/demo-vest-brukerundersokelse
 * and /undersokelse/demo-vest-kurskveld. Answers follow a fixed pattern, not randomness, so the
 * demo shows the same figures after a reset. Created once; an existing survey is left alone.
 */

const COURSE_QUESTIONS: SurveyQuestionData[] = [
  {
    kind: 'SCALE',
    text: 'Hvor nyttig var kvelden for deg?',
    options: [],
    scaleMin: 1,
    scaleMax: 5,
    scaleMinLabel: 'Lite nyttig',
    scaleMaxLabel: 'Svært nyttig',
    required: true,
    templateKey: null,
  },
  {
    kind: 'SINGLE_CHOICE',
    text: 'Vil du anbefale kvelden til andre?',
    options: ['Ja', 'Nei', 'Vet ikke'],
    scaleMin: null,
    scaleMax: null,
    scaleMinLabel: null,
    scaleMaxLabel: null,
    required: false,
    templateKey: null,
  },
  {
    kind: 'FREE_TEXT',
    text: 'Hva kan vi gjøre bedre neste gang?',
    options: [],
    scaleMin: null,
    scaleMax: null,
    scaleMinLabel: null,
    scaleMaxLabel: null,
    required: false,
    templateKey: null,
  },
];

const TEXTS = [
  'Godt å møte andre som forstår.',
  'Skulle ønske gruppen møttes oftere.',
  'Litt vanskelig å komme seg dit med buss.',
  'Jeg føler meg mindre alene nå.',
  'Fint at det er gratis og uten henvisning.',
];

interface DemoSurvey {
  id: string;
  token: string;
  title: string;
  intro: string | null;
  templateKey: string | null;
  opensOn: IsoDate;
  closesOn: IsoDate;
  questions: SurveyQuestionData[];
  /** The answers of sheet i, by question position. */
  sheet(i: number): (Omit<SurveyAnswerInput, 'questionId'> | null)[];
  sheets: number;
}

function demoSurveys(today: IsoDate): DemoSurvey[] {
  const template = surveyFromTemplate('user-survey-2026', 'nb', {
    opensOn: addDays(today, -20),
    closesOn: addDays(today, 40),
  });
  return [
    {
      id: demoId('survey/vest/user-survey-2026'),
      token: 'demo-vest-brukerundersokelse',
      title: template.title,
      intro: template.intro,
      templateKey: template.templateKey,
      opensOn: template.opensOn,
      closesOn: template.closesOn,
      questions: template.questions,
      sheets: 30,
      // how-found, time-in-group, helped, suicide-attempt-before, suicidal-thoughts-after,
      // substance-coping-before, substance-coping-now, work-situation, anything-else
      sheet: (i) => [
        { choices: [[0, 0, 2, 3, 4, 0, 2, 1, 5, 6][i % 10]!] },
        { choices: [[0, 1, 1, 2, 2, 3][i % 6]!] },
        { scaleValue: [5, 4, 4, 3, 5, 4, 2, 5][i % 8]! },
        i % 3 === 0 ? { choices: [i % 2 === 0 ? 2 : 1] } : { choices: [1] },
        { choices: [[0, 1, 1, 2, 1, 0, 4][i % 7]!] },
        { choices: [[0, 1, 2, 1, 0][i % 5]!] },
        { choices: [[0, 0, 1, 0, 1][i % 5]!] },
        { choices: i % 4 === 0 ? [1, 2] : [[0, 0, 4, 2, 3][i % 5]!] },
        i % 6 === 0 ? { text: TEXTS[(i / 6) % TEXTS.length]! } : null,
      ],
    },
    {
      id: demoId('survey/vest/course-evening'),
      token: 'demo-vest-kurskveld',
      title: 'Temakveld om sorg – tilbakemelding',
      intro: 'Tre korte spørsmål om temakvelden. Svarene er anonyme.',
      templateKey: null,
      opensOn: addDays(today, -3),
      closesOn: addDays(today, 11),
      questions: COURSE_QUESTIONS,
      sheets: 3,
      sheet: (i) => [
        { scaleValue: [4, 5, 3][i]! },
        { choices: [0] },
        i === 0 ? { text: 'Mer tid til samtale.' } : null,
      ],
    },
  ];
}

/** Inserts the demo surveys that are missing, with their answers; returns how many were created. */
export async function insertDemoSurveys(tx: DbClient, today: IsoDate, createdById: string | null): Promise<number> {
  const surveys = demoSurveys(today);
  const existing = new Set(
    (await tx.survey.findMany({ where: { id: { in: surveys.map((s) => s.id) } }, select: { id: true } })).map(
      (s) => s.id,
    ),
  );
  let created = 0;
  for (const survey of surveys.filter((s) => !existing.has(s.id))) {
    await tx.survey.create({
      data: {
        id: survey.id,
        districtId: 'vest',
        title: survey.title,
        intro: survey.intro,
        publicToken: survey.token,
        templateKey: survey.templateKey,
        opensOn: dateFromIso(survey.opensOn),
        closesOn: dateFromIso(survey.closesOn),
        createdById,
        updatedAt: new Date(),
        questions: {
          create: survey.questions.map((question, position) => ({ ...question, position })),
        },
      },
    });
    const questions = await tx.surveyQuestion.findMany({
      where: { surveyId: survey.id },
      orderBy: { position: 'asc' },
    });
    const responses: { id: string; surveyId: string }[] = [];
    const answers: {
      responseId: string;
      questionId: string;
      choiceIndexes: number[];
      scaleValue: number | null;
      text: string | null;
    }[] = [];
    for (let i = 0; i < survey.sheets; i++) {
      const sheet = survey
        .sheet(i)
        .flatMap((answer, position) => (answer ? [{ ...answer, questionId: questions[position]!.id }] : []));
      // The same check a respondent's sheet passes, so the demo never holds an answer the API would refuse.
      const checked = checkSurveyAnswers(questions, sheet);
      if (!checked.ok) throw new Error(`demo survey answer refused: ${JSON.stringify(checked.refusals)}`);
      const responseId = randomUUID();
      responses.push({ id: responseId, surveyId: survey.id });
      answers.push(...checked.answers.map((answer) => ({ ...answer, responseId })));
    }
    await tx.surveyResponse.createMany({ data: responses });
    await tx.surveyAnswer.createMany({ data: answers });
    created++;
  }
  return created;
}
