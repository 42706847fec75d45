import type { RouterContextProvider } from 'react-router';
import { districtContext, gatewayContext } from '../../context.server';
import { graphql } from '../../generated';

const CaseAccessLogDocument = graphql(`
  query CaseAccessLog($id: ID!) {
    followUpCase(id: $id) {
      id
      reference
      accessLog(first: 100) {
        totalCount
        edges {
          node {
            id
            occurredAt
            role
            action
            outcome
            purpose
            staffUser {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** GET saker/:id/innsyn: the lead's view of who has read the case. */
export async function loadAccessLog(params: { id: string }, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const result = await context.get(gatewayContext).query(CaseAccessLogDocument, { id: params.id });
  return {
    portal,
    reference: result.followUpCase.reference,
    caseId: result.followUpCase.id,
    totalCount: result.followUpCase.accessLog.totalCount,
    entries: result.followUpCase.accessLog.edges.map(({ node }) => node),
  };
}
