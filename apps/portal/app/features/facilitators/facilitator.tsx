import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import type { Route } from './+types/facilitator';
import { facilitatorPageAction, loadFacilitatorPage } from './facilitator.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { languageName, statusLabel, themeLabel } from '../groups/labels';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { availabilityLabel, courseTypeLabel, enrolmentStatusLabel, qualificationLabel } from '../courses/labels';
import { TableScroll } from '../../shared/list/list-kit';

export function loader({ request, params, context }: Route.LoaderArgs) {
  return loadFacilitatorPage(request, params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return facilitatorPageAction(request, params, context);
}

export default function FacilitatorPage({ loaderData }: Route.ComponentProps) {
  const { t, lang, formatDate, formatDateTime } = useI18n();
  const { portal, facilitator, confirmForget, notice } = loaderData;
  const base = portalPath(portal, 'igangsettere');
  const href = `${base}/${facilitator.id}`;
  const none = t('groups.none');
  const forgotten = Boolean(facilitator.forgottenAt);
  const name = forgotten ? t('facilitators.page.forgottenName') : facilitator.name;
  return (
    <div className="portal-stack">
      <PageTitle>{name}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={base}>{t('facilitators.page.back')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {name}
      </Heading>
      {notice ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t(`facilitators.page.notice.${notice}`)}</Paragraph>
        </Alert>
      ) : null}
      {forgotten && facilitator.forgottenAt ? (
        <Paragraph>{t('facilitators.page.forgottenAt', { date: formatDateTime(facilitator.forgottenAt) })}</Paragraph>
      ) : (
        <div className="portal-actions">
          <AppLink to={`${href}/rediger`}>{t('facilitators.page.edit')}</AppLink>
        </div>
      )}

      <section aria-labelledby="contact-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="contact-heading">
          {t('facilitators.page.contact')}
        </Heading>
        <dl className="portal-facts">
          <dt>{t('facilitators.field.email')}</dt>
          <dd>{facilitator.email ?? none}</dd>
          <dt>{t('facilitators.field.phone')}</dt>
          <dd>{facilitator.phone ?? none}</dd>
          <dt>{t('facilitators.field.municipality')}</dt>
          <dd>{facilitator.municipality.name}</dd>
          <dt>{t('facilitators.field.languages')}</dt>
          <dd>{facilitator.languages.map((code) => languageName(lang, code)).join(', ') || none}</dd>
          <dt>{t('facilitators.field.themes')}</dt>
          <dd>{facilitator.themes.map((theme) => themeLabel(lang, theme)).join(', ') || none}</dd>
          <dt>{t('facilitators.field.availability')}</dt>
          <dd>{availabilityLabel(lang, facilitator.availability)}</dd>
          <dt>{t('facilitators.field.notes')}</dt>
          <dd className="portal-pre-line">{facilitator.notes ?? none}</dd>
          <dt>{t('facilitators.page.consent')}</dt>
          <dd>
            {facilitator.consent ? `${formatDate(facilitator.consent.givenOn)}: ${facilitator.consent.text}` : none}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="qualification-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="qualification-heading">
          {t('facilitators.page.qualification')}
        </Heading>
        <dl className="portal-facts">
          <dt>{t('courses.list.status')}</dt>
          <dd>{qualificationLabel(lang, facilitator.qualification.status)}</dd>
          <dt>{t('facilitators.page.basicCompletedOn')}</dt>
          <dd>
            {facilitator.qualification.basicCompletedOn ? formatDate(facilitator.qualification.basicCompletedOn) : none}
          </dd>
          <dt>{t('facilitators.page.lapsesOn')}</dt>
          <dd>{facilitator.qualification.lapsesOn ? formatDate(facilitator.qualification.lapsesOn) : none}</dd>
        </dl>
      </section>

      <section aria-labelledby="assignments-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="assignments-heading">
          {t('facilitators.page.assignments')}
        </Heading>
        {facilitator.assignments.length === 0 ? (
          <Paragraph>{t('facilitators.page.noAssignments')}</Paragraph>
        ) : (
          <TableScroll label={t('facilitators.page.assignments')} landmark={false}>
            <Table>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('facilitators.page.group')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('facilitators.page.groupStatus')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('facilitators.page.from')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('facilitators.page.to')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {facilitator.assignments.map((assignment) => (
                  <Table.Row key={assignment.id}>
                    <Table.Cell>
                      <AppLink to={portalPath(portal, `grupper/${assignment.group.id}`)}>
                        {assignment.group.name}
                      </AppLink>
                    </Table.Cell>
                    <Table.Cell>{statusLabel(lang, assignment.group.status)}</Table.Cell>
                    <Table.Cell>{formatDate(assignment.fromDate)}</Table.Cell>
                    <Table.Cell>
                      {assignment.toDate ? formatDate(assignment.toDate) : t('facilitators.page.ongoing')}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="training-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="training-heading">
          {t('facilitators.page.training')}
        </Heading>
        {facilitator.trainingHistory.length === 0 ? (
          <Paragraph>{t('facilitators.page.noTraining')}</Paragraph>
        ) : (
          <TableScroll label={t('facilitators.page.training')} landmark={false}>
            <Table>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('courses.field.title')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('courses.field.type')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('courses.list.startsOn')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('facilitators.page.enrolment')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('facilitators.page.attended')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('facilitators.page.completedOn')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {facilitator.trainingHistory.map((entry) => (
                  <Table.Row key={entry.course.id}>
                    <Table.Cell>
                      <AppLink to={portalPath(portal, `kurs/${entry.course.id}`)}>{entry.course.title}</AppLink>
                    </Table.Cell>
                    <Table.Cell>{courseTypeLabel(lang, entry.course.type)}</Table.Cell>
                    <Table.Cell>{formatDate(entry.course.startsOn)}</Table.Cell>
                    <Table.Cell>{enrolmentStatusLabel(lang, entry.enrolmentStatus)}</Table.Cell>
                    <Table.Cell>{`${entry.sessionsAttended} / ${entry.course.sessions.length}`}</Table.Cell>
                    <Table.Cell>{entry.completedOn ? formatDate(entry.completedOn) : none}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>

      {forgotten ? null : (
        <section aria-labelledby="forget-heading" className="portal-stack">
          <Heading level={2} data-size="sm" id="forget-heading">
            {t('facilitators.forget.heading')}
          </Heading>
          <Paragraph>{t('facilitators.forget.removed')}</Paragraph>
          <Paragraph>{t('facilitators.forget.kept')}</Paragraph>
          {confirmForget ? (
            <Form method="post" className="portal-form">
              <input type="hidden" name="intent" value="forget" />
              <input type="hidden" name="confirm" value="yes" />
              <Alert data-color="danger">
                <Paragraph>{t('facilitators.forget.confirmText', { name: facilitator.name })}</Paragraph>
              </Alert>
              <div className="portal-actions">
                <Button type="submit" data-color="danger">
                  {t('facilitators.forget.confirm')}
                </Button>
                <AppLink to={href}>{t('facilitators.form.cancel')}</AppLink>
              </div>
            </Form>
          ) : (
            <Form method="get" action={href}>
              <input type="hidden" name="glem" value="1" />
              <Button type="submit" variant="secondary" data-color="danger">
                {t('facilitators.forget.start')}
              </Button>
            </Form>
          )}
        </section>
      )}
    </div>
  );
}
