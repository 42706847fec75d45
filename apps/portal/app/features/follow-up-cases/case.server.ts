import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { byNorwegianName } from '@selvhjelp/domain';
import { districtContext, gatewayContext, langContext, viewerContext } from '../../context.server';
import { graphql } from '../../generated';
import type { CaseOutcome, CaseStatus } from '../../generated/graphql';
import { isGatewayError } from '../../shared/gateway/errors';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { emptyFormErrors, formErrorsFromGateway, gatewayMessage } from '../../shared/forms/form-errors';
import { todayInOslo } from '../../shared/dates/dates';
import { portalPath } from '../../shared/layout/portals';

import { CASE_STATUSES } from './case-labels';

const CaseListDocument = graphql(`
  query CaseListPage($filter: FollowUpCaseFilter, $after: String, $responsibleStaffUserId: ID) {
    followUpCases(filter: $filter, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CaseRow
        }
      }
    }
    followUpCasesDue(responsibleStaffUserId: $responsibleStaffUserId) {
      dueOn
      overdue
      followUpCase {
        ...CaseRow
      }
    }
  }
  fragment CaseRow on FollowUpCase {
    id
    reference
    status
    nextFollowUpOn
    responsibleStaffUser {
      id
      name
    }
    peer {
      id
      name
    }
  }
`);

