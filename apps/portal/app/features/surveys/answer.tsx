import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form, useNavigation } from 'react-router';
import type { Route } from './+types/answer';
import { loadPublicSurvey, submitPublicSurvey } from './public.server';
import { FormErrorSummary } from '../../shared/forms/error-summary';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { formatDate } from '../../shared/dates/dates';
import { useI18n } from '../../shared/i18n/i18n-context';
import { HelpLines } from './components/help-lines';
import { QuestionField, questionId } from './components/question-field';

export function loader({ request, params, context }: Route.LoaderArgs) {
  return loadPublicSurvey(request, params.token, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return submitPublicSurvey(request, params.token, context);
}

/** The public answer page: intro, help lines, the questions, and send. */
export default function SurveyAnswerPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang } = useI18n();
  const { token, survey, answered, showForm } = loaderData;
  const sent = actionData;
  const busy = useNavigation().state === 'submitting';
  const errors = sent?.errors ?? { fields: {}, form: [] };
  const summary = [
    ...errors.form.map((message) => ({ message })),
    ...survey.questions.flatMap((question, index) => {
      const message = errors.fields[question.id];
      return message ? [{ href: questionId(question.id), message: `${index + 1}. ${question.text}: ${message}` }] : [];
    }),
  ];
  const dates = { opens: formatDate(lang, survey.opensOn), closes: formatDate(lang, survey.closesOn) };
  return (
    <div className="portal-stack">
      <PageTitle>{survey.title}</PageTitle>
      <Heading level={1} data-size="lg">
        {survey.title}
      </Heading>
      {survey.phase === 'UPCOMING' ? (
        <Alert data-color="info">
          <Paragraph>{t('surveys.public.upcoming', dates)}</Paragraph>
        </Alert>
      ) : null}
      {survey.phase === 'CLOSED' ? (
        <Alert data-color="warning" data-testid="survey-closed">
          <Heading level={2} data-size="xs">
            {t('surveys.public.closedHeading')}
          </Heading>
          <Paragraph>{t('surveys.public.closed', dates)}</Paragraph>
        </Alert>
      ) : null}
      {survey.phase === 'OPEN' && survey.intro ? <Paragraph>{survey.intro}</Paragraph> : null}
      {survey.phase === 'OPEN' ? (
        <Paragraph data-size="sm">{t('surveys.public.anonymous', { closes: dates.closes })}</Paragraph>
      ) : null}
      <HelpLines lines={survey.helpLines} />
      {survey.phase === 'OPEN' && answered ? (
        <Alert data-color="success" data-testid="survey-answered">
          <Heading level={2} data-size="xs">
            {t('surveys.public.answeredHeading')}
          </Heading>
          <Paragraph>{t('surveys.public.answeredBody')}</Paragraph>
          {showForm ? null : (
            <Paragraph>
              <AppLink to={`/undersokelse/${encodeURIComponent(token)}?igjen`}>
                {t('surveys.public.answerAgain')}
              </AppLink>
            </Paragraph>
          )}
        </Alert>
      ) : null}
      {survey.phase === 'OPEN' && showForm ? (
        <Form method="post" className="portal-stack" noValidate>
          <FormErrorSummary errors={summary} />
          {survey.questions.map((question, index) => (
            <QuestionField
              key={question.id}
              question={question}
              number={index + 1}
              values={sent?.values[question.id] ?? []}
              error={errors.fields[question.id]}
            />
          ))}
          <Paragraph data-size="sm">{t('surveys.public.noneRequired')}</Paragraph>
          <div>
            <Button type="submit" disabled={busy}>
              {t('surveys.public.submit')}
            </Button>
          </div>
        </Form>
      ) : null}
    </div>
  );
}
