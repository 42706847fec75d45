import type { RouterContextProvider } from 'react-router';
import { data } from 'react-router';
import { isIsoDate } from '@selvhjelp/domain';
import { gatewayContext, langContext, portalContext } from '../../context.server';
import { graphql } from '../../generated';
import type { SurveyComparisonQuery } from '../../generated/graphql';

const SurveyComparisonDocument = graphql(`
  query SurveyComparison($templateKey: String!, $from: Date, $to: Date, $language: Language) {
    surveyTemplates {
      key
      title(language: $language)
    }
    surveyTemplateComparison(templateKey: $templateKey, from: $from, to: $to, language: $language) {
      templateKey
      from
      to
      tables {
        questionKey
        kind
        question
        columns
        rows {
          district {
            id
            name
          }
          cells {
            value
            suppressed
            display
          }
          total {
            value
            suppressed
            display
          }
        }
        columnTotals {
          value
          suppressed
          display
        }
        total {
          value
          suppressed
          display
        }
      }
    }
  }
`);

export type ComparisonTable = SurveyComparisonQuery['surveyTemplateComparison']['tables'][number];

/** The template every district's survey is made from today; the first the API lists otherwise. */
const DEFAULT_TEMPLATE = 'user-survey-2026';

/**
 * GET undersokelser/sammenligning?mal=&fra=&til=: a template's questions across districts, in
 * the national portal only (the gateway refuses district staff; their portal has no such page).
 */
export async function loadSurveyComparison(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(portalContext);
  if (portal.kind !== 'national') throw data(null, { status: 404 });
  const params = new URL(request.url).searchParams;
  const date = (name: string) => {
    const value = params.get(name)?.trim() ?? '';
    return isIsoDate(value) ? value : null;
  };
  const from = date('fra');
  const to = date('til');
  const templateKey = params.get('mal')?.trim() || DEFAULT_TEMPLATE;
  const language = context.get(langContext) === 'en' ? 'EN' : 'NB';
  const result = await context.get(gatewayContext).query(SurveyComparisonDocument, { templateKey, from, to, language });
  return {
    portal,
    templateKey,
    from: from ?? '',
    to: to ?? '',
    templates: result.surveyTemplates,
    tables: result.surveyTemplateComparison.tables,
  };
}
