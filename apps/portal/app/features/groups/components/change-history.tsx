import { Heading, ListItem, ListUnordered, Paragraph, Table } from '@digdir/designsystemet-react';
import type { GroupPageQuery } from '../../../generated/graphql';
import { historyFieldLabel, historyValueText, meaningfulChanges } from '../history-text';
import { changeKindLabel } from '../labels';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { TableScroll } from '../../../shared/list/list-kit';

type Change = GroupPageQuery['group']['history'][number];

/** Every recorded change, newest first: who, when, and each field from old to new. */
export function ChangeHistory({ history }: { history: readonly Change[] }) {
  const { t, lang, formatDateTime } = useI18n();
  return (
    <section aria-labelledby="group-history-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="group-history-heading">
        {t('groups.history.heading')}
      </Heading>
      {history.length === 0 ? (
        <Paragraph>{t('groups.history.empty')}</Paragraph>
      ) : (
        <TableScroll label={t('groups.history.heading')} landmark={false}>
          <Table data-size="sm" aria-labelledby="group-history-heading">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('groups.history.when')}</Table.HeaderCell>
                <Table.HeaderCell>{t('groups.history.who')}</Table.HeaderCell>
                <Table.HeaderCell>{t('groups.history.what')}</Table.HeaderCell>
                <Table.HeaderCell>{t('groups.history.changes')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {history.map((change) => (
                <Table.Row key={change.id}>
                  <Table.Cell>{formatDateTime(change.changedAt)}</Table.Cell>
                  <Table.Cell>{change.changedBy?.name ?? t('groups.unknownUser')}</Table.Cell>
                  <Table.Cell>{changeKindLabel(t, change.kind)}</Table.Cell>
                  <Table.Cell>
                    {meaningfulChanges(change.fields).length === 0 ? null : (
                      <ListUnordered data-size="sm">
                        {meaningfulChanges(change.fields).map((field) => (
                          <ListItem key={field.field}>
                            {t('groups.history.field', {
                              field: historyFieldLabel(t, field.field),
                              old: historyValueText(t, lang, field.field, field.oldValue),
                              new: historyValueText(t, lang, field.field, field.newValue),
                            })}
                          </ListItem>
                        ))}
                      </ListUnordered>
                    )}
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
