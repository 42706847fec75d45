import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { CheckboxField } from '../../shared/forms/choice-fields';
import type { Route } from './+types/list';
import { loadCaseList } from './list.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { ListFilters, ListTable, Pager } from '../../shared/list/list-kit';
import { SelectFilter } from '../../shared/list/filter-fields';
import { optionsOf } from '../../shared/forms/form-fields';
import { CASE_STATUSES } from './case-labels';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadCaseList(request, context);
}

function listHref(query: { status: string; mine: boolean; due: boolean; after: string }): string {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.mine) params.set('mine', '1');
  if (query.due) params.set('due', '1');
  if (query.after) params.set('after', query.after);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export default function CaseListPage({ loaderData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const { portal, query, cases, totalCount, nextCursor, due } = loaderData;
  const base = portalPath(portal, 'saker');
  return (
    <div className="portal-stack">
      <PageTitle>{t('cases.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('cases.title')}
      </Heading>
      <section aria-labelledby="due-heading" className="portal-stack">
        <Heading level={2} data-size="sm" id="due-heading">
          {t('cases.due.heading')}
        </Heading>
        {due.length === 0 ? (
          <Paragraph>{t('cases.due.empty')}</Paragraph>
        ) : (
          <ul className="portal-link-list" data-testid="cases-due">
            {due.map((item) => (
              <li key={item.followUpCase.id}>
                <AppLink to={`${base}/${item.followUpCase.id}`}>{item.followUpCase.reference}</AppLink>{' '}
                {item.overdue
                  ? t('cases.due.overdue', { date: formatDate(item.dueOn) })
                  : t('cases.due.on', { date: formatDate(item.dueOn) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <ListFilters label={t('cases.list.filters')} values={{ status: query.status }} resetTo={base}>
        <SelectFilter
          name="status"
          label={t('cases.list.status')}
          options={optionsOf(CASE_STATUSES, (status) => t(`cases.status.${status}`))}
        />
        <CheckboxField
          id="filter-mine"
          name="mine"
          value="1"
          defaultChecked={query.mine}
          label={t('cases.list.mine')}
        />
        <CheckboxField id="filter-due" name="due" value="1" defaultChecked={query.due} label={t('cases.list.due')} />
      </ListFilters>
      <ListTable
        caption={t('cases.list.count', { count: totalCount })}
        columns={[
          t('cases.col.reference'),
          t('cases.col.status'),
          t('cases.col.responsible'),
          t('cases.col.next'),
          t('cases.col.peer'),
        ]}
        rows={cases}
        rowKey={(row) => row.id}
        rowHeaders
        testId="case-table"
        empty={t('cases.list.empty')}
        cells={(row) => [
          <AppLink key="ref" to={`${base}/${row.id}`}>
            {row.reference}
          </AppLink>,
          t(`cases.status.${row.status}`),
          row.responsibleStaffUser.name,
          row.nextFollowUpOn ? formatDate(row.nextFollowUpOn) : t('cases.none'),
          row.peer?.name ?? t('cases.none'),
        ]}
      />
      <Pager
        label={t('cases.list.more')}
        firstHref={query.after ? `${base}${listHref({ ...query, after: '' })}` : null}
        nextHref={nextCursor ? `${base}${listHref({ ...query, after: nextCursor })}` : null}
      />
    </div>
  );
}
