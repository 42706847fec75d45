import type { RouterContextProvider } from 'react-router';
import { data, redirect } from 'react-router';
import { districtContext, gatewayContext, langContext } from '../../context.server';
import { graphql } from '../../generated';
import type { CourseForEditQuery } from '../../generated/graphql';
import { isGatewayError } from '../../shared/gateway/errors';
import { formText } from '../../shared/forms/form-data';
import type { FormErrors } from '../../shared/forms/form-errors';
import { emptyFormErrors, formErrorsFromGateway, formErrorsFromSchema } from '../../shared/forms/form-errors';
import { courseInputSchema } from '@selvhjelp/domain';
import { createTranslator } from '../../shared/i18n/i18n';
import { portalPath } from '../../shared/layout/portals';
import type { CourseFormField, CourseFormValues } from './course-form';
import {
  courseFieldOfPath,
  EMPTY_COURSE_FORM,
  readCourseForm,
  toTrainingCourseInput,
  withSessionRows,
} from './course-form';

const CourseTrainerOptionsDocument = graphql(`
  query CourseTrainerOptions($districtId: ID) {
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

const CourseForEditDocument = graphql(`
  query CourseForEdit($id: ID!) {
    trainingCourse(id: $id) {
      id
      version
      title
      type
      locationText
      online
      capacity
      trainers {
        id
      }
      sessions {
        id
        date
        startTime
        endTime
        place
      }
    }
  }
`);

const CreateCourseDocument = graphql(`
  mutation CreateTrainingCourse($course: TrainingCourseInput!) {
    createTrainingCourse(course: $course) {
      id
    }
  }
`);

const UpdateCourseDocument = graphql(`
  mutation UpdateTrainingCourse($input: UpdateTrainingCourseInput!) {
    updateTrainingCourse(input: $input) {
      course {
        id
      }
      promoted {
        id
      }
    }
  }
`);

export interface CourseFormActionData {
  values: CourseFormValues;
  errors: FormErrors<CourseFormField>;
  conflict: { current: CourseFormValues; version: number } | null;
}

function toFormValues(course: CourseForEditQuery['trainingCourse']): CourseFormValues {
  return {
    type: course.type,
    title: course.title,
    locationText: course.locationText ?? '',
    online: course.online,
    capacity: String(course.capacity),
    trainerIds: course.trainers.map(({ id }) => id),
    sessions: withSessionRows(
      course.sessions.map(({ date, startTime, endTime, place }) => ({ date, startTime, endTime, place: place ?? '' })),
      course.sessions.length + 2,
    ),
  };
}

/** The district's staff, offered as trainers. */
export async function loadCourseFormOptions(context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const { staffUsers } = await context
    .get(gatewayContext)
    .query(CourseTrainerOptionsDocument, { districtId: portal.districtId });
  return { portal, trainers: staffUsers.edges.map(({ node }) => node), values: EMPTY_COURSE_FORM };
}

export async function loadCourseForEdit(params: { id: string }, context: Readonly<RouterContextProvider>) {
  const options = await loadCourseFormOptions(context);
  const { trainingCourse } = await context.get(gatewayContext).query(CourseForEditDocument, { id: params.id });
  return {
    ...options,
    id: trainingCourse.id,
    title: trainingCourse.title,
    version: trainingCourse.version,
    values: toFormValues(trainingCourse),
  };
}

/**
 * POST kurs/ny and kurs/:id/rediger. `intent=addSession` only shows the form again with one
 * more session row (no JavaScript needed); `intent=save` saves.
 */
export async function saveCourse(request: Request, params: { id?: string }, context: Readonly<RouterContextProvider>) {
  const portal = context.get(districtContext);
  const gateway = context.get(gatewayContext);
  const lang = context.get(langContext);
  const t = createTranslator(lang);
  const form = await request.formData();
  const values = readCourseForm(form);
  const fail = (errors: FormErrors<CourseFormField>, conflict: CourseFormActionData['conflict'] = null) =>
    data<CourseFormActionData>({ values, errors, conflict }, { status: conflict ? 409 : 400 });
  if (formText(form, 'intent') === 'addSession') {
    const sessions = withSessionRows(values.sessions, values.sessions.length + 1);
    return data<CourseFormActionData>({ values: { ...values, sessions }, errors: emptyFormErrors(), conflict: null });
  }
  const parsed = toTrainingCourseInput(values, t);
  if (!parsed.ok) {
    // The form's own checks stop it before the gateway; the domain's schema (the gateway's own)
    // reads the same draft, so a session's times are reported with a missing title, on their row.
    const { rowOfSession } = parsed;
    return fail(
      formErrorsFromSchema(courseInputSchema, parsed.draft, {
        fieldOf: (path: string) => courseFieldOfPath(path, rowOfSession),
        lang,
        local: parsed.errors,
      }),
    );
  }
  try {
    if (params.id === undefined) {
      const { createTrainingCourse } = await gateway.mutate(CreateCourseDocument, { course: parsed.input });
      return redirect(`${portalPath(portal, `kurs/${createTrainingCourse.id}`)}?melding=created`);
    }
    const version = Number.parseInt(formText(form, 'version'), 10);
    const { updateTrainingCourse } = await gateway.mutate(UpdateCourseDocument, {
      input: { id: params.id, version: Number.isSafeInteger(version) ? version : 0, course: parsed.input },
    });
    const promoted = updateTrainingCourse.promoted.length;
    return redirect(
      `${portalPath(portal, `kurs/${updateTrainingCourse.course.id}`)}?melding=saved${promoted > 0 ? `&flyttet=${promoted}` : ''}`,
    );
  } catch (error) {
    if (params.id !== undefined && isGatewayError(error, 'CONFLICT')) {
      const { trainingCourse } = await gateway.query(CourseForEditDocument, { id: params.id });
      return fail(
        { fields: {}, form: [t('courses.form.conflict')] },
        { current: toFormValues(trainingCourse), version: trainingCourse.version },
      );
    }
    if (isGatewayError(error, 'BAD_USER_INPUT'))
      return fail(
        formErrorsFromGateway(error, { fieldOf: (path: string) => courseFieldOfPath(path, parsed.rowOfSession), lang }),
      );
    throw error;
  }
}
