import type { RouterContextProvider } from 'react-router';
import { gatewayContext } from '../../context.server';
import { graphql } from '../../generated';
import { partnerOptions } from '../partners/partner-options.server';
import { requireApiClientAdministration } from './access.server';

const ApiClientListDocument = graphql(`
  query ApiClientList {
    apiClients {
      id
      name
      partnerId
      scopes
      districts {
        id
        name
      }
      expiresAt
      revokedAt
      lastUsedAt
      usage(days: 30) {
        totals {
          requests
        }
      }
    }
  }
`);

/** Partner names by id, for the clients linked to one; a partner the viewer does not see has none. */
export async function partnerNames(context: Readonly<RouterContextProvider>): Promise<Record<string, string>> {
  const partners = await partnerOptions(context.get(gatewayContext));
  return Object.fromEntries(partners.map(({ id, name }) => [id, name]));
}

/** GET api-klienter: every client the viewer manages (the gateway scopes them). */
export async function loadApiClientList(context: Readonly<RouterContextProvider>) {
  const portal = requireApiClientAdministration(context);
  const { apiClients } = await context.get(gatewayContext).query(ApiClientListDocument);
  const linked = apiClients.some((client) => client.partnerId);
  return {
    portal,
    clients: apiClients,
    partnerNames: linked ? await partnerNames(context) : {},
    now: new Date().toISOString(),
  };
}
