import type { RouterContextProvider } from 'react-router';
import { gatewayContext, portalContext, viewerContext } from '../../context.server';
import { graphql } from '../../generated';

export const DistrictAgendaDocument = graphql(`
  query DistrictAgenda($districtId: ID!, $first: Int!) {
    districtAgenda(districtId: $districtId, first: $first) {
      district {
        id
        name
      }
      today
      upcomingUntil
      groupFollowUps {
        totalCount
        overdueCount
        items {
          id
          name
          nextFollowUpDue
        }
      }
      caseFollowUps {
        totalCount
        overdueCount
        items {
          dueOn
          overdue
          followUpCase {
            id
            reference
          }
        }
      }
      peerCheckIns {
        totalCount
        overdueCount
        items {
          dueOn
          overdue
          peer {
            id
            name
          }
        }
      }
      lapsingFacilitators {
        totalCount
        items {
          id
          name
          qualification {
            lapsesOn
          }
        }
      }
      courseSessions {
        totalCount
        items {
          course {
            id
            title
          }
          session {
            id
            date
            startTime
          }
        }
      }
      activities {
        totalCount
        items {
          id
          title
          type
          date
          startTime
        }
      }
      startingGroups {
        totalCount
        overdueCount
        items {
          id
          name
          schedule {
            startDate
          }
        }
      }
    }
  }
`);

export const DistrictsOverviewDocument = graphql(`
  query DistrictsOverview {
    districts {
      id
      name
      officeTown
      counties {
        number
        name
        municipalities {
          number
        }
      }
    }
  }
`);

/** How many entries each of the district home's lists shows; the full lists are a link away. */
const AGENDA_LIST_SIZE = 5;

interface CountySummary {
  number: string;
  name: string;
  municipalityCount: number;
}

const summarise = (county: { number: string; name: string; municipalities: readonly unknown[] }): CountySummary => ({
  number: county.number,
  name: county.name,
  municipalityCount: county.municipalities.length,
});

/** The district offices with their counties, as the national pages show them. */
export async function loadDistrictsOverview(context: Readonly<RouterContextProvider>) {
  const { districts } = await context.get(gatewayContext).query(DistrictsOverviewDocument);
  return districts.map((district) => ({
    id: district.id,
    name: district.name,
    officeTown: district.officeTown,
    counties: district.counties.map(summarise),
  }));
}

/**
 * Home of a portal: for a district, what needs doing first (the gateway's agenda: each case and
 * peer listed is a read in the access log, as on their own lists); every district for the
 * national office.
 */
export async function loadHome(context: Readonly<RouterContextProvider>) {
  const portal = context.get(portalContext);
  const viewer = context.get(viewerContext);
  const user = { name: viewer.name, role: viewer.role };
  if (portal.kind === 'national') {
    return { kind: 'national' as const, user, districts: await loadDistrictsOverview(context) };
  }
  const { districtAgenda } = await context
    .get(gatewayContext)
    .query(DistrictAgendaDocument, { districtId: portal.districtId, first: AGENDA_LIST_SIZE });
  return { kind: 'district' as const, user, portal, agenda: districtAgenda, shown: AGENDA_LIST_SIZE };
}
