import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { gatewayContext, langContext } from '../../context.server';
import { env } from '../../env.server';
import { graphql } from '../../generated';
import type { PublicSurveyQuery } from '../../generated/graphql';
import { isGatewayError } from '../../shared/gateway/errors';
import type { Gateway } from '../../shared/gateway/gateway.server';
import type { FormErrors } from '../../shared/forms/form-errors';
import { formErrorsFromGateway, gatewayMessage } from '../../shared/forms/form-errors';
import { answeredCookieHeader, hasAnsweredCookie } from './answered-cookie';
import type { AnswerValues } from './answer-form';
import { readAnswers, toAnswerInputs } from './answer-form';

const PublicSurveyDocument = graphql(`
  query PublicSurvey($token: String!) {
    publicSurvey(token: $token) {
      title
      intro
      opensOn
      closesOn
      phase
      questions {
        id
        kind
        text
        options
        scaleMin
        scaleMax
        scaleMinLabel
        scaleMaxLabel
        required
        sensitive
      }
      helpLines {
        name
        phone
      }
    }
  }
`);

const SubmitSurveyResponseDocument = graphql(`
  mutation SubmitSurveyResponse($token: String!, $answers: [SurveyAnswerInput!]!) {
    submitSurveyResponse(token: $token, answers: $answers) {
      ok
    }
  }
`);

export type PublicSurvey = PublicSurveyQuery['publicSurvey'];

export interface SurveyAnswerActionData {
  values: AnswerValues;
  errors: FormErrors;
}

/** Nothing on these pages may be kept by a shared cache: the answered note is this browser's. */
const PRIVATE = { 'Cache-Control': 'private, no-store' };

async function publicSurveyOrNotFound(gateway: Gateway, token: string): Promise<PublicSurvey> {
  try {
    return (await gateway.query(PublicSurveyDocument, { token })).publicSurvey;
  } catch (error) {
    if (isGatewayError(error, 'NOT_FOUND')) throw data(null, { status: 404 });
    throw error;
  }
}

/** GET /undersokelse/:token. */
export async function loadPublicSurvey(request: Request, token: string, context: Readonly<RouterContextProvider>) {
  const survey = await publicSurveyOrNotFound(context.get(gatewayContext), token);
  const answered = hasAnsweredCookie(request);
  const again = new URL(request.url).searchParams.has('igjen');
  return data({ token, survey, answered, showForm: !answered || again }, { headers: PRIVATE });
}

/** POST /undersokelse/:token: one answer sheet; then the thank-you page and the "answered" note. */
export async function submitPublicSurvey(request: Request, token: string, context: Readonly<RouterContextProvider>) {
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const survey = await publicSurveyOrNotFound(gateway, token);
  const values = readAnswers(await request.formData(), survey.questions);
  try {
    await gateway.mutate(SubmitSurveyResponseDocument, { token, answers: toAnswerInputs(values, survey.questions) });
  } catch (error) {
    if (isGatewayError(error, 'NOT_FOUND')) throw data(null, { status: 404 });
    if (!isGatewayError(error, 'BAD_USER_INPUT')) throw error;
    const errors =
      error.fieldErrors.length > 0
        ? formErrorsFromGateway<string>(error, {
            lang,
            fieldOf: (path) => (path.startsWith('answers.') ? path.slice('answers.'.length) : null),
          })
        : { fields: {}, form: [gatewayMessage(error, lang)] };
    return data<SurveyAnswerActionData>({ values, errors }, { status: 400, headers: PRIVATE });
  }
  return redirect(`/undersokelse/${encodeURIComponent(token)}/takk`, {
    headers: {
      ...PRIVATE,
      'Set-Cookie': answeredCookieHeader(token, survey.closesOn, env.SESSION_COOKIE_SECURE),
    },
  });
}

/** GET /undersokelse/:token/takk. */
export async function loadThanks(token: string, context: Readonly<RouterContextProvider>) {
  const survey = await publicSurveyOrNotFound(context.get(gatewayContext), token);
  return data({ token, title: survey.title, helpLines: survey.helpLines }, { headers: PRIVATE });
}
