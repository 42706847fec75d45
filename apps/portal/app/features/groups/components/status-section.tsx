import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { ALLOWED_STATUS_TRANSITIONS } from '@selvhjelp/domain';
import { Form } from 'react-router';
import { StatusTag } from './status-tag';
import { FormAlert, SelectField, TextareaField, TextField } from '../../../shared/forms/form-fields';
import type { GroupPageQuery } from '../../../generated/graphql';
import { statusLabel } from '../labels';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { GroupPageActionData } from '../group-actions.server';
import { TableScroll } from '../../../shared/list/list-kit';

type Group = GroupPageQuery['group'];
type StatusResult = Extract<GroupPageActionData, { intent: 'status' }>;

/** The current status, a form offering only the allowed next statuses, and the status history. */
export function StatusSection({
  group,
  result,
  canEdit,
  today,
}: {
  group: Group;
  result?: StatusResult | undefined;
  canEdit: boolean;
  today: string;
}) {
  const { t, lang, formatDate, formatDateTime } = useI18n();
  const next = ALLOWED_STATUS_TRANSITIONS[group.status] ?? [];
  const failed = result && !result.ok ? result : undefined;
  return (
    <section aria-labelledby="group-status-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="group-status-heading">
        {t('groups.status.heading')}
      </Heading>
      <Paragraph>
        {`${t('groups.status.current')}: `}
        <StatusTag status={group.status} />
      </Paragraph>
      {result?.ok ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('groups.status.changed', { status: statusLabel(lang, result.status) })}</Paragraph>
        </Alert>
      ) : null}
      {canEdit && next.length > 0 ? (
        <Form method="post" className="portal-form" key={group.version} aria-labelledby="group-status-change-heading">
          <Heading level={3} data-size="2xs" id="group-status-change-heading">
            {t('groups.status.change')}
          </Heading>
          <FormAlert messages={failed?.errors.form ?? []} />
          <input type="hidden" name="intent" value="status" />
          <input type="hidden" name="version" value={group.version} />
          <SelectField
            id="status-new"
            name="status"
            label={t('groups.status.new')}
            defaultValue={failed?.conflict ? '' : (failed?.values.status ?? '')}
            error={failed?.errors.fields.status}
          >
            <option value="">{t('groups.status.choose')}</option>
            {next.map((status) => (
              <option key={status} value={status}>
                {statusLabel(lang, status)}
              </option>
            ))}
          </SelectField>
          <TextareaField
            id="status-reason"
            name="reason"
            label={t('groups.status.reason')}
            defaultValue={failed?.values.reason ?? ''}
            error={failed?.errors.fields.reason}
            rows={3}
          />
          <TextField
            id="status-effective-date"
            name="effectiveDate"
            type="date"
            max={today}
            label={t('groups.status.effectiveDate')}
            description={t('groups.status.effectiveDateHint')}
            defaultValue={failed?.values.effectiveDate ?? ''}
            error={failed?.errors.fields.effectiveDate}
          />
          <div>
            <Button type="submit">{t('groups.status.submit')}</Button>
          </div>
        </Form>
      ) : canEdit ? (
        <Paragraph>{t('groups.status.noTransitions')}</Paragraph>
      ) : null}
      <Heading level={3} data-size="2xs" id="group-status-history-heading">
        {t('groups.status.history')}
      </Heading>
      {group.statusHistory.length === 0 ? (
        <Paragraph>{t('groups.status.historyEmpty')}</Paragraph>
      ) : (
        <TableScroll label={t('groups.status.history')}>
          <Table data-size="sm" aria-labelledby="group-status-history-heading">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('groups.status.effectiveDate')}</Table.HeaderCell>
                <Table.HeaderCell>{t('groups.status.from')}</Table.HeaderCell>
                <Table.HeaderCell>{t('groups.status.to')}</Table.HeaderCell>
                <Table.HeaderCell>{t('groups.status.reason')}</Table.HeaderCell>
                <Table.HeaderCell>{t('groups.status.by')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {group.statusHistory.map((change) => (
                <Table.Row key={`${change.changedAt}-${change.to}`}>
                  <Table.Cell>{formatDate(change.effectiveDate)}</Table.Cell>
                  <Table.Cell>{change.from ? statusLabel(lang, change.from) : t('groups.none')}</Table.Cell>
                  <Table.Cell>{statusLabel(lang, change.to)}</Table.Cell>
                  <Table.Cell>{change.reason}</Table.Cell>
                  <Table.Cell>
                    {`${change.changedBy?.name ?? t('groups.unknownUser')}, ${formatDateTime(change.changedAt)}`}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
