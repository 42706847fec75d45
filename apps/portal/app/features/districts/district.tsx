import { Heading, Table } from '@digdir/designsystemet-react';
import { GROUP_STATUSES } from '@selvhjelp/domain';
import type { Route } from './+types/district';
import { loadViewedDistrict } from './district.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { TableScroll } from '../../shared/list/list-kit';
import { EMPTY_GROUP_LIST_QUERY, groupListHref } from '../groups/list-query';
import { statusLabel } from '../groups/labels';
import { activityLogHref } from '../outreach/log-query';
import { viewedDistrictPath } from './paths';

export function loader({ context }: Route.LoaderArgs) {
  return loadViewedDistrict(context);
}

/** National portal: one district's key facts, each register figure leading to its read-only list. */
export default function ViewedDistrictPage({ loaderData }: Route.ComponentProps) {
  const { t, lang, formatDate } = useI18n();
  const { district, groups, courses, partners, activities } = loaderData;
  const path = (page: Parameters<typeof viewedDistrictPath>[1]) => viewedDistrictPath(district.id, page);
  const period = t('outreach.period.between', { from: formatDate(activities.from), to: formatDate(activities.to) });
  const heldHref = `${path('aktiviteter')}${activityLogHref({
    type: '',
    status: 'COMPLETED',
    from: activities.from,
    to: activities.to,
    partner: '',
    audience: '',
    q: '',
    after: '',
  })}`;
  const countOf = (status: string) => groups.byStatus.find((row) => row.status === status)?.count ?? 0;
  const figures: [string, string, number][] = [
    [t('districts.view.groupsTotal'), path('grupper'), groups.total],
    [t('districts.view.coursesTotal'), path('kurs'), courses],
    [t('districts.view.partnersTotal'), path('samarbeidspartnere'), partners],
    [t('districts.view.activitiesHeld', { period }), heldHref, activities.held],
    [t('districts.view.participantsHeld', { period }), heldHref, activities.participants],
  ];
  return (
    <>
      <PageTitle>{district.name}</PageTitle>
      <Heading level={1} data-size="lg">
        {district.name}
      </Heading>
      <section aria-labelledby="district-about" className="portal-stack">
        <Heading level={2} data-size="sm" id="district-about">
          {t('districts.view.about')}
        </Heading>
        <dl className="portal-facts">
          <dt>{t('home.officeTown')}</dt>
          <dd>{district.officeTown}</dd>
          <dt>{t('home.countiesColumn')}</dt>
          <dd>{district.counties.map((county) => county.name).join(', ')}</dd>
          <dt>{t('districts.municipalityCount')}</dt>
          <dd>{district.counties.reduce((sum, county) => sum + county.municipalityCount, 0)}</dd>
        </dl>
      </section>
      <section aria-labelledby="district-figures" className="portal-stack">
        <Heading level={2} data-size="sm" id="district-figures">
          {t('districts.view.figures')}
        </Heading>
        <TableScroll label={t('districts.view.figures')} landmark={false}>
          <Table data-testid="district-figures">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('districts.view.register')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('districts.view.count')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {figures.map(([label, href, count]) => (
                <Table.Row key={label}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={href}>{label}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{count}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </section>
      <section aria-labelledby="district-group-statuses" className="portal-stack">
        <Heading level={2} data-size="sm" id="district-group-statuses">
          {t('districts.view.groupsByStatus')}
        </Heading>
        <TableScroll label={t('districts.view.groupsByStatus')} landmark={false}>
          <Table data-testid="district-group-statuses">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('districts.view.status')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('districts.view.count')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {GROUP_STATUSES.map((status) => (
                <Table.Row key={status}>
                  <Table.HeaderCell scope="row">
                    <AppLink
                      to={`${path('grupper')}${groupListHref({ ...EMPTY_GROUP_LIST_QUERY, statuses: [status] })}`}
                    >
                      {statusLabel(lang, status)}
                    </AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{countOf(status)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </section>
    </>
  );
}
