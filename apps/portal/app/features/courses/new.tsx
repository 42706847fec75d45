import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/new';
import { loadCourseFormOptions, saveCourse } from './course-form.server';
import { PageTitle } from '../../shared/ui/page';
import { CourseForm } from './components/course-form';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';

export function loader({ context }: Route.LoaderArgs) {
  return loadCourseFormOptions(context);
}

export function action({ request, context }: Route.ActionArgs) {
  return saveCourse(request, {}, context);
}

export default function NewCoursePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, trainers } = loaderData;
  const values = actionData?.values ?? loaderData.values;
  return (
    <div className="portal-stack">
      <PageTitle>{t('courses.new.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('courses.new.title')}
      </Heading>
      <CourseForm
        key={values.sessions.length}
        values={values}
        errors={actionData?.errors ?? emptyFormErrors()}
        trainers={trainers}
        cancelHref={portalPath(portal, 'kurs')}
      />
    </div>
  );
}
