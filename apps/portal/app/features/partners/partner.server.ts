import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import { gatewayMessage } from '../../shared/forms/form-errors';
import { formText } from '../../shared/forms/form-data';
import { portalPath } from '../../shared/layout/portals';

const PartnerPageDocument = graphql(`
  query PartnerPage($id: ID!) {
    partner(id: $id) {
      id
      name
      type
      status
      organisationNumber
      municipality {
        number
        name
      }
      streetAddress
      postalCode
      postalPlace
      website
      notes
      lastContactOn
      districts {
        id
        name
      }
      contacts {
        id
        name
        role
        since
        email
        phone
      }
      formerContacts {
        id
        role
        fromDate
        toDate
        contact {
          id
          name
        }
      }
      agreements {
        id
        title
        startsOn
        endsOn
        scope
        inForce
        attachment {
          id
          fileName
          byteSize
        }
      }
      venues {
        id
        name
        streetAddress
        postalPlace
        groups {
          id
          name
        }
      }
      activities {
        id
        date
        type
        title
        participantCount
      }
      groupsStartedTogether {
        id
        name
      }
    }
    venues(filter: { unlinked: true }) {
      id
      name
      streetAddress
      postalPlace
    }
  }
`);

const LinkVenueDocument = graphql(`
  mutation LinkVenueToPartner($venueId: ID!, $partnerId: ID!) {
    linkVenueToPartner(venueId: $venueId, partnerId: $partnerId) {
      id
    }
  }
`);

const PartnerVenueIdsDocument = graphql(`
  query PartnerVenueIds($id: ID!) {
    partner(id: $id) {
      id
      venues {
        id
      }
    }
  }
`);

const UnlinkVenueDocument = graphql(`
  mutation UnlinkVenueFromPartner($venueId: ID!) {
    unlinkVenueFromPartner(venueId: $venueId) {
      id
    }
  }
`);

export const PARTNER_PAGE_NOTICES = [
  'created',
  'saved',
  'contactAdded',
  'contactRemoved',
  'agreementCreated',
  'agreementSaved',
  'agreementRemoved',
  'venueLinked',
  'venueUnlinked',
] as const;
export type PartnerPageNotice = (typeof PARTNER_PAGE_NOTICES)[number];

/** GET samarbeidspartnere/:id: the partner with its people, agreements, venues and what came of the work. */
export async function loadPartnerPage(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const result = await context.get(gatewayContext).query(PartnerPageDocument, { id: params.id });
  const notice = new URL(request.url).searchParams.get('melding') ?? '';
  return {
    portal,
    partner: result.partner,
    unlinkedVenues: result.venues,
    notice: (PARTNER_PAGE_NOTICES as readonly string[]).includes(notice) ? (notice as PartnerPageNotice) : null,
  };
}

/** POST samarbeidspartnere/:id with intent=link-venue or intent=unlink-venue. */
export async function partnerPageAction(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const form = await request.formData();
  const intent = formText(form, 'intent');
  const venueId = formText(form, 'venueId');
  const page = portalPath(portal, `samarbeidspartnere/${params.id}`);
  if (!venueId || (intent !== 'link-venue' && intent !== 'unlink-venue')) {
    return data({ venueError: { intent, missing: true, message: null as string | null } }, { status: 400 });
  }
  try {
    if (intent === 'link-venue') {
      await gateway.mutate(LinkVenueDocument, { venueId, partnerId: params.id });
      return redirect(`${page}?melding=venueLinked#venues-heading`);
    }
    // The mutation names no partner: from a stale page it would unlink the venue from whoever provides it now.
    const { partner } = await gateway.query(PartnerVenueIdsDocument, { id: params.id });
    if (partner.venues.some(({ id }) => id === venueId)) await gateway.mutate(UnlinkVenueDocument, { venueId });
    return redirect(`${page}?melding=venueUnlinked#venues-heading`);
  } catch (error) {
    if (
      isGatewayError(error, 'BAD_USER_INPUT') ||
      isGatewayError(error, 'NOT_FOUND') ||
      isGatewayError(error, 'CONFLICT')
    ) {
      return data(
        { venueError: { intent, missing: false, message: gatewayMessage(error, context.get(langContext)) } },
        { status: 400 },
      );
    }
    throw error;
  }
}
