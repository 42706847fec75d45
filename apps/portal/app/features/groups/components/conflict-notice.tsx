import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { GROUP_FIELD_LABELS } from '../group-form-labels';
import { AppLink } from '../../../shared/ui/app-link';
import type { GroupFormat, ScheduleKind, TargetGroup, Weekday } from '../../../generated/graphql';
import type { GroupFormField, GroupFormValues } from '../group-form';
import { differingFields } from '../group-form-source';
import {
  formatLabel,
  languageName,
  nthLabel,
  scheduleKindLabel,
  targetGroupLabel,
  themeLabel,
  weekdayLabel,
} from '../labels';
import type { Lang, Translate } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { TableScroll } from '../../../shared/list/list-kit';

/** A form value as text for the comparison table. */
function valueText(t: Translate, lang: Lang, field: GroupFormField, values: GroupFormValues): string {
  const value = values[field];
  if (typeof value === 'boolean') return value ? t('groups.yes') : t('groups.no');
  if (Array.isArray(value)) {
    const names = value.map((code) =>
      field === 'languages' ? languageName(lang, code) : themeLabel(lang, { id: code }),
    );
    return names.join(', ') || t('groups.none');
  }
  if (value.trim() === '') return t('groups.none');
  switch (field) {
    case 'targetGroup':
      return targetGroupLabel(lang, value as TargetGroup);
    case 'format':
      return formatLabel(lang, value as GroupFormat);
    case 'scheduleKind':
      return scheduleKindLabel(lang, value as ScheduleKind);
    case 'scheduleWeekday':
      return weekdayLabel(lang, value as Weekday);
    case 'scheduleNth':
      return nthLabel(lang, value);
    default:
      return value;
  }
}

export interface ConflictNoticeProps {
  yours: GroupFormValues;
  conflict: { current: GroupFormValues; updatedAt: string };
  reloadHref: string;
}

/** A stale edit: what is saved now, beside what the user typed (still in the form below). */
export function ConflictNotice({ yours, conflict, reloadHref }: ConflictNoticeProps) {
  const { t, lang, formatDateTime } = useI18n();
  const fields = differingFields(conflict.current, yours);
  return (
    <Alert data-color="warning" role="alert" data-testid="group-conflict">
      <div className="portal-stack">
        <Heading level={2} data-size="xs">
          {t('groups.conflict.heading')}
        </Heading>
        <Paragraph>{t('groups.conflict.body')}</Paragraph>
        <Paragraph data-size="sm">
          {t('groups.conflict.savedAt', { when: formatDateTime(conflict.updatedAt) })}
        </Paragraph>
        {fields.length === 0 ? (
          <Paragraph>{t('groups.conflict.same')}</Paragraph>
        ) : (
          <TableScroll label={t('groups.conflict.heading')}>
            <Table data-size="sm">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('groups.conflict.field')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('groups.conflict.saved')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('groups.conflict.yours')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {fields.map((field) => (
                  <Table.Row key={field}>
                    <Table.HeaderCell scope="row">{t(GROUP_FIELD_LABELS[field])}</Table.HeaderCell>
                    <Table.Cell className="portal-pre-line">{valueText(t, lang, field, conflict.current)}</Table.Cell>
                    <Table.Cell className="portal-pre-line">{valueText(t, lang, field, yours)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
        <Paragraph>
          <AppLink to={reloadHref} reloadDocument>
            {t('groups.conflict.reload')}
          </AppLink>
        </Paragraph>
      </div>
    </Alert>
  );
}
