import type { RouterContextProvider } from 'react-router';
import { gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import { parseOverviewQuery } from './overview-query';

// The overview's tables share one shape (StatTable), so the page, the charts and the exports
// read them alike. The gateway protects small numbers; the portal never sees a hidden value.
export const StatTableFields = graphql(`
  fragment StatTableFields on StatTable {
    key
    title
    rowLabel
    columnLabel
    protected
    suppressed
    rows {
      key
      label
    }
    columns {
      key
      label
    }
    cells {
      value
      display
      suppressed
    }
    rowTotals {
      value
      display
      suppressed
    }
    columnTotals {
      value
      display
      suppressed
    }
    total {
      value
      display
      suppressed
    }
  }
`);

const NationalOverviewDocument = graphql(`
  query NationalOverview($period: PeriodInput!, $compare: Boolean!) {
    overview(period: $period) {
      period {
        from
        to
      }
      suppressionThreshold
      tables {
        ...StatTableFields
      }
      coverage {
        coveredMunicipalityNumbers
      }
      previousPeriod @include(if: $compare) {
        period {
          from
          to
        }
        tables {
          ...StatTableFields
        }
      }
    }
  }
`);

/** GET /nasjonalt/oversikt: every table of the overview for the period, and last year's when asked. */
export async function loadNationalOverview(request: Request, context: Readonly<RouterContextProvider>) {
  const { query, period, errors } = parseOverviewQuery(
    new URL(request.url).searchParams,
    new Date(),
    context.get(langContext),
  );
  if (!period) return { query, errors, overview: null };
  const { overview } = await context
    .get(gatewayContext)
    .query(NationalOverviewDocument, { period, compare: query.compare });
  return { query, errors, overview };
}
