import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/list';
import { loadCourseList } from './list.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { CourseFilters, CourseTable } from './components/course-list';
import { listHref } from './list-query';
import { CreateLink, ListActions, Pager } from '../../shared/list/list-kit';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadCourseList(request, context);
}

export default function CourseListPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
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
      <CourseFilters query={query} resetHref={base} />
      <CourseTable courses={courses} totalCount={totalCount} basePath={base} />
      <Pager
        label={t('facilitators.list.pages')}
        firstHref={query.after ? `${base}${listHref({ ...query, after: '' })}` : null}
        nextHref={nextCursor ? `${base}${listHref({ ...query, after: nextCursor })}` : null}
      />
    </div>
  );
}
