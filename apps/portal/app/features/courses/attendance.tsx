import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, useNavigation } from 'react-router';
import type { Route } from './+types/attendance';
import { saveAttendance } from './course-actions.server';
import { loadCourse } from './course.server';
import { AppLink } from '../../shared/ui/app-link';
import { FormAlert } from '../../shared/forms/form-fields';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { attendanceFieldName } from './attendance-form';
import { TableScroll } from '../../shared/list/list-kit';

export function loader({ params, context }: Route.LoaderArgs) {
  return loadCourse(params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return saveAttendance(request, params, context);
}

/** One row per participant, one checkbox column per session, one submit. */
export default function AttendancePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const navigation = useNavigation();
  const { portal, course } = loaderData;
  const href = portalPath(portal, `kurs/${course.id}`);
  const enrolled = course.enrolments.filter((enrolment) => enrolment.status === 'ENROLLED');
  return (
    <div className="portal-stack">
      <PageTitle>{t('courses.attendance.title', { title: course.title })}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={href}>{t('courses.attendance.back')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('courses.attendance.title', { title: course.title })}
      </Heading>
      <FormAlert messages={actionData?.errors ?? []} />
      {enrolled.length === 0 || course.sessions.length === 0 ? (
        <Paragraph>{t('courses.participants.none')}</Paragraph>
      ) : (
        <Form method="post" className="portal-stack">
          <TableScroll label={t('courses.attendance.caption')}>
            <Table className="portal-attendance">
              <caption>{t('courses.attendance.caption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('facilitators.field.name')}</Table.HeaderCell>
                  {course.sessions.map((session, index) => (
                    <Table.HeaderCell scope="col" key={session.id}>
                      {t('courses.attendance.session', { n: index + 1 })}
                      <br />
                      <span className="ds-body-text" data-size="xs">
                        {formatDate(session.date)}
                      </span>
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {enrolled.map((enrolment) => (
                  <Table.Row key={enrolment.id}>
                    <Table.HeaderCell scope="row">{enrolment.facilitator.name}</Table.HeaderCell>
                    {course.sessions.map((session, index) => {
                      const id = `present-${enrolment.id}-${session.id}`;
                      return (
                        <Table.Cell key={session.id}>
                          <input
                            className="ds-input"
                            type="checkbox"
                            id={id}
                            name={attendanceFieldName(enrolment.id, session.id)}
                            value="true"
                            defaultChecked={enrolment.attendedSessionIds.includes(session.id)}
                            aria-label={t('courses.attendance.checkbox', {
                              name: enrolment.facilitator.name,
                              n: index + 1,
                            })}
                          />
                        </Table.Cell>
                      );
                    })}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
          <div className="portal-actions">
            <Button type="submit" loading={navigation.state === 'submitting'}>
              {t('courses.attendance.save')}
            </Button>
            <AppLink to={href}>{t('facilitators.form.cancel')}</AppLink>
          </div>
        </Form>
      )}
    </div>
  );
}
