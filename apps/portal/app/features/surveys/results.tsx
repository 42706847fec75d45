import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { TextField } from '../../shared/forms/form-fields';
import { Form } from 'react-router';
import type { Route } from './+types/results';
import { closeSurvey, loadSurveyResults } from './results.server';
import { AppLink } from '../../shared/ui/app-link';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { PHASE_COLOR } from './components/phase';
import { QuestionResultSection, SuppressionLegend } from './components/question-result';

export function loader({ request, params, context }: Route.LoaderArgs) {
  return loadSurveyResults(request, params.id, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return closeSurvey(request, params.id, context);
}

/** A survey's results: aggregates only, small numbers hidden; the public link and "close now". */
export default function SurveyResultsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const { portal, results, link } = loaderData;
  const { survey } = results;
  const closed = actionData;
  const base = portalPath(portal, 'undersokelser');
  const anyHidden =
    results.responses.suppressed ||
    results.questions.some(
      (question) =>
        question.options.some((option) => option.count.suppressed) ||
        question.scale.some((row) => row.count.suppressed),
    );
  return (
    <div className="portal-stack">
      <PageTitle>{survey.title}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={base}>{t('surveys.backToList')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {survey.title}
      </Heading>
      <Paragraph>
        <Tag data-color={PHASE_COLOR[survey.phase]}>{t(`surveys.phase.${survey.phase}`)}</Tag>{' '}
        {t('surveys.results.days', { opens: formatDate(survey.opensOn), closes: formatDate(survey.closesOn) })}
        {survey.district ? ` · ${survey.district.name}` : ` · ${t('surveys.list.nationalOffice')}`}
      </Paragraph>
      {closed?.conflict ? <ConflictAlert reloadHref={`${base}/${survey.id}`} catalogue="surveys" /> : null}
      {closed?.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{closed.error}</Paragraph>
        </Alert>
      ) : null}
      {closed && !closed.conflict && !closed.error ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('surveys.results.closedNow')}</Paragraph>
        </Alert>
      ) : null}
      <TextField
        id="survey-link"
        label={t('surveys.results.link')}
        description={t('surveys.results.linkHint')}
        value={link}
        readOnly
      />
      {survey.phase !== 'CLOSED' ? (
        <Form method="post">
          <input type="hidden" name="version" value={survey.version} />
          <Button type="submit" variant="secondary" data-color="danger">
            {t('surveys.results.close')}
          </Button>
        </Form>
      ) : null}
      <Heading level={2} data-size="md">
        {t('surveys.results.heading')}
      </Heading>
      <Paragraph data-testid="survey-responses">
        {t('surveys.results.responses', { display: results.responses.display })}
      </Paragraph>
      {anyHidden ? <SuppressionLegend /> : null}
      {results.questions.map((result, index) => (
        <QuestionResultSection key={result.question.id} result={result} number={index + 1} />
      ))}
    </div>
  );
}
