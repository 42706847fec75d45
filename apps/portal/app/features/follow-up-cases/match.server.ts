import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import { formText } from '../../shared/forms/form-data';
import { gatewayMessage } from '../../shared/forms/form-errors';
import { portalPath } from '../../shared/layout/portals';

const PeerSuggestionsDocument = graphql(`
  query CasePeerSuggestions($id: ID!) {
    followUpCase(id: $id) {
      id
      reference
    }
    peerSuggestions(caseId: $id) {
      caseVersion
      suggestions {
        freeCapacity
        peer {
          id
          name
          load {
            activeFollowUps
            capacity
          }
        }
        reasons {
          text
        }
      }
    }
  }
`);

const ConfirmMatchDocument = graphql(`
  mutation PortalConfirmPeerMatch($caseId: ID!, $peerId: ID!, $caseVersion: Int!) {
    confirmPeerMatch(caseId: $caseId, peerId: $peerId, caseVersion: $caseVersion) {
      caseId
    }
  }
`);

/** GET saker/:id/likeperson: ranked suggestions with the API's reasons. */
export async function loadPeerSuggestions(params: { id: string }, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const result = await context.get(gatewayContext).query(PeerSuggestionsDocument, { id: params.id });
  return { portal, followUpCase: result.followUpCase, suggestions: result.peerSuggestions };
}

/** POST saker/:id/likeperson: confirms the chosen peer at the case's version. */
export async function confirmMatchAction(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const lang = context.get(langContext);
  const form = await request.formData();
  try {
    await context.get(gatewayContext).mutate(ConfirmMatchDocument, {
      caseId: params.id,
      peerId: formText(form, 'peerId'),
      caseVersion: Number(formText(form, 'caseVersion')),
    });
  } catch (error) {
    if (isGatewayError(error, 'CONFLICT')) return data({ conflict: true, message: null }, { status: 409 });
    if (isGatewayError(error, 'BAD_USER_INPUT'))
      return data({ conflict: false, message: gatewayMessage(error, lang) }, { status: 400 });
    throw error;
  }
  return redirect(`${portalPath(portal, `saker/${params.id}`)}?melding=matched`);
}
