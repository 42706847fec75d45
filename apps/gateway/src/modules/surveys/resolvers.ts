import type { Locale } from '@selvhjelp/domain';
import {
  SURVEY_HELP_LINES,
  SURVEY_TEMPLATES,
  findDistrict,
  isSensitiveTemplateQuestion,
  surveyPhaseAt,
} from '@selvhjelp/domain';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { present } from '../../kernel/support.js';
import { questionModels } from './models.js';

const language = (value: 'NB' | 'EN' | null | undefined): Locale => (value === 'EN' ? 'en' : 'nb');

export const surveyResolvers: Resolvers = {
  Query: {
    surveys: (_parent, _args, ctx) => ctx.surveys().list(),
    survey: (_parent, { id }, ctx) => ctx.surveys().get(id),
    surveyResults: (_parent, { id }, ctx) => ctx.surveys().results(id),
    surveyTemplates: () => [...SURVEY_TEMPLATES],
    surveyTemplateComparison: (_parent, args, ctx) =>
      ctx
        .surveys()
        .comparison({ templateKey: args.templateKey, from: args.from, to: args.to, language: language(args.language) }),
    publicSurvey: (_parent, { token }, ctx) => ctx.publicSurveys.find(token),
  },
  Mutation: {
    createSurvey: (_parent, { input }, ctx) => ctx.surveys().create({ ...input, language: language(input.language) }),
    updateSurvey: (_parent, { input }, ctx) => ctx.surveys().update(input),
    closeSurvey: (_parent, { id, version }, ctx) => ctx.surveys().close(id, version),
    submitSurveyResponse: (_parent, { token, answers }, ctx) => ctx.publicSurveys.submit(token, answers),
  },
  Survey: {
    district: (survey) => (survey.districtId ? present(findDistrict(survey.districtId), 'district') : null),
    phase: (survey, _args, ctx) => surveyPhaseAt(survey, ctx.now()),
    questions: (survey) => questionModels(survey),
  },
  SurveyQuestion: {
    sensitive: (question) => isSensitiveTemplateQuestion(question.surveyTemplateKey, question.templateKey),
  },
  SurveyTemplate: {
    title: (template, args) => template.title[language(args.language)],
    intro: (template, args) => template.intro[language(args.language)],
    questions: (template, args) =>
      template.questions.map((question) => ({ ...question, language: language(args.language) })),
  },
  SurveyTemplateQuestion: {
    text: (question) => question.text[(question as { language?: Locale }).language ?? 'nb'],
    options: (question) =>
      question.options.map((option) => option[(question as { language?: Locale }).language ?? 'nb']),
  },
  PublicSurvey: {
    phase: (survey, _args, ctx) => surveyPhaseAt(survey, ctx.now()),
    // Before and after its days the link shows only the survey's title and dates.
    questions: (survey, _args, ctx) => (surveyPhaseAt(survey, ctx.now()) === 'OPEN' ? questionModels(survey) : []),
    helpLines: (_survey, _args, ctx) =>
      SURVEY_HELP_LINES.map((line) => ({ name: line.name[ctx.locale], phone: line.phone })),
  },
};
