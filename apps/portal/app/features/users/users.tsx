import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/users';
import { usersAction } from './users-actions.server';
import { loadUsers } from './users.server';
import { PageTitle } from '../../shared/ui/page';
import { ActionNotice } from './components/action-notice';
import { CreateUserForm } from './components/create-user-form';
import { UserFilters } from './components/user-filters';
import { UserTable } from './components/user-table';
import { useI18n } from '../../shared/i18n/i18n-context';
import { Pager } from '../../shared/list/list-kit';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadUsers(request, context);
}

export function action({ request, context }: Route.ActionArgs) {
  return usersAction(request, context);
}

function nextPageHref(filters: { role: string; active: string; district: string }, cursor: string): string {
  const params = new URLSearchParams({ ...filters, after: cursor });
  for (const [name, value] of [...params]) if (value === '') params.delete(name);
  return `?${params}`;
}

export default function UsersPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { users, totalCount, manage, viewerId, filters, nextCursor, roleOptions, districtOptions } = loaderData;
  const createFailed = actionData?.intent === 'create' && !actionData.ok ? actionData : undefined;
  const created = actionData?.intent === 'create' && actionData.ok ? actionData.ticket.link : undefined;
  return (
    <div className="portal-stack">
      <PageTitle>{t('users.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('users.heading')}
      </Heading>
      <ActionNotice result={actionData} />
      <UserFilters filters={filters} districtOptions={districtOptions} />
      <UserTable users={users} totalCount={totalCount} manage={manage} viewerId={viewerId} />
      <Pager label={t('list.pages')} nextHref={nextCursor ? nextPageHref(filters, nextCursor) : null} />
      {manage ? (
        <CreateUserForm
          roleOptions={roleOptions}
          districtOptions={districtOptions}
          errors={createFailed?.errors}
          values={createFailed?.values}
          createdToken={created}
        />
      ) : null}
    </div>
  );
}
