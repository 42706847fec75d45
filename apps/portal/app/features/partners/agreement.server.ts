import type { RouterContextProvider } from 'react-router';
import { agreementInputSchema, DEFAULT_ATTACHMENT_MAX_BYTES } from '@selvhjelp/domain';
import { data, redirect } from 'react-router';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import type { AgreementForEditQuery } from '../../generated/graphql';
import { isGatewayError } from '../../shared/gateway/errors';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import type { Lang, Translate } from '../../shared/i18n/i18n';
import { createTranslator } from '../../shared/i18n/i18n';
import type { AgreementFormField, AgreementFormValues } from './agreement-form';
import {
  AGREEMENT_FORM_FIELDS,
  AGREEMENT_FORM_MAX_BYTES,
  attachmentProblem,
  EMPTY_AGREEMENT_FORM,
  readAgreementForm,
  toAgreementInput,
} from './agreement-form';
import { formatByteSize } from './labels';
import type { FormWithFile } from '../groups/upload.server';
import { readFormWithFile, UploadError } from '../groups/upload.server';
import { formVersion } from './contact-form';
import { formErrorsFromGateway, formErrorsFromSchema } from '../../shared/forms/form-errors';
import { partnerFieldOf } from './partner-form-errors';
import { portalPath } from '../../shared/layout/portals';

const AgreementForEditDocument = graphql(`
  query AgreementForEdit($id: ID!) {
    agreement(id: $id) {
      id
      version
      title
      startsOn
      endsOn
      scope
      attachment {
        id
        fileName
        byteSize
      }
      partner {
        id
        name
      }
    }
  }
`);

const CreateAgreementDocument = graphql(`
  mutation CreateAgreement($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      id
    }
  }
`);

const UpdateAgreementDocument = graphql(`
  mutation UpdateAgreement($input: UpdateAgreementInput!) {
    updateAgreement(input: $input) {
      id
      version
    }
  }
`);

const RemoveAgreementDocument = graphql(`
  mutation RemoveAgreement($id: ID!) {
    removeAgreement(id: $id)
  }
`);

const tooLarge = (t: Translate, lang: Lang) =>
  t('partners.agreement.tooLarge', { max: formatByteSize(lang, DEFAULT_ATTACHMENT_MAX_BYTES) });

export type AgreementActionData =
  | {
      intent: 'save';
      values: AgreementFormValues;
      errors: FormErrors<AgreementFormField>;
      conflict: boolean;
      fileDropped: boolean;
    }
  | { intent: 'remove' };

function agreementToFormValues(agreement: AgreementForEditQuery['agreement']): AgreementFormValues {
  return {
    title: agreement.title,
    startsOn: agreement.startsOn,
    endsOn: agreement.endsOn ?? '',
    scope: agreement.scope,
    removeAttachment: false,
  };
}

/** The agreement of `…/avtaler/:agreementId`; 404 when it belongs to another partner than the address says. */
export async function loadAgreement(
  params: { id: string; agreementId: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const { agreement } = await context.get(gatewayContext).query(AgreementForEditDocument, { id: params.agreementId });
  if (agreement.partner.id !== params.id) throw data(null, { status: 404 });
  return { portal, agreement, values: agreementToFormValues(agreement) };
}

/**
 * POST …/avtaler/ny and …/avtaler/:agreementId (multipart, with an optional document); on an
 * agreement also intent=remove (asks to confirm) and intent=confirm-remove.
 */
export async function saveAgreement(
  request: Request,
  params: { id: string; agreementId?: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  let read: FormWithFile;
  try {
    read = await readFormWithFile(request, {
      maxFileBytes: DEFAULT_ATTACHMENT_MAX_BYTES,
      maxBodyBytes: AGREEMENT_FORM_MAX_BYTES,
    });
  } catch (error) {
    if (!(error instanceof UploadError)) throw error;
    // Far over the limit: refused while reading, so the other fields are gone too.
    const values =
      params.agreementId === undefined
        ? EMPTY_AGREEMENT_FORM
        : (await loadAgreement({ id: params.id, agreementId: params.agreementId }, context)).values;
    return data<AgreementActionData>(
      {
        intent: 'save',
        values,
        errors: { fields: { attachment: tooLarge(t, lang) }, form: [] },
        conflict: false,
        fileDropped: true,
      },
      { status: 413 },
    );
  }
  const { form, tooLargeFile } = read;
  const partnerPage = portalPath(portal, `samarbeidspartnere/${params.id}`);
  const intent = formText(form, 'intent');
  if (params.agreementId !== undefined && intent === 'remove') return data<AgreementActionData>({ intent: 'remove' });
  if (params.agreementId !== undefined && intent === 'confirm-remove') {
    await loadAgreement({ id: params.id, agreementId: params.agreementId }, context);
    await gateway.mutate(RemoveAgreementDocument, { id: params.agreementId });
    return redirect(`${partnerPage}?melding=agreementRemoved#agreements-heading`);
  }

  const { values, file } = readAgreementForm(form);
  const fail = (errors: FormErrors<AgreementFormField>, conflict = false) =>
    data<AgreementActionData>(
      { intent: 'save', values, errors, conflict, fileDropped: file !== null || tooLargeFile !== null },
      { status: conflict ? 409 : 400 },
    );
  const parsed = toAgreementInput(values, t);
  const problem = tooLargeFile ? tooLarge(t, lang) : file ? attachmentProblem(file, t, lang) : null;
  if (!parsed.ok || problem) {
    // The form's own checks stop it before the gateway; the domain's schema reads the same
    // agreement, so a text over its limit is reported in this round too.
    const local = parsed.ok ? { fields: {}, form: [] } : parsed.errors;
    const draft = {
      title: values.title,
      startsOn: values.startsOn,
      endsOn: values.endsOn || null,
      scope: values.scope,
    };
    const errors = parsed.ok
      ? local
      : formErrorsFromSchema(agreementInputSchema, draft, { fields: AGREEMENT_FORM_FIELDS, lang, local });
    if (problem) errors.fields.attachment = problem;
    return fail(errors);
  }
  try {
    if (params.agreementId === undefined) {
      await gateway.mutateWithFiles(CreateAgreementDocument, {
        input: { partnerId: params.id, agreement: parsed.input, attachment: file },
      });
      return redirect(`${partnerPage}?melding=agreementCreated#agreements-heading`);
    }
    await loadAgreement({ id: params.id, agreementId: params.agreementId }, context);
    await gateway.mutateWithFiles(UpdateAgreementDocument, {
      input: {
        id: params.agreementId,
        version: formVersion(form),
        agreement: parsed.input,
        attachment: file,
        removeAttachment: file === null && values.removeAttachment,
      },
    });
    return redirect(`${partnerPage}?melding=agreementSaved#agreements-heading`);
  } catch (error) {
    if (params.agreementId !== undefined && isGatewayError(error, 'CONFLICT'))
      return fail({ fields: {}, form: [t('partners.form.conflict')] }, true);
    if (isGatewayError(error, 'BAD_USER_INPUT'))
      return fail(
        formErrorsFromGateway(error, {
          fields: AGREEMENT_FORM_FIELDS,
          fieldOf: partnerFieldOf(AGREEMENT_FORM_FIELDS),
          lang,
        }),
      );
    throw error;
  }
}
