import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import type { CourseStatus } from '../../generated/graphql';
import { isGatewayError } from '../../shared/gateway/errors';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { formErrorsFromGateway, gatewayMessage } from '../../shared/forms/form-errors';
import { createTranslator } from '../../shared/i18n/i18n';
import { portalPath } from '../../shared/layout/portals';
import { readAttendanceForm } from './attendance-form';
import type { FacilitatorFormField, FacilitatorFormValues } from '../facilitators/facilitator-form';
import {
  FACILITATOR_FIELD_MAP,
  FACILITATOR_FORM_FIELDS,
  readFacilitatorForm,
  toCreateFacilitatorInput,
} from '../facilitators/facilitator-form';
import { COURSE_STATUSES } from './list-query';
import { CoursePageDocument } from './course.server';
import type { CancelConfirmation } from './cancel-confirmation';
import { cancelConfirmation } from './cancel-confirmation';

const ChangeCourseStatusDocument = graphql(`
  mutation ChangeTrainingCourseStatus($input: ChangeTrainingCourseStatusInput!) {
    changeTrainingCourseStatus(input: $input) {
      course {
        id
        status
      }
      completedFacilitators {
        id
        name
      }
    }
  }
`);

const EnrolDocument = graphql(`
  mutation Enrol($input: EnrolInput!) {
    enrol(input: $input) {
      gotSeat
      enrolment {
        id
        waitingPosition
        facilitator {
          name
        }
      }
    }
  }
`);

const CancelEnrolmentDocument = graphql(`
  mutation CancelEnrolment($id: ID!, $confirmed: CancelEnrolmentConfirmation) {
    cancelEnrolment(id: $id, confirmed: $confirmed) {
      enrolment {
        id
        facilitator {
          name
        }
      }
      promoted {
        id
        facilitator {
          name
        }
      }
    }
  }
`);

const ApproveAttendanceExceptionDocument = graphql(`
  mutation ApproveAttendanceException($input: ApproveAttendanceExceptionInput!) {
    approveAttendanceException(input: $input) {
      id
      facilitator {
        name
      }
    }
  }
`);

const RecordAttendanceDocument = graphql(`
  mutation RecordAttendance($courseId: ID!, $attendance: [AttendanceInput!]!) {
    recordAttendance(courseId: $courseId, attendance: $attendance) {
      id
    }
  }
`);

export type CourseStatusField = 'status' | 'reason';
export type EnrolField = FacilitatorFormField | 'facilitatorId' | 'mode';

export type CoursePageActionData =
  | { intent: 'status'; ok: true; status: CourseStatus; completed: string[] }
  | {
      intent: 'status';
      ok: false;
      conflict: boolean;
      errors: FormErrors<CourseStatusField>;
      values: Record<CourseStatusField, string>;
    }
  | { intent: 'enrol'; ok: true; name: string; gotSeat: boolean; waitingPosition: number | null }
  | {
      intent: 'enrol';
      ok: false;
      mode: 'existing' | 'new';
      errors: FormErrors<EnrolField>;
      facilitatorId: string;
      values: FacilitatorFormValues;
    }
  | { intent: 'cancel'; ok: true; name: string; promoted: string | null }
  | { intent: 'cancel'; ok: false; conflict: boolean; errors: FormErrors<never> }
  | { intent: 'cancel-confirm'; ok: true; confirmation: CancelConfirmation }
  | { intent: 'exception'; ok: true; name: string }
  | { intent: 'exception'; ok: false; enrolmentId: string; errors: FormErrors<'reason'>; reason: string }
  | { intent: 'unknown'; ok: false };

const STATUS_FIELDS: readonly CourseStatusField[] = ['status', 'reason'];

