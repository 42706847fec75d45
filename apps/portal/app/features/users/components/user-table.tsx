import { Button, Tag } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import type { Role } from '../../../generated/graphql';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { ListTable } from '../../../shared/list/list-kit';

export interface StaffUserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  version: number;
  district?: { id: string; name: string } | null;
}

function RowActions({ user }: { user: StaffUserRow }) {
  const { t } = useI18n();
  return (
    <div className="portal-actions">
      <Form method="post" className="portal-inline-form">
        <input type="hidden" name="intent" value="reset" />
        <input type="hidden" name="id" value={user.id} />
        <Button type="submit" variant="secondary" data-size="sm">
          {t('users.resetPassword', { name: user.name })}
        </Button>
      </Form>
      <Form method="post" className="portal-inline-form">
        <input type="hidden" name="intent" value="deactivate" />
        <input type="hidden" name="id" value={user.id} />
        <input type="hidden" name="version" value={user.version} />
        <Button type="submit" variant="secondary" data-color="danger" data-size="sm">
          {t('users.deactivate', { name: user.name })}
        </Button>
      </Form>
    </div>
  );
}

/** The staff list, or the empty state; row actions only where the viewer may manage users, and never on oneself. */
export function UserTable({
  users,
  totalCount,
  manage,
  viewerId,
}: {
  users: readonly StaffUserRow[];
  totalCount: number;
  manage: boolean;
  viewerId: string;
}) {
  const { t } = useI18n();
  const columns = [
    t('users.list.name'),
    t('users.list.email'),
    t('users.list.role'),
    t('users.list.district'),
    t('users.list.status'),
    ...(manage ? [t('users.list.actions')] : []),
  ];
  return (
    <ListTable
      caption={t('users.list.caption', { count: totalCount })}
      columns={columns}
      rows={users}
      rowKey={(user) => user.id}
      cells={(user) => [
        user.name,
        user.email,
        t(`role.${user.role}` as MessageKey),
        user.district?.name ?? '–',
        <Tag key="status" data-color={user.active ? 'success' : 'neutral'}>
          {user.active ? t('users.status.active') : t('users.status.inactive')}
        </Tag>,
        ...(manage ? [user.active && user.id !== viewerId ? <RowActions key="actions" user={user} /> : null] : []),
      ]}
      empty={t('users.list.empty')}
    />
  );
}
