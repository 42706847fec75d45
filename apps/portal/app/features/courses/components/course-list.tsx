import { AppLink } from '../../../shared/ui/app-link';
import type { CourseStatus, CourseType } from '../../../generated/graphql';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { courseStatusLabel, courseTypeLabel } from '../labels';
import { optionsOf } from '../../../shared/forms/form-fields';
import { SelectFilter } from '../../../shared/list/filter-fields';
import { ListFilters, ListTable } from '../../../shared/list/list-kit';
import { COURSE_TYPES } from '../course-form';
import type { CourseListQuery } from '../list-query';
import { COURSE_STATUSES } from '../list-query';

/** The list's filters: a GET form, so the address holds the state and works without JavaScript. */
export function CourseFilters({ query, resetHref }: { query: CourseListQuery; resetHref: string }) {
  const { t, lang } = useI18n();
  const options = {
    status: optionsOf(COURSE_STATUSES, (status) => courseStatusLabel(lang, status)),
    type: optionsOf(COURSE_TYPES, (type) => courseTypeLabel(lang, type)),
  };
  return (
    <ListFilters label={t('facilitators.list.filters')} values={query} resetTo={resetHref}>
      <SelectFilter name="status" label={t('courses.list.status')} options={options.status} />
      <SelectFilter name="type" label={t('courses.field.type')} options={options.type} />
    </ListFilters>
  );
}

export interface CourseRow {
  id: string;
  title: string;
  type: CourseType;
  status: CourseStatus;
  startsOn: string;
  capacity: number;
  enrolledCount: number;
  waitingCount: number;
}

/**
 * One page of courses, or the empty state. The title links to the course under `basePath`; the
 * national office reads a district's courses without a course page (`basePath` null), since the
 * page names trainers and participants.
 */
export function CourseTable({
  courses,
  totalCount,
  basePath,
}: {
  courses: readonly CourseRow[];
  totalCount: number;
  basePath: string | null;
}) {
  const { t, lang, formatDate } = useI18n();
  return (
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
        basePath ? (
          <AppLink key="title" to={`${basePath}/${course.id}`}>
            {course.title}
          </AppLink>
        ) : (
          course.title
        ),
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
  );
}
