import { Table } from '@digdir/designsystemet-react';
import { DueDate, StatusTag } from './status-tag';
import { AppLink } from '../../../shared/ui/app-link';
import type { GroupStatus } from '../../../generated/graphql';
import { themeLabel } from '../labels';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { TableScroll } from '../../../shared/list/list-kit';

export interface GroupRow {
  id: string;
  name: string;
  status: GroupStatus;
  openForNewMembers: boolean;
  nextFollowUpDue?: string | null;
  updatedAt: string;
  municipality: { name: string };
  district: { name: string };
  themes: readonly { id: string; label: string }[];
}

/** One page of the register; the name links to the group. */
export function GroupTable({
  groups,
  totalCount,
  basePath,
  today,
  showDistrict,
}: {
  groups: readonly GroupRow[];
  totalCount: number;
  basePath: string;
  today: string;
  showDistrict: boolean;
}) {
  const { t, lang, formatDateTime } = useI18n();
  return (
    <TableScroll label={t('groups.list.caption', { count: totalCount })}>
      <Table>
        <caption>{t('groups.list.caption', { count: totalCount })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('groups.list.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('groups.list.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('groups.list.municipality')}</Table.HeaderCell>
            {showDistrict ? <Table.HeaderCell>{t('groups.list.district')}</Table.HeaderCell> : null}
            <Table.HeaderCell>{t('groups.list.themes')}</Table.HeaderCell>
            <Table.HeaderCell>{t('groups.list.open')}</Table.HeaderCell>
            <Table.HeaderCell>{t('groups.list.nextFollowUp')}</Table.HeaderCell>
            <Table.HeaderCell>{t('groups.list.updated')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {groups.map((group) => (
            <Table.Row key={group.id}>
              <Table.Cell>
                <AppLink to={`${basePath}/${group.id}`}>{group.name}</AppLink>
              </Table.Cell>
              <Table.Cell>
                <StatusTag status={group.status} />
              </Table.Cell>
              <Table.Cell>{group.municipality.name}</Table.Cell>
              {showDistrict ? <Table.Cell>{group.district.name}</Table.Cell> : null}
              <Table.Cell>{group.themes.map((theme) => themeLabel(lang, theme)).join(', ')}</Table.Cell>
              <Table.Cell>{group.openForNewMembers ? t('groups.yes') : t('groups.no')}</Table.Cell>
              <Table.Cell>
                <DueDate date={group.nextFollowUpDue} today={today} />
              </Table.Cell>
              <Table.Cell>{formatDateTime(group.updatedAt)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
