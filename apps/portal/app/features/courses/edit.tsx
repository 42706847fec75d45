import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/edit';
import { loadCourseForEdit, saveCourse } from './course-form.server';
import { PageTitle } from '../../shared/ui/page';
import { CourseForm } from './components/course-form';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadCourseForEdit(params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return saveCourse(request, params, context);
}

export default function EditCoursePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, id, title, version, trainers } = loaderData;
  const values = actionData?.values ?? loaderData.values;
  return (
    <div className="portal-stack">
      <PageTitle>{t('courses.edit.title', { title })}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('courses.edit.title', { title })}
      </Heading>
      <CourseForm
        key={values.sessions.length}
        values={values}
        errors={actionData?.errors ?? emptyFormErrors()}
        conflict={actionData?.conflict ?? null}
        version={version}
        trainers={trainers}
        cancelHref={portalPath(portal, `kurs/${id}`)}
        reloadHref={portalPath(portal, `kurs/${id}/rediger`)}
      />
    </div>
  );
}
