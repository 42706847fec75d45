import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { GROUP_CSV_DOCUMENTATION } from '@selvhjelp/domain';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { TableScroll } from '../../../shared/list/list-kit';

/** The import format, from the same column table the gateway reads files with. */
export function CsvColumns() {
  const { t, lang } = useI18n();
  return (
    // Not a named section: the table's scroll region carries the name, and two regions of one name confuse a screen reader's list of landmarks.
    <section className="portal-stack">
      <Heading level={2} data-size="sm" id="import-columns-heading">
        {t('groups.import.columns')}
      </Heading>
      <Paragraph>{GROUP_CSV_DOCUMENTATION.intro[lang]}</Paragraph>
      <TableScroll label={t('groups.import.columns')}>
        <Table data-size="sm">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('groups.import.column')}</Table.HeaderCell>
              <Table.HeaderCell>{t('groups.import.columnRequired')}</Table.HeaderCell>
              <Table.HeaderCell>{t('groups.import.columnDescription')}</Table.HeaderCell>
              <Table.HeaderCell>{t('groups.import.columnExample')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {GROUP_CSV_DOCUMENTATION.columns.map((column) => (
              <Table.Row key={column.key}>
                <Table.HeaderCell scope="row">
                  <code>{column.header}</code>
                  {column.key !== column.header ? (
                    <span className="portal-muted">
                      {' '}
                      (<code>{column.key}</code>)
                    </span>
                  ) : null}
                </Table.HeaderCell>
                <Table.Cell>{column.required ? t('groups.yes') : t('groups.no')}</Table.Cell>
                <Table.Cell>{column.description[lang]}</Table.Cell>
                <Table.Cell>{column.example ? <code>{column.example}</code> : t('groups.none')}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}
