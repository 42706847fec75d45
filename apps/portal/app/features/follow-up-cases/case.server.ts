import type { RouterContextProvider } from 'react-router';
import { districtContext, gatewayContext, langContext, viewerContext } from '../../context.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import { todayInOslo } from '../../shared/dates/dates';

import { staffOptions } from './staff-options.server';

const CasePageDocument = graphql(`
  query CasePage($id: ID!, $language: Language) {
    followUpCase(id: $id) {
      id
      reference
      status
      outcome
      openedOn
      closedOn
      nextFollowUpOn
      peerMatchedOn
      anonymised
      mayReadNotes
      version
      responsibleStaffUser {
        id
        name
      }
      inquiry {
        id
        receivedOn
        themes {
          id
          label(language: $language)
        }
      }
      peer {
        id
        name
        load {
          activeFollowUps
          capacity
        }
      }
      referrals {
        id
        referralResourceName
        date
        note
      }
    }
    referralResources(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const CaseNotesDocument = graphql(`
  query CaseNotes($id: ID!) {
    followUpCase(id: $id) {
      id
      notes {
        id
        date
        text
        author {
          id
          name
        }
      }
    }
  }
`);

const CaseGrantsDocument = graphql(`
  query CaseGrants($id: ID!) {
    followUpCase(id: $id) {
      id
      noteGrants {
        id
        active
        expiresAt
        staffUser {
          id
          name
        }
      }
    }
  }
`);

export const CASE_NOTICES = ['opened', 'saved', 'status', 'note', 'referral', 'matched', 'granted', 'revoked'] as const;
export type CaseNotice = (typeof CASE_NOTICES)[number];

function noticeOf(request: Request): CaseNotice | null {
  const notice = new URL(request.url).searchParams.get('melding') ?? '';
  return (CASE_NOTICES as readonly string[]).includes(notice) ? (notice as CaseNotice) : null;
}

/** GET saker/:id: the case, its notes if the viewer may read them, and the lead's grants. */
export async function loadCasePage(request: Request, params: { id: string }, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const viewer = context.get(viewerContext);
  const gateway = context.get(gatewayContext);
  const isLead = viewer.role === 'DISTRICT_LEAD';
  const [page, staff] = await Promise.all([
    gateway.query(CasePageDocument, { id: params.id, language: context.get(langContext) === 'en' ? 'EN' : 'NB' }),
    staffOptions(context),
  ]);
  const followUpCase = page.followUpCase;
  let notes: { id: string; date: string; text?: string | null; author?: { name: string } | null }[] | null = null;
  if (followUpCase.mayReadNotes) {
    try {
      notes = (await gateway.query(CaseNotesDocument, { id: params.id })).followUpCase.notes;
    } catch (error) {
      // Refused after all (a grant ran out between the two reads): the message, not an error page.
      if (!isGatewayError(error, 'FORBIDDEN')) throw error;
    }
  }
  const grants = isLead ? (await gateway.query(CaseGrantsDocument, { id: params.id })).followUpCase.noteGrants : null;
  return {
    portal,
    followUpCase,
    notes,
    grants,
    isLead,
    staff,
    resources: page.referralResources.edges.map(({ node }) => node),
    today: todayInOslo(),
    notice: noticeOf(request),
  };
}
