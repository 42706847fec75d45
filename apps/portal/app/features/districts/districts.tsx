import { Heading, Table } from '@digdir/designsystemet-react';
import { data } from 'react-router';
import type { Route } from './+types/districts';
import { loadDistrictsOverview } from '../home/home.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { portalContext } from '../../context.server';
import { useI18n } from '../../shared/i18n/i18n-context';
import { TableScroll } from '../../shared/list/list-kit';
import { viewedDistrictPath } from './paths';

/** National portal only: the district offices in figures. */
export async function loader({ context }: Route.LoaderArgs) {
  if (context.get(portalContext).kind !== 'national') throw data(null, { status: 404 });
  return { districts: await loadDistrictsOverview(context) };
}

export default function DistrictsPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <div className="portal-stack">
      <PageTitle>{t('districts.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('districts.heading')}
      </Heading>
      <TableScroll label={t('districts.heading')}>
        <Table>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('districts.district')}</Table.HeaderCell>
              <Table.HeaderCell>{t('home.officeTown')}</Table.HeaderCell>
              <Table.HeaderCell>{t('districts.countyCount')}</Table.HeaderCell>
              <Table.HeaderCell>{t('districts.municipalityCount')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {loaderData.districts.map((district) => (
              <Table.Row key={district.id}>
                <Table.Cell>
                  <AppLink to={viewedDistrictPath(district.id)}>{district.name}</AppLink>
                </Table.Cell>
                <Table.Cell>{district.officeTown}</Table.Cell>
                <Table.Cell>{district.counties.length}</Table.Cell>
                <Table.Cell>{district.counties.reduce((sum, county) => sum + county.municipalityCount, 0)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </div>
  );
}
