import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import type { Route } from './+types/list';
import { loadCourseList } from './list.server';
import { AppLink } from '../../shared/ui/app-link';
import { SelectField } from '../../shared/forms/form-fields';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { COURSE_TYPES } from './course-form';
import { courseStatusLabel, courseTypeLabel } from './labels';
import { COURSE_STATUSES, listHref } from './list-query';
import { TableScroll } from '../../shared/list/list-kit';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadCourseList(request, context);
}

export default function CourseListPage({ loaderData }: Route.ComponentProps) {
  const { t, lang, formatDate } = useI18n();
  const { portal, query, courses, totalCount, nextCursor } = loaderData;
  const base = portalPath(portal, 'kurs');
  return (
    <div className="portal-stack">
      <PageTitle>{t('training.list.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('training.list.title')}
      </Heading>
      <nav aria-label={t('facilitators.list.actions')}>
        <ul className="portal-link-list">
          <li>
            <AppLink to={`${base}/ny`}>{t('training.list.create')}</AppLink>
          </li>
          <li>
            <a href={`${base}/kalender.ics`} download>
              {t('training.list.calendar')}
            </a>
          </li>
          <li>
            <AppLink to={portalPath(portal, 'igangsettere')}>{t('facilitators.list.title')}</AppLink>
          </li>
        </ul>
      </nav>
      <Form method="get" className="portal-filters" aria-label={t('facilitators.list.filters')}>
        <SelectField id="filter-status" name="status" label={t('training.list.status')} defaultValue={query.status}>
          <option value="">{t('facilitators.list.all')}</option>
          {COURSE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {courseStatusLabel(lang, status)}
            </option>
          ))}
        </SelectField>
        <SelectField id="filter-type" name="type" label={t('training.field.type')} defaultValue={query.type}>
          <option value="">{t('facilitators.list.all')}</option>
          {COURSE_TYPES.map((type) => (
            <option key={type} value={type}>
              {courseTypeLabel(lang, type)}
            </option>
          ))}
        </SelectField>
        <div className="portal-actions">
          <Button type="submit">{t('facilitators.list.filter')}</Button>
          <AppLink to={base}>{t('facilitators.list.reset')}</AppLink>
        </div>
      </Form>
      {courses.length === 0 ? (
        <Paragraph role="status">{t('training.list.empty')}</Paragraph>
      ) : (
        <TableScroll label={t('training.list.caption', { count: totalCount })}>
          <Table>
            <caption>{t('training.list.caption', { count: totalCount })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('training.field.title')}</Table.HeaderCell>
                <Table.HeaderCell>{t('training.field.type')}</Table.HeaderCell>
                <Table.HeaderCell>{t('training.list.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('training.list.startsOn')}</Table.HeaderCell>
                <Table.HeaderCell>{t('training.list.seats')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {courses.map((course) => (
                <Table.Row key={course.id}>
                  <Table.Cell>
                    <AppLink to={`${base}/${course.id}`}>{course.title}</AppLink>
                  </Table.Cell>
                  <Table.Cell>{courseTypeLabel(lang, course.type)}</Table.Cell>
                  <Table.Cell>{courseStatusLabel(lang, course.status)}</Table.Cell>
                  <Table.Cell>{formatDate(course.startsOn)}</Table.Cell>
                  <Table.Cell>
                    {t('training.list.seatsValue', { enrolled: course.enrolledCount, capacity: course.capacity, waiting: course.waitingCount })}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {nextCursor || query.after ? (
        <nav aria-label={t('facilitators.list.pages')} className="portal-link-list">
          {query.after ? <AppLink to={`${base}${listHref({ ...query, after: '' })}`}>{t('groups.list.first')}</AppLink> : null}
          {nextCursor ? <AppLink to={`${base}${listHref({ ...query, after: nextCursor })}`}>{t('groups.list.next')}</AppLink> : null}
        </nav>
      ) : null}
    </div>
  );
}
