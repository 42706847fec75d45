import { Alert, Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import type { Route } from './+types/peer';
import { loadPeerPage, peerPageAction } from './peer.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { languageName, themeLabel } from '../groups/labels';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { TableScroll } from '../../shared/list/list-kit';
import { FormErrorSummary, summaryOf } from '../../shared/forms/error-summary';
import { emptyFormErrors } from '../../shared/forms/form-errors';
import { TextareaField, TextField } from '../../shared/forms/form-fields';
import type { MessageKey } from '../../shared/i18n/i18n';
import { peerAvailabilityLabel, peerGenderLabel, peerName } from './labels';
import type { CheckInFormField } from './peer-form';
import { CHECK_IN_FORM_FIELDS } from './peer-form';

export function loader({ request, params, context }: Route.LoaderArgs) {
  return loadPeerPage(request, params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return peerPageAction(request, params, context);
}

const checkInId = (field: CheckInFormField) => `check-in-${field}`;

export default function PeerPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang, formatDate } = useI18n();
  const { portal, peer, confirmStop, notice } = loaderData;
  const base = portalPath(portal, 'likepersoner');
  const href = `${base}/${peer.id}`;
  const none = t('peers.none');
  const name = peerName(peer) ?? t('peers.page.anonymised');
  const checkIn = actionData?.checkIn ?? {
    values: { date: '', note: '', nextCheckInOn: '' },
    errors: emptyFormErrors(),
  };
  const checkInLabel = (field: CheckInFormField) => t(`peers.checkIns.field.${field}` as MessageKey);
  const stop = actionData?.stop ?? { stoppedOn: '', errors: emptyFormErrors<'stoppedOn'>() };
  return (
    <div className="portal-stack">
      <PageTitle>{name}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={base}>{t('peers.page.back')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {name}
      </Heading>
      {notice ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t(`peers.page.notice.${notice}`)}</Paragraph>
        </Alert>
      ) : null}
      {peer.stoppedOn ? null : (
        <div className="portal-actions">
          <AppLink to={`${href}/rediger`}>{t('peers.page.edit')}</AppLink>
        </div>
      )}

      <section aria-labelledby="peer-details-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="peer-details-heading">
          {t('peers.page.details')}
        </Heading>
        <dl className="portal-facts">
          <dt>{t('peers.field.email')}</dt>
          <dd>{peer.email ?? none}</dd>
          <dt>{t('peers.field.phone')}</dt>
          <dd>{peer.phone ?? none}</dd>
          <dt>{t('peers.field.municipalityNumber')}</dt>
          <dd>{peer.municipality.name}</dd>
          <dt>{t('peers.field.languages')}</dt>
          <dd>{peer.languages.map((code) => languageName(lang, code)).join(', ') || none}</dd>
          <dt>{t('peers.field.themeIds')}</dt>
          <dd>{peer.themes.map((theme) => themeLabel(lang, theme)).join(', ') || none}</dd>
          <dt>{t('peers.field.experience')}</dt>
          <dd className="portal-pre-line">{peer.experience ?? none}</dd>
          <dt>{t('peers.field.gender')}</dt>
          <dd>{peer.gender ? peerGenderLabel(lang, peer.gender) : none}</dd>
          <dt>{t('peers.field.availability')}</dt>
          <dd>
            {peerAvailabilityLabel(lang, peer.availability)}
            {peer.availabilityNote ? ` – ${peer.availabilityNote}` : ''}
          </dd>
          <dt>{t('peers.list.declaration')}</dt>
          <dd>
            {peer.confidentialityDeclaredOn ? (
              t('peers.declaration.signedOn', { date: formatDate(peer.confidentialityDeclaredOn) })
            ) : (
              <Tag data-color="danger">{t('peers.declaration.missing')}</Tag>
            )}
          </dd>
          <dt>{t('peers.field.followUpStaffUserId')}</dt>
          <dd>{peer.followUpStaff?.name ?? none}</dd>
          <dt>{t('peers.field.notes')}</dt>
          <dd className="portal-pre-line">{peer.notes ?? none}</dd>
          <dt>{t('peers.page.consent')}</dt>
          <dd>{peer.consent ? `${formatDate(peer.consent.givenOn)}: ${peer.consent.text}` : none}</dd>
          <dt>{t('peers.page.startedOn')}</dt>
          <dd>{formatDate(peer.startedOn)}</dd>
          {peer.stoppedOn ? (
            <>
              <dt>{t('peers.page.stoppedOn')}</dt>
              <dd>{formatDate(peer.stoppedOn)}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="peer-load-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="peer-load-heading">
          {t('peers.page.load')}
        </Heading>
        <dl className="portal-facts" data-testid="peer-load">
          <dt>{t('peers.page.activeFollowUps')}</dt>
          <dd>
            {t('peers.load.of', { count: String(peer.load.activeFollowUps), capacity: String(peer.load.capacity) })}
          </dd>
          <dt>{t('peers.page.followingSince')}</dt>
          <dd>{peer.load.followingSince ? formatDate(peer.load.followingSince) : none}</dd>
          <dt>{t('peers.page.lastCheckInOn')}</dt>
          <dd>{peer.load.lastCheckInOn ? formatDate(peer.load.lastCheckInOn) : none}</dd>
          <dt>{t('peers.page.nextCheckInDue')}</dt>
          <dd>{peer.load.nextCheckInDue ? formatDate(peer.load.nextCheckInDue) : none}</dd>
        </dl>
        <Paragraph data-size="sm">{t('peers.page.casesHint')}</Paragraph>
      </section>

      {peer.facilitator ? (
        <section aria-labelledby="peer-facilitator-heading" className="portal-stack">
          <Heading level={2} data-size="sm" id="peer-facilitator-heading">
            {t('peers.page.facilitator')}
          </Heading>
          <Paragraph>
            <AppLink to={portalPath(portal, `igangsettere/${peer.facilitator.id}`)}>
              {t('peers.page.facilitatorLink', { name: peer.facilitator.name })}
            </AppLink>
          </Paragraph>
          <Heading level={3} data-size="2xs">
            {t('peers.page.training')}
          </Heading>
          {peer.facilitator.trainingHistory.length === 0 ? (
            <Paragraph>{t('peers.page.noTraining')}</Paragraph>
          ) : (
            <ul>
              {peer.facilitator.trainingHistory.map((entry) => (
                <li key={entry.course.id}>
                  <AppLink to={portalPath(portal, `kurs/${entry.course.id}`)}>{entry.course.title}</AppLink>
                  {` – ${t('peers.page.courseStartsOn')} ${formatDate(entry.course.startsOn)}`}
                  {entry.completedOn ? `, ${t('peers.page.completedOn')} ${formatDate(entry.completedOn)}` : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <section aria-labelledby="peer-check-ins-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="peer-check-ins-heading">
          {t('peers.checkIns.heading')}
        </Heading>
        {peer.checkIns.length === 0 ? (
          <Paragraph>{t('peers.checkIns.none')}</Paragraph>
        ) : (
          <TableScroll label={t('peers.checkIns.heading')} landmark={false}>
            <Table data-testid="peer-check-ins">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('peers.checkIns.date')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('peers.checkIns.staff')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('peers.checkIns.note')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('peers.checkIns.nextCheckInOn')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {peer.checkIns.map((entry) => (
                  <Table.Row key={entry.id}>
                    <Table.Cell>{formatDate(entry.date)}</Table.Cell>
                    <Table.Cell>{entry.staffUser?.name ?? none}</Table.Cell>
                    <Table.Cell className="portal-pre-line">{entry.note ?? none}</Table.Cell>
                    <Table.Cell>{entry.nextCheckInOn ? formatDate(entry.nextCheckInOn) : none}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
        {peer.stoppedOn ? null : (
          <Form method="post" className="portal-stack" noValidate aria-labelledby="peer-check-in-form-heading">
            <Heading level={3} data-size="xs" id="peer-check-in-form-heading">
              {t('peers.checkIns.form')}
            </Heading>
            <FormErrorSummary errors={summaryOf(checkIn.errors, CHECK_IN_FORM_FIELDS, checkInId, checkInLabel)} />
            <input type="hidden" name="intent" value="checkIn" />
            <TextField
              id={checkInId('date')}
              name="date"
              type="date"
              required
              label={checkInLabel('date')}
              defaultValue={checkIn.values.date}
              error={checkIn.errors.fields.date}
            />
            <TextareaField
              id={checkInId('note')}
              name="note"
              label={checkInLabel('note')}
              defaultValue={checkIn.values.note}
              error={checkIn.errors.fields.note}
            />
            <TextField
              id={checkInId('nextCheckInOn')}
              name="nextCheckInOn"
              type="date"
              label={checkInLabel('nextCheckInOn')}
              description={t('peers.checkIns.field.nextHint')}
              defaultValue={checkIn.values.nextCheckInOn}
              error={checkIn.errors.fields.nextCheckInOn}
            />
            <div className="portal-actions">
              <Button type="submit">{t('peers.checkIns.submit')}</Button>
            </div>
          </Form>
        )}
      </section>

      {peer.stoppedOn ? null : (
        <section aria-labelledby="peer-stop-heading" className="portal-stack">
          <Heading level={2} data-size="sm" id="peer-stop-heading">
            {t('peers.stop.heading')}
          </Heading>
          <Paragraph>{t('peers.stop.body')}</Paragraph>
          {confirmStop || actionData?.stop ? (
            <Form method="post" className="portal-stack" noValidate>
              <FormErrorSummary
                errors={summaryOf(
                  stop.errors,
                  ['stoppedOn'] as const,
                  () => 'peer-stop-date',
                  () => t('peers.stop.field.stoppedOn'),
                )}
              />
              <input type="hidden" name="intent" value="stop" />
              <input type="hidden" name="confirm" value="yes" />
              <input type="hidden" name="version" value={peer.version} />
              <TextField
                id="peer-stop-date"
                name="stoppedOn"
                type="date"
                label={t('peers.stop.field.stoppedOn')}
                description={t('peers.stop.field.stoppedOnHint')}
                defaultValue={stop.stoppedOn}
                error={stop.errors.fields.stoppedOn}
              />
              <Alert data-color="danger">
                <Paragraph>{t('peers.stop.confirmText', { name })}</Paragraph>
              </Alert>
              <div className="portal-actions">
                <Button type="submit" data-color="danger">
                  {t('peers.stop.confirm')}
                </Button>
                <AppLink to={href}>{t('peers.form.cancel')}</AppLink>
              </div>
            </Form>
          ) : (
            <Form method="get" action={href}>
              <input type="hidden" name="avslutt" value="1" />
              <Button type="submit" variant="secondary" data-color="danger">
                {t('peers.stop.start')}
              </Button>
            </Form>
          )}
        </section>
      )}
    </div>
  );
}
