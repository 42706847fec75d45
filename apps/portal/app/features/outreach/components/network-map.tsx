import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { BarChart } from './bar-chart';
import type { PartnerType } from '../../../generated/graphql';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { partnerTypeLabel } from '../labels';
import { TableScroll } from '../../../shared/list/list-kit';

interface Municipality {
  number: string;
  name: string;
}

interface TypeCount {
  type: PartnerType;
  count: number;
}

export interface NetworkMapData {
  municipalities: readonly {
    municipality: Municipality;
    activePartners: number;
    partners: number;
    groups: number;
    activePartnersByType: readonly TypeCount[];
  }[];
  activePartnersByType: readonly TypeCount[];
  withNeither: readonly Municipality[];
  withoutActivePartner: readonly Municipality[];
  withoutGroup: readonly Municipality[];
  activePartnersElsewhere: number;
}

function MunicipalityList({
  id,
  heading,
  municipalities,
  empty,
}: {
  id: string;
  heading: string;
  municipalities: readonly Municipality[];
  empty: string;
}) {
  return (
    <section aria-labelledby={id} className="portal-stack" data-testid={id}>
      <Heading level={3} data-size="xs" id={id}>
        {heading} ({municipalities.length})
      </Heading>
      {municipalities.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        // Forty-odd names read better in columns than in one long column down the page.
        <ul className="portal-plain-list portal-columns">
          {municipalities.map((municipality) => (
            <li key={municipality.number}>{municipality.name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Where to reach out next: municipalities with neither, then without a partner, then without a group. */
export function ReachOutNext({ network }: { network: NetworkMapData }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="reach-out-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="reach-out-heading">
        {t('outreach.network.reachOut')}
      </Heading>
      <MunicipalityList
        id="network-with-neither"
        heading={t('outreach.network.withNeither')}
        municipalities={network.withNeither}
        empty={t('outreach.network.withNeitherEmpty')}
      />
      <MunicipalityList
        id="network-without-partner"
        heading={t('outreach.network.withoutActivePartner')}
        municipalities={network.withoutActivePartner}
        empty={t('outreach.network.listEmpty')}
      />
      <MunicipalityList
        id="network-without-group"
        heading={t('outreach.network.withoutGroup')}
        municipalities={network.withoutGroup}
        empty={t('outreach.network.listEmpty')}
      />
    </section>
  );
}

/** Active partners by type: the chart, with a table holding the same numbers as its text alternative. */
export function PartnersByType({ network }: { network: NetworkMapData }) {
  const { t, lang } = useI18n();
  const total = network.activePartnersByType.reduce((sum, { count }) => sum + count, 0);
  const data = network.activePartnersByType.map(({ type, count }) => ({
    key: type,
    label: partnerTypeLabel(lang, type),
    value: count,
  }));
  const largest = [...data].sort((a, b) => b.value - a.value)[0];
  return (
    <section aria-labelledby="network-by-type-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="network-by-type-heading">
        {t('outreach.network.byType')}
      </Heading>
      <BarChart
        title={t('outreach.network.chartTitle')}
        description={
          total === 0 || !largest
            ? t('outreach.network.chartEmpty')
            : t('outreach.network.chartDesc', { total, type: largest.label, count: largest.value })
        }
        data={data}
      />
      <TableScroll label={t('outreach.network.byTypeCaption', { total })}>
        <Table data-size="sm" data-testid="network-by-type">
          <caption>{t('outreach.network.byTypeCaption', { total })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('outreach.network.partnerType')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('outreach.network.activePartners')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.map((row) => (
              <Table.Row key={row.key}>
                <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                <Table.Cell>{row.value}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}

/** Every municipality of the district with its partners and groups. */
export function MunicipalityTable({ network }: { network: NetworkMapData }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="network-municipalities-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="network-municipalities-heading">
        {t('outreach.network.municipalities')}
      </Heading>
      <TableScroll label={t('outreach.network.municipalitiesCaption', { count: network.municipalities.length })}>
        <Table data-size="sm" data-testid="network-municipalities">
          <caption>{t('outreach.network.municipalitiesCaption', { count: network.municipalities.length })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('outreach.network.municipality')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('outreach.network.activePartners')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('outreach.network.allPartners')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('outreach.network.groups')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('outreach.network.activeByType')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {network.municipalities.map((row) => (
              <Table.Row key={row.municipality.number}>
                <Table.HeaderCell scope="row">{row.municipality.name}</Table.HeaderCell>
                <Table.Cell>{row.activePartners}</Table.Cell>
                <Table.Cell>{row.partners}</Table.Cell>
                <Table.Cell>{row.groups}</Table.Cell>
                <Table.Cell>
                  {row.activePartnersByType
                    .filter(({ count }) => count > 0)
                    .map(({ type, count }) => `${partnerTypeLabel(lang, type)}: ${count}`)
                    .join(', ') || t('outreach.none')}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}
