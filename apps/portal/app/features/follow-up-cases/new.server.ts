import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { districtContext, gatewayContext, langContext, viewerContext } from '../../context.server';
import { graphql } from '../../generated';
import { isGatewayError } from '../../shared/gateway/errors';
import { blankToNull, formText } from '../../shared/forms/form-data';
import { emptyFormErrors, formErrorsFromGateway, gatewayMessage } from '../../shared/forms/form-errors';
import { portalPath } from '../../shared/layout/portals';

import { staffOptions } from './staff-options.server';

const OpenCaseDocument = graphql(`
  mutation PortalOpenCase($input: OpenFollowUpCaseInput!) {
    openFollowUpCase(input: $input) {
      id
    }
  }
`);

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
