import type { Database, SurveyRecord } from '@selvhjelp/db';
import { newSurveyToken } from '@selvhjelp/db';
import {
  addDays,
  compareIsoDates,
  createSurveyInputSchema,
  isIsoDate,
  refusal,
  surveyPhaseAt,
  todayIn,
  updateSurveyInputSchema,
} from '@selvhjelp/domain';
import { withDataErrors } from '../../kernel/data-errors.js';
import { conflict, notFound, parseInput, refused } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/policy.js';
import { maySeeSurveyFreeText, readScope, surveyComparisonScope, surveyOwner } from '../../kernel/policy.js';
import type { ReadPath } from '../../kernel/read-path.js';
import type { SurveyResultsView } from './models.js';
import { compareDistricts } from './survey-comparison.js';
import { presentResults } from './survey-results.js';

const STALE = 'SURVEY_STALE';

/**
 * Surveys as staff see them: their own (a district's, or the national office's) to write; within
 * their read scope to read, as aggregates with small numbers hidden.
 */
export class SurveyService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get repo() {
    return this.db.repositories.surveys;
  }

  async list(): Promise<SurveyRecord[]> {
    const surveys = await this.repo.list(readScope(this.viewer));
    return this.read.pass('survey', surveys, 'list', 'surveys');
  }

  async get(id: string): Promise<SurveyRecord> {
    const found = await this.repo.findById(readScope(this.viewer), id);
    if (!found) throw notFound('SURVEY_NOT_FOUND');
    return this.read.one('survey', found, 'byId', 'survey');
  }

  async create(input: unknown): Promise<SurveyRecord> {
    const owner = surveyOwner(this.viewer);
    const data = parseInput(createSurveyInputSchema, input, 'input');
    const created = await this.repo.create(readScope(this.viewer), {
      owner,
      data,
      publicToken: newSurveyToken(),
      createdById: this.viewer.user.id,
      now: this.now(),
    });
    return this.read.one('survey', created, 'byId', 'createSurvey');
  }

  async update(input: { id: string; version: number; survey: unknown }): Promise<SurveyRecord> {
    const owner = surveyOwner(this.viewer);
    const data = parseInput(updateSurveyInputSchema, input.survey, 'input.survey');
    const updated = await withDataErrors(
      () =>
        this.db.transaction(async (repos) => {
          const facts = await repos.surveys.lockForEdit(owner, input.id, input.version);
          if (!facts) return null;
          if (data.questions && facts.templateKey)
            throw conflict('SURVEY_TEMPLATE_QUESTIONS_FIXED', 'input.survey.questions');
          if (data.questions && facts.hasResponses) throw conflict('SURVEY_HAS_ANSWERS', 'input.survey.questions');
          return repos.surveys.update(owner, input.id, input.version, { ...data, now: this.now() });
        }),
      { stale: STALE },
    );
    if (!updated) throw notFound('SURVEY_NOT_FOUND');
    return this.read.one('survey', updated, 'byId', 'updateSurvey');
  }

  /**
   * Closes now: the last day becomes yesterday (Oslo), so the public link refuses answers at once.
   * A survey that opened today gets yesterday as its first day too (the dates must stay in order).
   */
  async close(id: string, version: number): Promise<SurveyRecord> {
    const owner = surveyOwner(this.viewer);
    const yesterday = addDays(todayIn(this.now()), -1);
    const updated = await withDataErrors(
      () =>
        this.db.transaction(async (repos) => {
          const facts = await repos.surveys.lockForEdit(owner, id, version);
          if (!facts) return null;
          if (surveyPhaseAt(facts, this.now()) === 'CLOSED') throw conflict('SURVEY_ALREADY_CLOSED');
          const [current] = await repos.surveys.findByIds(readScope(this.viewer), [id]);
          if (!current) return null;
          return repos.surveys.update(owner, id, version, {
            title: current.title,
            intro: current.intro,
            opensOn: compareIsoDates(facts.opensOn, yesterday) > 0 ? yesterday : facts.opensOn,
            closesOn: yesterday,
            questions: null,
            now: this.now(),
          });
        }),
      { stale: STALE, staleField: 'version' },
    );
    if (!updated) throw notFound('SURVEY_NOT_FOUND');
    return this.read.one('survey', updated, 'byId', 'closeSurvey');
  }

  async results(id: string): Promise<SurveyResultsView> {
    const scope = readScope(this.viewer);
    const survey = await this.repo.findById(scope, id);
    if (!survey) throw notFound('SURVEY_NOT_FOUND');
    const rows = await this.repo.results(scope, id);
    if (!rows) throw notFound('SURVEY_NOT_FOUND');
    const [shown] = await this.read.pass('survey', [survey], 'byId', 'surveyResults');
    const view = presentResults(shown!, rows);
    // Free text is read only for those the read path will show it to.
    const questions = await this.read.pass(
      'surveyQuestionResult',
      await Promise.all(
        view.questions.map(async (question) =>
          question.question.kind === 'FREE_TEXT' && !question.tooFewAnswers
            ? { ...question, freeTextAnswers: await this.freeTexts(shown!, question.id) }
            : question,
        ),
      ),
      'nested',
      'SurveyResults.questions',
    );
    return { ...view, questions, freeTextVisible: maySeeSurveyFreeText(this.viewer, shown!) };
  }

  private async freeTexts(survey: SurveyRecord, questionId: string): Promise<string[] | null> {
    if (!maySeeSurveyFreeText(this.viewer, survey)) return null;
    return this.repo.freeTexts(readScope(this.viewer), survey.id, questionId);
  }

  async comparison(args: { templateKey: string; from?: string | null; to?: string | null; language: 'nb' | 'en' }) {
    const scope = surveyComparisonScope(this.viewer);
    const from = args.from ?? undefined;
    const to = args.to ?? undefined;
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const)
      if (value !== undefined && !isIsoDate(value)) throw refused(refusal('INVALID_DATE', field));
    if (from && to && compareIsoDates(to, from) < 0) throw refused(refusal('SURVEY_PERIOD_ORDER', 'to'));
    const rows = await this.repo.comparison(scope, { templateKey: args.templateKey, from, to });
    return compareDistricts(args.templateKey, rows, args.language, { from: from ?? null, to: to ?? null });
  }
}
