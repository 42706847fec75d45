import type { RouterContextProvider } from 'react-router';
import { gatewayContext } from '../../context.server';
import { graphql } from '../../generated';

const ExportDocument = graphql(`
  mutation PortalExportCase($id: ID!) {
    exportFollowUpCase(id: $id)
  }
`);

/** POST saker/:id/eksport: the art. 15 document as a file to download. */
export async function exportCaseAction(params: { id: string }, context: Readonly<RouterContextProvider>) {
  const result = await context.get(gatewayContext).mutate(ExportDocument, { id: params.id });
  return new Response(result.exportFollowUpCase, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="innsyn-sak-${params.id}.json"`,
      'Cache-Control': 'no-store',
    },
  });
}
