import type { Database, SurveyRecord } from '@selvhjelp/db';
import type { SurveyAnswerInput } from '@selvhjelp/domain';
import { checkSurveyAnswers, surveyAcceptsAnswers } from '@selvhjelp/domain';
import { GatewayError, notFound, refused, refusedAll } from '../../kernel/errors.js';
import type { ReadPath } from '../../kernel/read-path.js';

/**
 * Surveys through their public link, no login. A submission must leave nothing that links it
 * to the person or the request (decision 0025): the rows hold only the survey and the answers,
 * this service logs nothing, and an unexpected failure is rethrown without its cause, so the
 * gateway's error log (which has the request id and the time) never carries the answers or
 * the survey a database error would quote.
 */
export class PublicSurveyService {
  constructor(
    private readonly db: Database,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Any survey behind the token, whatever its phase (the resolvers show questions only while it is open). */
  async find(token: string): Promise<SurveyRecord> {
    const survey = await this.db.repositories.surveys.findByPublicToken(token);
    if (!survey) throw notFound('SURVEY_NOT_FOUND');
    return this.read.one('survey', survey, 'byId', 'publicSurvey');
  }

  async submit(token: string, answers: readonly SurveyAnswerInput[]): Promise<{ ok: true }> {
    try {
      const survey = await this.db.repositories.surveys.findByPublicToken(token);
      if (!survey) throw notFound('SURVEY_NOT_FOUND');
      const closed = surveyAcceptsAnswers(survey, this.now());
      if (closed) throw refused(closed);
      const checked = checkSurveyAnswers(survey.questions, answers);
      if (!checked.ok) throw refusedAll(checked.refusals, 'answers');
      await this.db.repositories.surveys.submitResponse(survey.id, checked.answers);
      return { ok: true };
    } catch (error) {
      if (error instanceof GatewayError) throw error;
      // Deliberately without `cause`: see the class comment.
      throw new Error('A survey response could not be stored.');
    }
  }
}
