import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/district-courses';
import { loadDistrictCourses } from './district-registers.server';
import { CourseFilters, CourseTable } from '../courses/components/course-list';
import { listHref } from '../courses/list-query';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { Pager } from '../../shared/list/list-kit';
import { viewedDistrictPath } from './paths';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadDistrictCourses(request, context);
}

/** One district's facilitator training courses, read-only: no course page (it names trainers and participants). */
export default function DistrictCoursesPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { district, query, courses, totalCount, nextCursor } = loaderData;
  const base = viewedDistrictPath(district.id, 'kurs');
  const heading = t('districts.view.coursesHeading', { name: district.name });
  return (
    <>
      <PageTitle>{heading}</PageTitle>
      <Heading level={1} data-size="lg">
        {heading}
      </Heading>
      <CourseFilters query={query} resetHref={base} />
      <CourseTable courses={courses} totalCount={totalCount} basePath={null} />
      <Pager
        label={t('facilitators.list.pages')}
        firstHref={query.after ? `${base}${listHref({ ...query, after: '' })}` : null}
        nextHref={nextCursor ? `${base}${listHref({ ...query, after: nextCursor })}` : null}
      />
    </>
  );
}