const StaffOptionsDocument = graphql(`
  query CaseStaffOptions($districtId: ID) {
    staffUsers(filter: { districtId: $districtId, active: true }, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

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

const OpenCaseDocument = graphql(`
  mutation PortalOpenCase($input: OpenFollowUpCaseInput!) {
    openFollowUpCase(input: $input) {
      id
    }
  }
`);
const ChangeStatusDocument = graphql(`
  mutation PortalChangeCaseStatus($input: ChangeCaseStatusInput!) {
    changeCaseStatus(input: $input) {
      id
      version
    }
  }
`);
const UpdateCaseDocument = graphql(`
  mutation PortalUpdateCase($input: UpdateFollowUpCaseInput!) {
    updateFollowUpCase(input: $input) {
      id
      version
    }
  }
`);
const AddNoteDocument = graphql(`
  mutation PortalAddCaseNote($input: AddCaseNoteInput!) {
    addCaseNote(input: $input) {
      id
    }
  }
`);
const AddReferralDocument = graphql(`
  mutation PortalAddCaseReferral($input: AddCaseReferralInput!) {
    addCaseReferral(input: $input) {
      id
    }
  }
`);
const GrantDocument = graphql(`
  mutation PortalGrantCaseNotes($caseId: ID!, $staffUserId: ID!, $until: DateTime!) {
    grantCaseNoteAccess(caseId: $caseId, staffUserId: $staffUserId, until: $until) {
      id
    }
  }
`);
const RevokeDocument = graphql(`
  mutation PortalRevokeCaseNotes($id: ID!) {
    revokeCaseNoteAccess(id: $id) {
      id
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
const ExportDocument = graphql(`
  mutation PortalExportCase($id: ID!) {
    exportFollowUpCase(id: $id)
  }
`);

export const CASE_NOTICES = ['opened', 'saved', 'status', 'note', 'referral', 'matched', 'granted', 'revoked'] as const;
export type CaseNotice = (typeof CASE_NOTICES)[number];

function noticeOf(request: Request): CaseNotice | null {
  const notice = new URL(request.url).searchParams.get('melding') ?? '';
  return (CASE_NOTICES as readonly string[]).includes(notice) ? (notice as CaseNotice) : null;
}

async function staffOptions(context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const { staffUsers } = await context
    .get(gatewayContext)
    .query(StaffOptionsDocument, { districtId: portal.districtId });
  return staffUsers.edges.map(({ node }) => node).sort(byNorwegianName);
}

/** The list's filter as the address has it (?status=OPEN&mine=1&due=1). */
export interface CaseListQuery {
  status: string;
  mine: boolean;
  due: boolean;
  after: string;
}

export function readCaseListQuery(url: URL): CaseListQuery {
  const status = url.searchParams.get('status') ?? '';
  return {
    status: (CASE_STATUSES as readonly string[]).includes(status) ? status : '',
    mine: url.searchParams.get('mine') === '1',
    due: url.searchParams.get('due') === '1',
    after: url.searchParams.get('after') ?? '',
  };
}

function weekAhead(today: string): string {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 7);
  return date.toISOString().slice(0, 10);
}

/** GET saker: a page of the district's cases by the filter, and the due list. */
export async function loadCaseList(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const viewer = context.get(viewerContext);
  const query = readCaseListQuery(new URL(request.url));
  const result = await context.get(gatewayContext).query(CaseListDocument, {
    filter: {
      statuses: query.status ? [query.status as CaseStatus] : null,
      responsibleStaffUserIds: query.mine ? [viewer.id] : null,
      dueBy: query.due ? weekAhead(todayInOslo()) : null,
    },
    after: query.after || null,
    responsibleStaffUserId: query.mine ? viewer.id : null,
  });
  return {
    portal,
    query,
    cases: result.followUpCases.edges.map(({ node }) => node),
    totalCount: result.followUpCases.totalCount,
    nextCursor: result.followUpCases.pageInfo.hasNextPage ? result.followUpCases.pageInfo.endCursor : null,
    due: result.followUpCasesDue,
  };
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

export type CaseIntent = 'status' | 'edit' | 'note' | 'referral' | 'grant' | 'revoke';
export type CaseActionData = {
  intent: CaseIntent;
  values: Record<string, string>;
  errors: FormErrors;
  conflict: boolean;
};

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** POST saker/:id: intent=status, edit, note, referral, grant or revoke; back to the case on success. */
export async function casePageAction(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const form = await request.formData();
  const intent = formText(form, 'intent') as CaseIntent;
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === 'string') values[name] = value;
  const version = Number(formText(form, 'version'));
  const page = portalPath(portal, `saker/${params.id}`);
  const done = (notice: CaseNotice) => redirect(`${page}?melding=${notice}`);
  try {
    switch (intent) {
      case 'status':
        await gateway.mutate(ChangeStatusDocument, {
          input: {
            id: params.id,
            version,
            status: formText(form, 'status') as CaseStatus,
            outcome: (blankToNull(formText(form, 'outcome')) as CaseOutcome | null) ?? null,
            outcomeNote: blankToNull(formText(form, 'outcomeNote')),
          },
        });
        return done('status');
      case 'edit':
        await gateway.mutate(UpdateCaseDocument, {
          input: {
            id: params.id,
            version,
            responsibleStaffUserId: formText(form, 'responsibleStaffUserId'),
            nextFollowUpOn: blankToNull(formText(form, 'nextFollowUpOn')),
          },
        });
        return done('saved');
      case 'note':
        await gateway.mutate(AddNoteDocument, {
          input: {
            caseId: params.id,
            text: formText(form, 'text'),
            date: blankToNull(formText(form, 'date')),
            nextFollowUpOn: blankToNull(formText(form, 'nextFollowUpOn')),
          },
        });
        return done('note');
      case 'referral':
        await gateway.mutate(AddReferralDocument, {
          input: {
            caseId: params.id,
            referralResourceId: formText(form, 'referralResourceId'),
            note: blankToNull(formText(form, 'note')),
          },
        });
        return done('referral');
      case 'grant': {
        const until = formText(form, 'until');
        await gateway.mutate(GrantDocument, {
          caseId: params.id,
          staffUserId: formText(form, 'staffUserId'),
          // To the end of the chosen day in Oslo (the gateway checks it is ahead and within 90 days).
          until: until ? new Date(`${until}T23:59:00+01:00`).toISOString() : '',
        });
        return done('granted');
      }
      case 'revoke':
        await gateway.mutate(RevokeDocument, { id: formText(form, 'grantId') });
        return done('revoked');
      default:
        throw new Response('Unknown intent', { status: 400 });
    }
  } catch (error) {
    if (isGatewayError(error, 'CONFLICT'))
      return data<CaseActionData>({ intent, values, errors: emptyFormErrors(), conflict: true }, { status: 409 });
    if (isGatewayError(error, 'BAD_USER_INPUT')) {
      const errors = formErrorsFromGateway(error, { fields: Object.keys(values), lang });
      if (Object.keys(errors.fields).length === 0 && errors.form.length === 0)
        errors.form.push(gatewayMessage(error, lang));
      return data<CaseActionData>({ intent, values, errors, conflict: false }, { status: 400 });
    }
    throw error;
  }
}

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

/** GET saker/ny?henvendelse=<id>: the staff to choose the responsible from. */
export async function loadNewCase(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const viewer = context.get(viewerContext);
  return {
    portal,
    inquiryId: new URL(request.url).searchParams.get('henvendelse') ?? '',
    staff: await staffOptions(context),
    viewerId: viewer.id,
  };
}

/** POST saker/ny: opens the case and goes to it. */
export async function newCaseAction(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const lang = context.get(langContext);
  const form = await request.formData();
  const values = {
    inquiryId: formText(form, 'inquiryId'),
    responsibleStaffUserId: formText(form, 'responsibleStaffUserId'),
    nextFollowUpOn: formText(form, 'nextFollowUpOn'),
  };
  try {
    const { openFollowUpCase } = await context.get(gatewayContext).mutate(OpenCaseDocument, {
      input: {
        inquiryId: values.inquiryId,
        responsibleStaffUserId: blankToNull(values.responsibleStaffUserId),
        nextFollowUpOn: blankToNull(values.nextFollowUpOn),
      },
    });
    return redirect(`${portalPath(portal, `saker/${openFollowUpCase.id}`)}?melding=opened`);
  } catch (error) {
    if (isGatewayError(error, 'BAD_USER_INPUT') || isGatewayError(error, 'NOT_FOUND')) {
      const errors = isGatewayError(error, 'BAD_USER_INPUT')
        ? formErrorsFromGateway(error, { fields: Object.keys(values), lang })
        : emptyFormErrors();
      if (Object.keys(errors.fields).length === 0 && errors.form.length === 0)
        errors.form.push(gatewayMessage(error, lang));
      return data({ values, errors }, { status: 400 });
    }
    throw error;
  }
}
