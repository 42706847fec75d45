import { DueDate, StatusTag } from './status-tag';
import { AppLink } from '../../../shared/ui/app-link';
import type { GroupStatus } from '../../../generated/graphql';
import { themeLabel } from '../labels';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { ListTable } from '../../../shared/list/list-kit';

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

/** One page of the register, or the empty state; the name links to the group. */
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
  const columns = [
    t('groups.list.name'),
    t('groups.list.status'),
    t('groups.list.municipality'),
    ...(showDistrict ? [t('groups.list.district')] : []),
    t('groups.list.themes'),
    t('groups.list.open'),
    t('groups.list.nextFollowUp'),
    t('groups.list.updated'),
  ];
  return (
    <ListTable
      caption={t('groups.list.caption', { count: totalCount })}
      columns={columns}
      rows={groups}
      rowKey={(group) => group.id}
      cells={(group) => [
        <AppLink key="name" to={`${basePath}/${group.id}`}>
          {group.name}
        </AppLink>,
        <StatusTag key="status" status={group.status} />,
        group.municipality.name,
        ...(showDistrict ? [group.district.name] : []),
        group.themes.map((theme) => themeLabel(lang, theme)).join(', '),
        group.openForNewMembers ? t('groups.yes') : t('groups.no'),
        <DueDate key="due" date={group.nextFollowUpDue} today={today} />,
        formatDateTime(group.updatedAt),
      ]}
      empty={t('groups.list.empty')}
    />
  );
}
