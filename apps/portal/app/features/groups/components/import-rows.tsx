import { ListItem, ListUnordered, Table, Tag } from '@digdir/designsystemet-react';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { messageOf } from '../../../shared/forms/form-errors';
import type { ImportResult } from '../import.server';
import { TableScroll } from '../../../shared/list/list-kit';

/** The gateway sends a reason's params as a list of names and values. */
const paramsOf = (params: readonly { name: string; value: string }[]) =>
  Object.fromEntries(params.map(({ name, value }) => [name, value]));

/** The dry run row by row: line, name, municipality, and why an invalid row is refused, per column. */
export function ImportRows({ rows }: { rows: ImportResult['rows'] }) {
  const { t, lang } = useI18n();
  return (
    <TableScroll label={t('groups.import.caption')}>
      <Table data-size="sm" data-testid="import-rows">
        <caption>{t('groups.import.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('groups.import.line')}</Table.HeaderCell>
            <Table.HeaderCell>{t('groups.import.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('groups.import.municipality')}</Table.HeaderCell>
            <Table.HeaderCell>{t('groups.import.result')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.line} data-valid={row.valid}>
              <Table.Cell>{row.line}</Table.Cell>
              <Table.Cell>{row.name ?? t('groups.none')}</Table.Cell>
              <Table.Cell>{row.municipalityName ?? t('groups.none')}</Table.Cell>
              <Table.Cell>
                {row.duplicate ? (
                  <Tag data-color="warning" data-size="sm" data-testid="import-duplicate">
                    {t('groups.import.duplicate')}
                  </Tag>
                ) : (
                  <Tag data-color={row.valid ? 'success' : 'danger'} data-size="sm">
                    {row.valid ? t('groups.import.valid') : t('groups.import.invalid')}
                  </Tag>
                )}
                {row.errors.length > 0 ? (
                  <ListUnordered data-size="sm">
                    {row.errors.map((error) => (
                      <ListItem key={`${error.column}:${error.reason}`}>
                        {t('groups.import.error', {
                          column: error.column,
                          message: messageOf({ ...error, params: paramsOf(error.params) }, lang),
                        })}
                      </ListItem>
                    ))}
                  </ListUnordered>
                ) : null}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
