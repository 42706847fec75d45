import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { ShouldRevalidateFunctionArgs } from 'react-router';
import { Form } from 'react-router';
import type { Route } from './+types/course';
import { coursePageAction } from './course-actions.server';
import { loadCoursePage } from './course.server';
import { AppLink } from '../../shared/ui/app-link';
import { FormAlert } from '../../shared/forms/form-fields';
import { PageTitle } from '../../shared/ui/page';
import { CourseStatusSection } from './components/course-status-section';
import { EnrolmentSection } from './components/enrolment-section';
import { CancelConfirmationForm } from './components/cancel-confirmation';
import { AttendanceExceptionSection } from './components/attendance-exception';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { courseTypeLabel } from './labels';
import { TableScroll } from '../../shared/list/list-kit';

export function loader({ request, params, context }: Route.LoaderArgs) {
  return loadCoursePage(request, params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return coursePageAction(request, params, context);
}

/** After a refused status change because of a conflict, show what is saved now. */
export function shouldRevalidate({ actionResult, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  const conflict =
    typeof actionResult === 'object' &&
    actionResult !== null &&
    (actionResult as { conflict?: unknown }).conflict === true;
  return conflict || defaultShouldRevalidate;
}

export default function CoursePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang, formatDate, formatDateTime } = useI18n();
  const { portal, course, notice, promotedOnSave, facilitators, municipalities, mayApproveExceptions } = loaderData;
  const base = portalPath(portal, 'kurs');
  const href = `${base}/${course.id}`;
  const enrolled = course.enrolments.filter((enrolment) => enrolment.status === 'ENROLLED');
  const waiting = course.enrolments
    .filter((enrolment) => enrolment.status === 'WAITING')
    .sort((a, b) => (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0));
  const open = course.status !== 'COMPLETED' && course.status !== 'CANCELLED';
  const leftWaiting = course.enrolments.filter((enrolment) => enrolment.status === 'WAITING_LIST_CLOSED');
  const cancelResult = actionData?.intent === 'cancel' ? actionData : undefined;
  const confirming = actionData?.intent === 'cancel-confirm' ? actionData.confirmation : undefined;
  const exceptionCandidates =
    mayApproveExceptions && open && course.type !== 'NETWORK_MEETING'
      ? enrolled
          .filter(
            (enrolment) =>
              !enrolment.attendanceException && enrolment.attendedSessionIds.length < course.sessions.length,
          )
          .map((enrolment) => ({ ...enrolment, attended: enrolment.attendedSessionIds.length }))
      : [];
  const exceptionText = (exception: { reason: string; approvedAt: string; approvedBy?: { name: string } | null }) =>
    t('courses.exception.approved', {
      date: formatDateTime(exception.approvedAt),
      by: exception.approvedBy?.name ?? t('courses.exception.unknownApprover'),
      reason: exception.reason,
    });
  const cancelButton = (enrolment: { id: string; facilitator: { name: string } }) => (
    <Form method="post" className="portal-inline-form">
      <input type="hidden" name="intent" value="cancel" />
      <input type="hidden" name="enrolmentId" value={enrolment.id} />
      <Button
        type="submit"
        variant="tertiary"
        data-size="sm"
        aria-label={t('courses.participants.cancelOf', { name: enrolment.facilitator.name })}
      >
        {t('courses.participants.cancel')}
      </Button>
    </Form>
  );
  return (
    <div className="portal-stack">
      <PageTitle>{course.title}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={base}>{t('courses.page.back')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {course.title}
      </Heading>
      {notice && !actionData ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t(`courses.page.notice.${notice}`)}</Paragraph>
          {promotedOnSave > 0 ? (
            <Paragraph>{t('courses.page.promotedOnSave', { count: promotedOnSave })}</Paragraph>
          ) : null}
        </Alert>
      ) : null}
      <nav aria-label={t('facilitators.list.actions')}>
        <ul className="portal-link-list">
          {open ? (
            <li>
              <AppLink to={`${href}/rediger`}>{t('courses.page.edit')}</AppLink>
            </li>
          ) : null}
          <li>
            <AppLink to={`${href}/oppmote`}>{t('courses.page.attendance')}</AppLink>
          </li>
          {course.status === 'COMPLETED' ? (
            <li>
              <AppLink to={`${href}/kursbevis`}>{t('courses.page.certificates')}</AppLink>
            </li>
          ) : null}
          <li>
            <AppLink to={`${href}/kalender.ics`} reloadDocument download>
              {t('courses.page.calendar')}
            </AppLink>
          </li>
        </ul>
      </nav>

      <dl className="portal-facts">
        <dt>{t('courses.field.type')}</dt>
        <dd>{courseTypeLabel(lang, course.type)}</dd>
        <dt>{t('courses.field.locationText')}</dt>
        <dd>
          {[course.locationText, course.online ? t('courses.field.online') : null].filter(Boolean).join(', ') ||
            t('groups.none')}
        </dd>
        <dt>{t('courses.field.capacity')}</dt>
        <dd>
          {t('courses.list.seatsValue', {
            enrolled: course.enrolledCount,
            capacity: course.capacity,
            waiting: course.waitingCount,
          })}
        </dd>
        <dt>{t('courses.field.trainerIds')}</dt>
        <dd>{course.trainers.map(({ name }) => name).join(', ') || t('groups.none')}</dd>
      </dl>

      <section aria-labelledby="sessions-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="sessions-heading">
          {t('courses.field.sessions')}
        </Heading>
        <ol>
          {course.sessions.map((session) => (
            <li key={session.id}>
              {`${formatDate(session.date)}, ${session.startTime}–${session.endTime}${session.place ? `, ${session.place}` : ''}`}
            </li>
          ))}
        </ol>
      </section>

      <CourseStatusSection course={course} result={actionData?.intent === 'status' ? actionData : undefined} />

      {course.status === 'PLANNED' || course.status === 'OPEN' ? (
        <EnrolmentSection
          facilitators={facilitators}
          municipalities={municipalities}
          result={actionData?.intent === 'enrol' ? actionData : undefined}
        />
      ) : null}

      <section aria-labelledby="participants-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="participants-heading">
          {t('courses.participants.heading', { count: enrolled.length, capacity: course.capacity })}
        </Heading>
        {cancelResult?.ok ? (
          <Alert data-color="success" role="status">
            <Paragraph>{t('courses.participants.cancelled', { name: cancelResult.name })}</Paragraph>
            {cancelResult.promoted ? (
              <Paragraph>{t('courses.participants.promoted', { name: cancelResult.promoted })}</Paragraph>
            ) : null}
          </Alert>
        ) : null}
        {cancelResult && !cancelResult.ok ? <FormAlert messages={cancelResult.errors.form} /> : null}
        {confirming ? <CancelConfirmationForm confirmation={confirming} cancelHref={href} /> : null}
        {enrolled.length === 0 ? (
          <Paragraph>{t('courses.participants.none')}</Paragraph>
        ) : (
          <TableScroll
            label={t('courses.participants.heading', { count: enrolled.length, capacity: course.capacity })}
            landmark={false}
          >
            <Table>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('facilitators.field.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('courses.participants.enrolledAt')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('facilitators.page.attended')}</Table.HeaderCell>
                  {course.status === 'COMPLETED' ? (
                    <Table.HeaderCell>{t('courses.participants.completed')}</Table.HeaderCell>
                  ) : null}
                  {enrolled.some((enrolment) => enrolment.attendanceException) ? (
                    <Table.HeaderCell>{t('courses.exception.column')}</Table.HeaderCell>
                  ) : null}
                  {open ? <Table.HeaderCell>{t('courses.participants.actions')}</Table.HeaderCell> : null}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {enrolled.map((enrolment) => (
                  <Table.Row key={enrolment.id}>
                    <Table.Cell>
                      <AppLink to={portalPath(portal, `igangsettere/${enrolment.facilitator.id}`)}>
                        {enrolment.facilitator.name}
                      </AppLink>
                    </Table.Cell>
                    <Table.Cell>{formatDateTime(enrolment.enrolledAt)}</Table.Cell>
                    <Table.Cell>{`${enrolment.attendedSessionIds.length} / ${course.sessions.length}`}</Table.Cell>
                    {course.status === 'COMPLETED' ? (
                      <Table.Cell>{enrolment.completed ? t('groups.yes') : t('groups.no')}</Table.Cell>
                    ) : null}
                    {enrolled.some((other) => other.attendanceException) ? (
                      <Table.Cell>
                        {enrolment.attendanceException
                          ? exceptionText(enrolment.attendanceException)
                          : t('groups.none')}
                      </Table.Cell>
                    ) : null}
                    {open ? <Table.Cell>{cancelButton(enrolment)}</Table.Cell> : null}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>

      {mayApproveExceptions ? (
        <AttendanceExceptionSection
          candidates={exceptionCandidates}
          sessionCount={course.sessions.length}
          result={actionData?.intent === 'exception' ? actionData : undefined}
        />
      ) : null}

      <section aria-labelledby="waiting-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="waiting-heading">
          {t('courses.waiting.heading', { count: waiting.length })}
        </Heading>
        {leftWaiting.length > 0 ? (
          <>
            <Paragraph>{t('courses.waiting.closed')}</Paragraph>
            <ul>
              {leftWaiting.map((enrolment) => (
                <li key={enrolment.id}>
                  <AppLink to={portalPath(portal, `igangsettere/${enrolment.facilitator.id}`)}>
                    {enrolment.facilitator.name}
                  </AppLink>
                </li>
              ))}
            </ul>
          </>
        ) : waiting.length === 0 ? (
          <Paragraph>{t('courses.waiting.none')}</Paragraph>
        ) : (
          <TableScroll label={t('courses.waiting.heading', { count: waiting.length })} landmark={false}>
            <Table>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('courses.waiting.position')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('facilitators.field.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('courses.participants.enrolledAt')}</Table.HeaderCell>
                  {open ? <Table.HeaderCell>{t('courses.participants.actions')}</Table.HeaderCell> : null}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {waiting.map((enrolment) => (
                  <Table.Row key={enrolment.id}>
                    <Table.Cell>{enrolment.waitingPosition ?? ''}</Table.Cell>
                    <Table.Cell>
                      <AppLink to={portalPath(portal, `igangsettere/${enrolment.facilitator.id}`)}>
                        {enrolment.facilitator.name}
                      </AppLink>
                    </Table.Cell>
                    <Table.Cell>{formatDateTime(enrolment.enrolledAt)}</Table.Cell>
                    {open ? <Table.Cell>{cancelButton(enrolment)}</Table.Cell> : null}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>
    </div>
  );
}
