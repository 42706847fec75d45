import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/list';
import { loadCourseList } from './list.server';
import { AppLink } from '../../shared/ui/app-link';
import { optionsOf } from '../../shared/forms/form-fields';
import { SelectFilter } from '../../shared/list/filter-fields';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { COURSE_TYPES } from './course-form';
import { courseStatusLabel, courseTypeLabel } from './labels';
import { COURSE_STATUSES, listHref } from './list-query';
import { CreateLink, ListActions, ListFilters, ListTable, Pager } from '../../shared/list/list-kit';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadCourseList(request, context);
}

export default function CourseListPage({ loaderData }: Route.ComponentProps) {
  const { t, lang, formatDate } = useI18n();
  const options = {
    status: optionsOf(COURSE_STATUSES, (status) => courseStatusLabel(lang, status)),
    type: optionsOf(COURSE_TYPES, (type) => courseTypeLabel(lang, type)),
  };
  const { portal, query, courses, totalCount, nextCursor } = loaderData;
  const base = portalPath(portal, 'kurs');
  return (
    <div className="portal-stack">
      <PageTitle>{t('courses.list.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('courses.list.title')}
      </Heading>
      <ListActions label={t('facilitators.list.actions')}>
        <CreateLink to={`${base}/ny`}>{t('courses.list.create')}</CreateLink>
        <li>
          <a href={`${base}/kalender.ics`} download>
            {t('courses.list.calendar')}
          </a>
        </li>
        <li>
          <AppLink to={portalPath(portal, 'igangsettere')}>{t('facilitators.list.title')}</AppLink>
        </li>
      </ListActions>
      <ListFilters label={t('facilitators.list.filters')} values={query} resetTo={base}>
        <SelectFilter name="status" label={t('courses.list.status')} options={options.status} />
        <SelectFilter name="type" label={t('courses.field.type')} options={options.type} />
      </ListFilters>
      <ListTable
        caption={t('courses.list.caption', { count: totalCount })}
        columns={[
          t('courses.field.title'),
          t('courses.field.type'),
          t('courses.list.status'),
          t('courses.list.startsOn'),
          t('courses.list.seats'),
        ]}
        rows={courses}
        rowKey={(course) => course.id}
        cells={(course) => [
          <AppLink key="title" to={`${base}/${course.id}`}>
            {course.title}
          </AppLink>,
          courseTypeLabel(lang, course.type),
          courseStatusLabel(lang, course.status),
          formatDate(course.startsOn),
          t('courses.list.seatsValue', {
            enrolled: course.enrolledCount,
            capacity: course.capacity,
            waiting: course.waitingCount,
          }),
        ]}
        empty={t('courses.list.empty')}
      />
      <Pager
        label={t('facilitators.list.pages')}
        firstHref={query.after ? `${base}${listHref({ ...query, after: '' })}` : null}
        nextHref={nextCursor ? `${base}${listHref({ ...query, after: nextCursor })}` : null}
      />
    </div>
  );
}
