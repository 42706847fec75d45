import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { AppLink } from '../../../shared/ui/app-link';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { formatByteSize } from '../labels';
import { TableScroll } from '../../../shared/list/list-kit';

export interface PartnerAgreementsProps {
  agreements: readonly {
    id: string;
    title: string;
    startsOn: string;
    endsOn?: string | null;
    scope: string;
    inForce: boolean;
    attachment?: { fileName: string; byteSize: number } | null;
  }[];
  /** `/vest/samarbeidspartnere/:id`. */
  partnerHref: string;
}

export function PartnerAgreements({ agreements, partnerHref }: PartnerAgreementsProps) {
  const { t, lang, formatDate } = useI18n();
  return (
    <section aria-labelledby="agreements-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="agreements-heading">
        {t('partners.agreements.heading')}
      </Heading>
      <Paragraph>
        <AppLink to={`${partnerHref}/avtaler/ny`}>{t('partners.agreements.add')}</AppLink>
      </Paragraph>
      {agreements.length === 0 ? (
        <Paragraph>{t('partners.agreements.none')}</Paragraph>
      ) : (
        <TableScroll label={t('partners.agreements.caption', { count: agreements.length })}>
          <Table>
            <caption className="ds-sr-only">{t('partners.agreements.caption', { count: agreements.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('partners.agreement.title')}</Table.HeaderCell>
                <Table.HeaderCell>{t('partners.agreements.period')}</Table.HeaderCell>
                <Table.HeaderCell>{t('partners.agreements.inForce')}</Table.HeaderCell>
                <Table.HeaderCell>{t('partners.agreement.scope')}</Table.HeaderCell>
                <Table.HeaderCell>{t('partners.agreement.attachment')}</Table.HeaderCell>
                <Table.HeaderCell>{t('partners.agreements.edit')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {agreements.map((agreement) => {
                const href = `${partnerHref}/avtaler/${agreement.id}`;
                return (
                  <Table.Row key={agreement.id}>
                    <Table.HeaderCell scope="row">{agreement.title}</Table.HeaderCell>
                    <Table.Cell>{`${formatDate(agreement.startsOn)} – ${agreement.endsOn ? formatDate(agreement.endsOn) : t('partners.agreements.open')}`}</Table.Cell>
                    <Table.Cell>{agreement.inForce ? t('groups.yes') : t('groups.no')}</Table.Cell>
                    <Table.Cell className="portal-pre-line">{agreement.scope}</Table.Cell>
                    <Table.Cell>
                      {agreement.attachment ? (
                        <a href={`${href}/vedlegg`} className="ds-link" download={agreement.attachment.fileName}>
                          {`${agreement.attachment.fileName} (${formatByteSize(lang, agreement.attachment.byteSize)})`}
                        </a>
                      ) : (
                        t('groups.none')
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      <AppLink to={href} aria-label={t('partners.agreements.editNamed', { title: agreement.title })}>
                        {t('partners.agreements.edit')}
                      </AppLink>
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
