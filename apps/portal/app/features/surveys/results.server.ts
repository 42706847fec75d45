import type { RouterContextProvider } from 'react-router';
import { data } from 'react-router';
import { gatewayContext, langContext, portalContext } from '../../context.server';
import { graphql } from '../../generated';
import type { SurveyResultsQuery } from '../../generated/graphql';
import { isGatewayError } from '../../shared/gateway/errors';
import { gatewayMessage } from '../../shared/forms/form-errors';

const SurveyResultsDocument = graphql(`
  query SurveyResults($id: ID!) {
    surveyResults(id: $id) {
      freeTextVisible
      responses {
        value
        suppressed
        display
      }
      survey {
        id
        title
        intro
        publicToken
        templateKey
        opensOn
        closesOn
        phase
        version
        district {
          id
          name
        }
      }
      questions {
        tooFewAnswers
        answered
        scaleMean
        freeTextAnswers
        question {
          id
          kind
          text
          scaleMinLabel
          scaleMaxLabel
        }
        options {
          index
          label
          count {
            value
            suppressed
            display
          }
        }
        scale {
          value
          count {
            value
            suppressed
            display
          }
        }
      }
    }
  }
`);

const CloseSurveyDocument = graphql(`
  mutation CloseSurvey($id: ID!, $version: Int!) {
    closeSurvey(id: $id, version: $version) {
      id
      version
      phase
    }
  }
`);

export type SurveyResults = SurveyResultsQuery['surveyResults'];
export type QuestionResult = SurveyResults['questions'][number];

export interface CloseActionData {
  /** Someone changed the survey since the page was loaded: reload and try again. */
  conflict: boolean;
  error: string | null;
}

/** The public link as people will type it: this portal's own origin (the proxy's, behind one). */
export function publicLink(request: Request, token: string): string {
  return new URL(`/undersokelse/${encodeURIComponent(token)}`, request.url).toString();
}

/** GET undersokelser/:id. A district's portal shows its own district's surveys only. */
export async function loadSurveyResults(request: Request, id: string, context: Readonly<RouterContextProvider>) {
  const portal = context.get(portalContext);
  const { surveyResults } = await context.get(gatewayContext).query(SurveyResultsDocument, { id });
  if (portal.kind === 'district' && surveyResults.survey.district?.id !== portal.districtId) {
    throw data(null, { status: 404 });
  }
  return { portal, results: surveyResults, link: publicLink(request, surveyResults.survey.publicToken) };
}

/** POST undersokelser/:id (intent close): the link stops taking answers at once. */
export async function closeSurvey(request: Request, id: string, context: Readonly<RouterContextProvider>) {
  const form = await request.formData();
  const version = Number(form.get('version'));
  try {
    await context.get(gatewayContext).mutate(CloseSurveyDocument, { id, version });
    return data<CloseActionData>({ conflict: false, error: null });
  } catch (error) {
    if (isGatewayError(error, 'CONFLICT'))
      return data<CloseActionData>({ conflict: true, error: null }, { status: 409 });
    if (isGatewayError(error, 'BAD_USER_INPUT')) {
      return data<CloseActionData>(
        { conflict: false, error: gatewayMessage(error, context.get(langContext)) },
        { status: 400 },
      );
    }
    throw error;
  }
}
