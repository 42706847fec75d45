import type { RouterContextProvider } from 'react-router';
import { data } from 'react-router';
import { gatewayContext } from '../../context.server';
import { graphql } from '../../generated';
import { contentDisposition } from './agreement-form';

const AgreementAttachmentDocument = graphql(`
  query AgreementAttachment($id: ID!) {
    agreement(id: $id) {
      id
      partner {
        id
      }
      attachment {
        fileName
        contentType
        byteSize
        contentBase64
      }
    }
  }
`);

/** GET …/avtaler/:agreementId/vedlegg: the signed document, as a download (never shown inline). */
export async function downloadAgreementAttachment(
  params: { id: string; agreementId: string },
  context: Readonly<RouterContextProvider>,
) {
  const { agreement } = await context
    .get(gatewayContext)
    .query(AgreementAttachmentDocument, { id: params.agreementId });
  const { attachment } = agreement;
  if (agreement.partner.id !== params.id || !attachment) throw data(null, { status: 404 });
  const bytes = Buffer.from(attachment.contentBase64, 'base64');
  return new Response(bytes, {
    headers: {
      'Content-Type': attachment.contentType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': contentDisposition(attachment.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}
