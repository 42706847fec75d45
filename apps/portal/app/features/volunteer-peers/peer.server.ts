import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import { isIsoDate } from '../../shared/dates/dates';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { emptyFormErrors, formErrorsFromGateway, hasErrors } from '../../shared/forms/form-errors';
import { isGatewayError } from '../../shared/gateway/errors';
import { createTranslator } from '../../shared/i18n/i18n';
import { portalPath } from '../../shared/layout/portals';
import type { CheckInFormField, CheckInFormValues } from './peer-form';
import { CHECK_IN_FORM_FIELDS, checkInErrors, readCheckInForm } from './peer-form';

const PeerPageDocument = graphql(`
  query PeerPage($id: ID!) {
    volunteerPeer(id: $id) {
      id
      version
      name
      email
      phone
      facilitator {
        id
        name
        trainingHistory {
          course {
            id
            title
            startsOn
          }
          completedOn
        }
      }
      municipality {
        number
        name
      }
      languages
      themes {
        id
        label
      }
      experience
      gender
      availability
      availabilityNote
      capacity
      confidentialityDeclaredOn
      followUpStaff {
        id
        name
      }
      notes
      consent {
        givenOn
        text
      }
      startedOn
      stoppedOn
      load {
        activeFollowUps
        capacity
        freeCapacity
        followingSince
        lastCheckInOn
        nextCheckInDue
      }
      checkIns {
        id
        date
        note
        nextCheckInOn
        staffUser {
          id
          name
        }
      }
    }
  }
`);

const RegisterPeerCheckInDocument = graphql(`
  mutation RegisterPeerCheckIn($input: RegisterPeerCheckInInput!) {
    registerPeerCheckIn(input: $input) {
      id
    }
  }
`);

const StopVolunteerPeerDocument = graphql(`
  mutation StopVolunteerPeer($input: StopVolunteerPeerInput!) {
    stopVolunteerPeer(input: $input) {
      id
      stoppedOn
    }
  }
`);

export const PEER_PAGE_NOTICES = ['created', 'saved', 'stopped', 'checkIn'] as const;
export type PeerPageNotice = (typeof PEER_PAGE_NOTICES)[number];

/** GET likepersoner/:id; `?avslutt=1` shows the confirmation step of stopping the peer. */
export async function loadPeerPage(request: Request, params: { id: string }, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const { volunteerPeer } = await context.get(gatewayContext).query(PeerPageDocument, { id: params.id });
  const search = new URL(request.url).searchParams;
  const notice = search.get('melding') ?? '';
  return {
    portal,
    peer: volunteerPeer,
    confirmStop: search.get('avslutt') === '1' && !volunteerPeer.stoppedOn,
    notice: (PEER_PAGE_NOTICES as readonly string[]).includes(notice) ? (notice as PeerPageNotice) : null,
  };
}

export interface PeerPageActionData {
  checkIn?: { values: CheckInFormValues; errors: FormErrors<CheckInFormField> };
  stop?: { stoppedOn: string; errors: FormErrors<'stoppedOn'> };
}

/** POST likepersoner/:id: intent=checkIn registers a check-in; intent=stop (confirmed) stops the peer. */
export async function peerPageAction(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const form = await request.formData();
  const href = portalPath(portal, `likepersoner/${params.id}`);
  const intent = formText(form, 'intent');
  if (intent === 'checkIn') {
    const values = readCheckInForm(form);
    const fail = (errors: FormErrors<CheckInFormField>) =>
      data<PeerPageActionData>({ checkIn: { values, errors } }, { status: 400 });
    const local = checkInErrors(values, t);
    if (hasErrors(local)) return fail(local);
    try {
      await gateway.mutate(RegisterPeerCheckInDocument, {
        input: {
          peerId: params.id,
          date: values.date,
          note: values.note || null,
          nextCheckInOn: values.nextCheckInOn || null,
        },
      });
      return redirect(`${href}?melding=checkIn`);
    } catch (error) {
      if (isGatewayError(error, 'BAD_USER_INPUT'))
        return fail(formErrorsFromGateway(error, { fields: CHECK_IN_FORM_FIELDS, lang }));
      throw error;
    }
  }
  if (intent === 'stop' && formText(form, 'confirm') === 'yes') {
    const stoppedOn = formText(form, 'stoppedOn').trim();
    const fail = (errors: FormErrors<'stoppedOn'>) =>
      data<PeerPageActionData>({ stop: { stoppedOn, errors } }, { status: 400 });
    if (stoppedOn && !isIsoDate(stoppedOn)) {
      const errors = emptyFormErrors<'stoppedOn'>();
      errors.fields.stoppedOn = t('peers.form.dateFormat');
      return fail(errors);
    }
    const version = Number.parseInt(formText(form, 'version'), 10);
    try {
      await gateway.mutate(StopVolunteerPeerDocument, {
        input: { id: params.id, version: Number.isSafeInteger(version) ? version : 0, stoppedOn: stoppedOn || null },
      });
      return redirect(`${href}?melding=stopped`);
    } catch (error) {
      if (isGatewayError(error, 'BAD_USER_INPUT'))
        return fail(formErrorsFromGateway(error, { fields: ['stoppedOn'] as const, lang }));
      if (isGatewayError(error, 'CONFLICT')) return fail({ fields: {}, form: [t('peers.conflict.heading')] });
      throw error;
    }
  }
  return redirect(href);
}
