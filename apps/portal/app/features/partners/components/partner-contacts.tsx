import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { AppLink } from '../../../shared/ui/app-link';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { TableScroll } from '../../../shared/list/list-kit';

export interface PartnerContactsProps {
  contacts: readonly {
    id: string;
    name: string;
    role?: string | null;
    since?: string | null;
    email?: string | null;
    phone?: string | null;
  }[];
  formerContacts: readonly {
    id: string;
    role?: string | null;
    fromDate: string;
    toDate: string;
    contact: { id: string; name: string };
  }[];
  /** `/vest`: contact pages live at `/vest/kontaktpersoner/:id`. */
  portalBase: string;
  addHref: string;
}

/** People at the partner now (email and phone only when the viewer may see them), and those who left. */
export function PartnerContacts({ contacts, formerContacts, portalBase, addHref }: PartnerContactsProps) {
  const { t, formatDate } = useI18n();
  const none = t('groups.none');
  return (
    <section aria-labelledby="contacts-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="contacts-heading">
        {t('partners.contacts.heading')}
      </Heading>
      <Paragraph>
        <AppLink to={addHref}>{t('partners.contacts.add')}</AppLink>
      </Paragraph>
      {contacts.length === 0 ? (
        <Paragraph>{t('partners.contacts.none')}</Paragraph>
      ) : (
        <TableScroll label={t('partners.contacts.current')}>
          <Table>
            <caption>{t('partners.contacts.current')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('partners.contact.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('partners.contact.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('partners.contact.since')}</Table.HeaderCell>
                <Table.HeaderCell>{t('partners.contact.email')}</Table.HeaderCell>
                <Table.HeaderCell>{t('partners.contact.phone')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {contacts.map((contact) => (
                <Table.Row key={contact.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={`${portalBase}/kontaktpersoner/${contact.id}`}>{contact.name}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{contact.role ?? none}</Table.Cell>
                  <Table.Cell>{contact.since ? formatDate(contact.since) : none}</Table.Cell>
                  <Table.Cell>
                    {contact.email ? (
                      <a href={`mailto:${contact.email}`} className="ds-link">
                        {contact.email}
                      </a>
                    ) : (
                      none
                    )}
                  </Table.Cell>
                  <Table.Cell>{contact.phone ?? none}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {formerContacts.length > 0 ? (
        <TableScroll label={t('partners.contacts.former')}>
          <Table>
            <caption>{t('partners.contacts.former')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('partners.contact.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('partners.contact.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('partners.contacts.period')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {formerContacts.map((former) => (
                <Table.Row key={former.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={`${portalBase}/kontaktpersoner/${former.contact.id}`}>{former.contact.name}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{former.role ?? none}</Table.Cell>
                  <Table.Cell>{`${formatDate(former.fromDate)} – ${formatDate(former.toDate)}`}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      ) : null}
    </section>
  );
}
