import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { AppLink } from '../../../shared/ui/app-link';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { TableScroll } from '../../../shared/list/list-kit';

export interface ContactHistoryProps {
  history: readonly {
    id: string;
    role?: string | null;
    fromDate: string;
    toDate: string;
    partner: { id: string; name: string };
  }[];
  /** `/vest`. */
  portalBase: string;
}

/** Earlier places of a person, most recent first. */
export function ContactHistory({ history, portalBase }: ContactHistoryProps) {
  const { t, formatDate } = useI18n();
  return (
    <section aria-labelledby="history-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="history-heading">
        {t('partners.contact.history')}
      </Heading>
      {history.length === 0 ? (
        <Paragraph>{t('partners.contact.noHistory')}</Paragraph>
      ) : (
        <TableScroll label={t('partners.contact.history')} landmark={false}>
          <Table>
            <caption className="ds-sr-only">{t('partners.contact.history')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('partners.contact.partner')}</Table.HeaderCell>
                <Table.HeaderCell>{t('partners.contact.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('partners.contacts.period')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {history.map((place) => (
                <Table.Row key={place.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={`${portalBase}/samarbeidspartnere/${place.partner.id}`}>{place.partner.name}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{place.role ?? t('groups.none')}</Table.Cell>
                  <Table.Cell>{`${formatDate(place.fromDate)} – ${formatDate(place.toDate)}`}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
