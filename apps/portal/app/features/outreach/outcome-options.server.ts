import type { Gateway } from '../../shared/gateway/gateway.server';
import { byNorwegianName } from '@selvhjelp/domain';
import { graphql } from '../../generated';
import { partnerOptions } from '../partners/partner-options.server';
import { facilitatorOptions } from '../facilitators/facilitator-options.server';

const OutcomeTargetOptionsDocument = graphql(`
  query OutcomeTargetOptions($districtId: ID) {
    startingGroups: groups(
      filter: { districtId: $districtId, statuses: [STARTING] }
      orderBy: { field: NAME, direction: ASC }
      first: 100
    ) {
      edges {
        node {
          id
          name
        }
      }
    }
    recentGroups: groups(
      filter: { districtId: $districtId }
      orderBy: { field: UPDATED_AT, direction: DESC }
      first: 100
    ) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/**
 * What an outcome can point at. Groups that are starting come first (an activity usually leads
 * to one of those), then the 100 most recently changed, each part by name.
 */
export async function outcomeOptions(gateway: Gateway, districtId: string) {
  const [{ startingGroups, recentGroups }, facilitators, partners] = await Promise.all([
    gateway.query(OutcomeTargetOptionsDocument, { districtId }),
    facilitatorOptions(gateway),
    partnerOptions(gateway),
  ]);
  const starting = startingGroups.edges.map(({ node }) => node);
  const startingIds = new Set(starting.map(({ id }) => id));
  return {
    groups: {
      starting: starting.sort(byNorwegianName),
      other: recentGroups.edges
        .map(({ node }) => node)
        .filter(({ id }) => !startingIds.has(id))
        .sort(byNorwegianName),
    },
    facilitators: facilitators.map(({ id, name }) => ({ id, name })).sort(byNorwegianName),
    partners,
  };
}

export type OutcomeOptions = Awaited<ReturnType<typeof outcomeOptions>>;
