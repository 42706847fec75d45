import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { makeNewVolunteerPeerInputSchema, makeVolunteerPeerInputSchema, refusalsOfZodError } from '@selvhjelp/domain';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import type { PeerForEditQuery } from '../../generated/graphql';
import { isGatewayError } from '../../shared/gateway/errors';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { formErrorsFromGateway, formErrorsFromRefusals } from '../../shared/forms/form-errors';
import { todayInOslo } from '../../shared/dates/dates';
import { createTranslator } from '../../shared/i18n/i18n';
import { portalPath } from '../../shared/layout/portals';
import type { PeerFormField, PeerFormValues } from './peer-form';
import {
  draftPeerInput,
  EMPTY_PEER_FORM,
  PEER_FIELD_MAP,
  PEER_FORM_FIELDS,
  readPeerForm,
  toCreatePeerInput,
  toPeerInput,
} from './peer-form';
import { loadPeerFormOptions } from './peer-options.server';

const PeerForEditDocument = graphql(`
  query PeerForEdit($id: ID!) {
    volunteerPeer(id: $id) {
      id
      version
      name
      email
      phone
      facilitator {
        id
        name
      }
      municipality {
        number
      }
      languages
      themes {
        id
      }
      experience
      gender
      availability
      availabilityNote
      capacity
      confidentialityDeclaredOn
      followUpStaff {
        id
      }
      notes
      stoppedOn
    }
  }
`);

const CreateVolunteerPeerDocument = graphql(`
  mutation CreateVolunteerPeer($input: CreateVolunteerPeerInput!) {
    createVolunteerPeer(input: $input) {
      id
    }
  }
`);

const UpdateVolunteerPeerDocument = graphql(`
  mutation UpdateVolunteerPeer($input: UpdateVolunteerPeerInput!) {
    updateVolunteerPeer(input: $input) {
      id
      version
    }
  }
`);

export interface PeerFormActionData {
  values: PeerFormValues;
  errors: FormErrors<PeerFormField>;
  /** After a stale edit: the version to save over what is saved now. */
  conflict: { version: number } | null;
}

function toFormValues(peer: PeerForEditQuery['volunteerPeer']): PeerFormValues {
  return {
    ...EMPTY_PEER_FORM,
    person: peer.facilitator ? 'facilitator' : 'own',
    facilitatorId: peer.facilitator?.id ?? '',
    name: peer.facilitator ? '' : (peer.name ?? ''),
    email: peer.facilitator ? '' : (peer.email ?? ''),
    phone: peer.facilitator ? '' : (peer.phone ?? ''),
    municipalityNumber: peer.municipality.number,
    languages: [...peer.languages],
    themeIds: peer.themes.map(({ id }) => id),
    experience: peer.experience ?? '',
    gender: peer.gender ?? '',
    availability: peer.availability,
    availabilityNote: peer.availabilityNote ?? '',
    capacity: String(peer.capacity),
    confidentialityDeclaredOn: peer.confidentialityDeclaredOn ?? '',
    followUpStaffUserId: peer.followUpStaff?.id ?? '',
    notes: peer.notes ?? '',
  };
}

/** GET likepersoner/:id/rediger. A peer who was anonymised has nothing left to edit. */
export async function loadPeerForEdit(params: { id: string }, context: Readonly<RouterContextProvider>) {
  const options = await loadPeerFormOptions(context, false);
  const { volunteerPeer } = await context.get(gatewayContext).query(PeerForEditDocument, { id: params.id });
  if (volunteerPeer.name === null && !volunteerPeer.facilitator) throw data(null, { status: 404 });
  return {
    ...options,
    id: volunteerPeer.id,
    name: volunteerPeer.name ?? volunteerPeer.facilitator?.name ?? '',
    facilitator: volunteerPeer.facilitator,
    version: volunteerPeer.version,
    values: toFormValues(volunteerPeer),
  };
}

/** Person fields the domain's schema asks of a peer of their own; a facilitator-peer has the facilitator's. */
const PERSON_FIELDS = new Set(['name', 'email', 'phone']);

/** POST likepersoner/ny and likepersoner/:id/rediger. */
export async function savePeer(request: Request, params: { id?: string }, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const form = await request.formData();
  const id = params.id;
  const editing = id !== undefined;
  const values = readPeerForm(form);
  // An edited peer keeps who they are: linking or unlinking a facilitator is not a change of this form.
  if (editing) values.person = formText(form, 'linked') === 'true' ? 'facilitator' : 'own';
  const fail = (errors: FormErrors<PeerFormField>, conflict: PeerFormActionData['conflict'] = null) =>
    data<PeerFormActionData>({ values, errors, conflict }, { status: conflict ? 409 : 400 });
  // The form's own checks stop it before the gateway; the domain's schema (the gateway's own)
  // reads the same draft so every other rule is reported in this round too.
  const withSchema = (local: FormErrors<PeerFormField>) => {
    const today = todayInOslo();
    const draft = draftPeerInput(values);
    // The facilitator's name stands in, as the gateway does, so the schema sees a named person.
    const person =
      values.person === 'facilitator' ? { ...draft, name: 'x', email: 'x@example.no', phone: null } : draft;
    const parsed = editing
      ? makeVolunteerPeerInputSchema(today).safeParse(person)
      : makeNewVolunteerPeerInputSchema(today).safeParse({
          ...person,
          consent: { givenOn: values.consentGivenOn, text: values.consentText },
        });
    const refusals = parsed.success
      ? []
      : refusalsOfZodError(parsed.error).filter(
          ({ reason, field }) =>
            !(local.fields.contact && reason === 'EMAIL_OR_PHONE_REQUIRED') &&
            !(values.person === 'facilitator' && PERSON_FIELDS.has(field ?? '')),
        );
    return formErrorsFromRefusals(refusals, { fields: PEER_FORM_FIELDS, fieldOf: PEER_FIELD_MAP, lang, local });
  };
  try {
    if (id === undefined) {
      const parsed = toCreatePeerInput(values, t);
      if (!parsed.ok) return fail(withSchema(parsed.errors));
      const { createVolunteerPeer } = await gateway.mutate(CreateVolunteerPeerDocument, { input: parsed.input });
      return redirect(`${portalPath(portal, `likepersoner/${createVolunteerPeer.id}`)}?melding=created`);
    }
    const parsed = toPeerInput(values, t);
    if (!parsed.ok) return fail(withSchema(parsed.errors));
    const version = Number.parseInt(formText(form, 'version'), 10);
    const { updateVolunteerPeer } = await gateway.mutate(UpdateVolunteerPeerDocument, {
      input: { id, version: Number.isSafeInteger(version) ? version : 0, peer: parsed.input },
    });
    return redirect(`${portalPath(portal, `likepersoner/${updateVolunteerPeer.id}`)}?melding=saved`);
  } catch (error) {
    if (id !== undefined && isGatewayError(error, 'CONFLICT')) {
      const { volunteerPeer } = await gateway.query(PeerForEditDocument, { id });
      return fail({ fields: {}, form: [t('peers.conflict.heading')] }, { version: volunteerPeer.version });
    }
    // A facilitator who is a peer already: a conflict the form can name at its field.
    if (isGatewayError(error, 'CONFLICT'))
      return fail({ fields: { facilitatorId: t('peers.form.alreadyPeer') }, form: [] });
    if (isGatewayError(error, 'BAD_USER_INPUT'))
      return fail(formErrorsFromGateway(error, { fields: PEER_FORM_FIELDS, fieldOf: PEER_FIELD_MAP, lang }));
    throw error;
  }
}
