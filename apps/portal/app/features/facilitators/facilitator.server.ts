import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { districtContext, gatewayContext } from '../../context.server';
import { graphql } from '../../generated';
import { formText } from '../../shared/forms/form-data';
import { portalPath } from '../../shared/layout/portals';

const FacilitatorPageDocument = graphql(`
  query FacilitatorPage($id: ID!) {
    facilitator(id: $id) {
      id
      name
      email
      phone
      municipality {
        number
        name
      }
      languages
      themeConsent
      themes {
        id
        label
      }
      availability
      notes
      consent {
        givenOn
        text
      }
      qualification {
        status
        basicCompletedOn
        latestQualifyingOn
        lapsesOn
      }
      assignments {
        id
        role
        fromDate
        toDate
        group {
          id
          name
          status
        }
      }
      trainingHistory {
        enrolmentStatus
        sessionsAttended
        completedOn
        course {
          id
          title
          type
          status
          startsOn
          sessions {
            id
          }
        }
      }
      forgottenAt
      version
      createdAt
      updatedAt
    }
  }
`);

const ForgetFacilitatorDocument = graphql(`
  mutation ForgetFacilitator($id: ID!) {
    forgetFacilitator(id: $id) {
      id
      forgottenAt
    }
  }
`);

export const FACILITATOR_PAGE_NOTICES = ['created', 'saved', 'forgotten'] as const;
export type FacilitatorPageNotice = (typeof FACILITATOR_PAGE_NOTICES)[number];

/** GET igangsettere/:id; `?glem=1` shows the confirmation step of "forget this facilitator". */
export async function loadFacilitatorPage(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const { facilitator } = await context.get(gatewayContext).query(FacilitatorPageDocument, { id: params.id });
  const search = new URL(request.url).searchParams;
  const notice = search.get('melding') ?? '';
  return {
    portal,
    facilitator,
    confirmForget: search.get('glem') === '1' && !facilitator.forgottenAt,
    notice: (FACILITATOR_PAGE_NOTICES as readonly string[]).includes(notice) ? (notice as FacilitatorPageNotice) : null,
  };
}

/** POST igangsettere/:id with intent=forget and confirm=yes: remove the personal data. */
export async function facilitatorPageAction(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const form = await request.formData();
  if (formText(form, 'intent') !== 'forget' || formText(form, 'confirm') !== 'yes')
    return data({ ok: false }, { status: 400 });
  await context.get(gatewayContext).mutate(ForgetFacilitatorDocument, { id: params.id });
  return redirect(`${portalPath(portal, `igangsettere/${params.id}`)}?melding=forgotten`);
}
