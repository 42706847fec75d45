import { Button, Table, Tag } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import type { Role } from '../../../generated/graphql';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { TableScroll } from '../../../shared/list/list-kit';

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

/** The staff list; row actions only where the viewer may manage users, and never on oneself. */
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
  return (
    <TableScroll label={t('users.list.caption', { count: totalCount })}>
      <Table>
        <caption>{t('users.list.caption', { count: totalCount })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('users.list.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('users.list.email')}</Table.HeaderCell>
            <Table.HeaderCell>{t('users.list.role')}</Table.HeaderCell>
            <Table.HeaderCell>{t('users.list.district')}</Table.HeaderCell>
            <Table.HeaderCell>{t('users.list.status')}</Table.HeaderCell>
            {manage ? <Table.HeaderCell>{t('users.list.actions')}</Table.HeaderCell> : null}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {users.map((user) => (
            <Table.Row key={user.id}>
              <Table.Cell>{user.name}</Table.Cell>
              <Table.Cell>{user.email}</Table.Cell>
              <Table.Cell>{t(`role.${user.role}` as MessageKey)}</Table.Cell>
              <Table.Cell>{user.district?.name ?? '–'}</Table.Cell>
              <Table.Cell>
                <Tag data-color={user.active ? 'success' : 'neutral'}>
                  {user.active ? t('users.status.active') : t('users.status.inactive')}
                </Tag>
              </Table.Cell>
              {manage ? (
                <Table.Cell>{user.active && user.id !== viewerId ? <RowActions user={user} /> : null}</Table.Cell>
              ) : null}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