/** POST kurs/:id: change the status, enrol someone, or cancel an enrolment. */
export async function coursePageAction(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const form = await request.formData();
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const intent = formText(form, 'intent');

  if (intent === 'status') {
    const values = { status: formText(form, 'status'), reason: formText(form, 'reason').trim() };
    const fail = (errors: FormErrors<CourseStatusField>, conflict = false) =>
      data<CoursePageActionData>({ intent, ok: false, conflict, errors, values }, { status: conflict ? 409 : 400 });
    if (!(COURSE_STATUSES as readonly string[]).includes(values.status))
      return fail({ fields: { status: t('validation.required') }, form: [] });
    if (values.status === 'CANCELLED' && !values.reason)
      return fail({ fields: { reason: t('courses.status.reasonRequired') }, form: [] });
    const version = Number.parseInt(formText(form, 'version'), 10);
    try {
      const { changeTrainingCourseStatus } = await gateway.mutate(ChangeCourseStatusDocument, {
        input: {
          id: params.id,
          version: Number.isSafeInteger(version) ? version : 0,
          status: values.status as CourseStatus,
          reason: values.reason || null,
        },
      });
      return data<CoursePageActionData>({
        intent,
        ok: true,
        status: changeTrainingCourseStatus.course.status,
        completed: changeTrainingCourseStatus.completedFacilitators.map(({ name }) => name),
      });
    } catch (error) {
      if (isGatewayError(error, 'CONFLICT')) return fail({ fields: {}, form: [t('courses.status.conflict')] }, true);
      if (isGatewayError(error, 'BAD_USER_INPUT'))
        return fail(formErrorsFromGateway(error, { fields: STATUS_FIELDS, lang }));
      throw error;
    }
  }

  if (intent === 'enrol') {
    const mode = formText(form, 'mode') === 'new' ? 'new' : 'existing';
    const facilitatorId = formText(form, 'facilitatorId');
    const values = readFacilitatorForm(form);
    const fail = (errors: FormErrors<EnrolField>) =>
      data<CoursePageActionData>({ intent, ok: false, mode, errors, facilitatorId, values }, { status: 400 });
    let input;
    if (mode === 'existing') {
      if (!facilitatorId) return fail({ fields: { facilitatorId: t('validation.required') }, form: [] });
      input = { courseId: params.id, facilitatorId };
    } else {
      const parsed = toCreateFacilitatorInput(values, t);
      if (!parsed.ok) return fail(parsed.errors);
      input = { courseId: params.id, newFacilitator: parsed.input };
    }
    try {
      const { enrol } = await gateway.mutate(EnrolDocument, { input });
      return data<CoursePageActionData>({
        intent,
        ok: true,
        name: enrol.enrolment.facilitator.name,
        gotSeat: enrol.gotSeat,
        waitingPosition: enrol.enrolment.waitingPosition ?? null,
      });
    } catch (error) {
      if (isGatewayError(error, 'BAD_USER_INPUT') || isGatewayError(error, 'CONFLICT')) {
        return fail(
          formErrorsFromGateway<EnrolField>(error, {
            fields: [...FACILITATOR_FORM_FIELDS, 'facilitatorId'],
            fieldOf: FACILITATOR_FIELD_MAP,
            lang,
          }),
        );
      }
      throw error;
    }
  }

  // Cancelling takes two POSTs (it works without JavaScript): the first shows who gets the seat,
  // the second cancels only if that is still so (the gateway checks the course version and the seat).
  if (intent === 'cancel') {
    const { trainingCourse: course } = await gateway.query(CoursePageDocument, { id: params.id });
    const confirmation = cancelConfirmation(course, formText(form, 'enrolmentId'));
    if (!confirmation)
      return data<CoursePageActionData>(
        { intent, ok: false, conflict: true, errors: { fields: {}, form: [t('courses.cancel.gone')] } },
        { status: 409 },
      );
    return data<CoursePageActionData>({ intent: 'cancel-confirm', ok: true, confirmation });
  }

  if (intent === 'confirm-cancel') {
    const courseVersion = Number.parseInt(formText(form, 'courseVersion'), 10);
    const confirmed = {
      courseVersion: Number.isSafeInteger(courseVersion) ? courseVersion : -1,
      promotedEnrolmentId: formText(form, 'promotedEnrolmentId') || null,
    };
    try {
      const { cancelEnrolment } = await gateway.mutate(CancelEnrolmentDocument, {
        id: formText(form, 'enrolmentId'),
        confirmed,
      });
      return data<CoursePageActionData>({
        intent: 'cancel',
        ok: true,
        name: cancelEnrolment.enrolment.facilitator.name,
        promoted: cancelEnrolment.promoted?.facilitator.name ?? null,
      });
    } catch (error) {
      if (isGatewayError(error, 'BAD_USER_INPUT') || isGatewayError(error, 'CONFLICT')) {
        const conflict = isGatewayError(error, 'CONFLICT');
        return data<CoursePageActionData>(
          { intent: 'cancel', ok: false, conflict, errors: { fields: {}, form: [gatewayMessage(error, lang)] } },
          { status: conflict ? 409 : 400 },
        );
      }
      throw error;
    }
  }

  if (intent === 'exception') {
    const enrolmentId = formText(form, 'enrolmentId');
    const reason = formText(form, 'reason').trim();
    const fail = (errors: FormErrors<'reason'>) =>
      data<CoursePageActionData>({ intent, ok: false, enrolmentId, errors, reason }, { status: 400 });
    try {
      const { approveAttendanceException } = await gateway.mutate(ApproveAttendanceExceptionDocument, {
        input: { enrolmentId, reason },
      });
      return data<CoursePageActionData>({ intent, ok: true, name: approveAttendanceException.facilitator.name });
    } catch (error) {
      // A refusal about the participant (not needed, course closed) names no input: it goes above the field.
      if (isGatewayError(error, 'BAD_USER_INPUT') || isGatewayError(error, 'CONFLICT'))
        return fail(formErrorsFromGateway<'reason'>(error, { fields: ['reason'], lang }));
      throw error;
    }
  }

  return data<CoursePageActionData>({ intent: 'unknown', ok: false }, { status: 400 });
}

/** POST kurs/:id/oppmote: every participant × session shown, present or not, in one call. */
export async function saveAttendance(
  request: Request,
  params: { id: string },
  context: Readonly<RouterContextProvider>,
) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const form = await request.formData();
  // The register is built from the course as saved now, not from ids the browser sent back.
  const { trainingCourse: course } = await gateway.query(CoursePageDocument, { id: params.id });
  const enrolled = course.enrolments.filter((enrolment) => enrolment.status === 'ENROLLED').map(({ id }) => id);
  const attendance = readAttendanceForm(
    form,
    enrolled,
    course.sessions.map(({ id }) => id),
  );
  try {
    await gateway.mutate(RecordAttendanceDocument, { courseId: params.id, attendance });
  } catch (error) {
    if (isGatewayError(error, 'BAD_USER_INPUT') || isGatewayError(error, 'CONFLICT')) {
      return data({ errors: [gatewayMessage(error, context.get(langContext))] }, { status: 400 });
    }
    throw error;
  }
  return redirect(`${portalPath(portal, `kurs/${params.id}`)}?melding=attendance`);
}
