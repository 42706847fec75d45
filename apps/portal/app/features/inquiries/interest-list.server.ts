import type { RouterContextProvider } from 'react-router';
import { isUuid } from '@selvhjelp/domain';
import { districtContext, gatewayContext } from '../../context.server';
import { graphql } from '../../generated';
import type { InterestReach } from '../../generated/graphql';

const InterestDemandDocument = graphql(`
  query InterestDemandPage($districtId: ID) {
    interestDemand {
      theme {
        id
        label
      }
      municipality {
        number
        name
      }
      count
    }
    groups(filter: { districtId: $districtId, statuses: [IDEA, STARTING] }, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const InterestContactsDocument = graphql(`
  query InterestContactsForGroup($groupId: ID!, $reach: InterestReach) {
    interestContactsForGroup(groupId: $groupId, reach: $reach) {
      group {
        id
        name
      }
      withoutConsent
      toContact {
        entry {
          id
          theme {
            label
          }
          municipality {
            name
          }
        }
        inquiry {
          id
          receivedOn
          personAlias
          contact {
            method
            value
          }
        }
      }
    }
  }
`);

export interface InterestQuery {
  group: string;
  reach: InterestReach;
}

export function parseInterestQuery(params: URLSearchParams): InterestQuery {
  const group = (params.get('gruppe') ?? '').trim();
  return {
    group: isUuid(group) ? group.toLowerCase() : '',
    reach: params.get('rekkevidde') === 'COUNTY' ? 'COUNTY' : 'MUNICIPALITY',
  };
}

/** GET interesseliste: demand per theme × municipality (counts only) and, for a chosen starting group, whom to contact. */
export async function loadInterestList(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const query = parseInterestQuery(new URL(request.url).searchParams);
  const [{ interestDemand, groups }, contacts] = await Promise.all([
    gateway.query(InterestDemandDocument, { districtId: portal.districtId }),
    query.group
      ? gateway
          .query(InterestContactsDocument, { groupId: query.group, reach: query.reach })
          .then(({ interestContactsForGroup }) => interestContactsForGroup)
      : Promise.resolve(null),
  ]);
  return {
    portal,
    query,
    demand: interestDemand,
    groups: groups.edges.map(({ node }) => node),
    contacts,
  };
}
