import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { Route } from './+types/home';
import { loadHome } from './home.server';
import { DistrictList } from '../districts/components/district-list';
import { PageTitle } from '../../shared/ui/page';
import type { MessageKey } from '../../shared/i18n/i18n';
import { useI18n } from '../../shared/i18n/i18n-context';
import { TableScroll } from '../../shared/list/list-kit';

export function loader({ context }: Route.LoaderArgs) {
  return loadHome(context);
}

export default function HomePage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { user } = loaderData;
  return (
    <div className="portal-stack">
      <PageTitle>{t('home.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('home.welcome', { name: user.name })}
      </Heading>
      <Paragraph>{t('home.yourRole', { role: t(`role.${user.role}` as MessageKey) })}</Paragraph>
      {loaderData.kind === 'district' ? (
        <section aria-labelledby="home-counties" className="portal-stack">
          <Heading level={2} data-size="sm" id="home-counties">
            {t('home.counties')}
          </Heading>
          <TableScroll label={t('home.counties')} landmark={false}>
            <Table>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('home.county')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('home.countyNumber')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('home.municipalityCount')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {loaderData.counties.map((county) => (
                  <Table.Row key={county.number}>
                    <Table.Cell>{county.name}</Table.Cell>
                    <Table.Cell>{county.number}</Table.Cell>
                    <Table.Cell>{county.municipalityCount}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        </section>
      ) : (
        <section aria-labelledby="home-districts" className="portal-stack">
          <Heading level={2} data-size="sm" id="home-districts">
            {t('home.districts')}
          </Heading>
          <DistrictList districts={loaderData.districts} />
        </section>
      )}
    </div>
  );
}
