import { Heading } from '@digdir/designsystemet-react';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { MessageKey } from '../../../shared/i18n/i18n';
import type { ApiClientStatus } from '../api-client-form';
import { expiryDate } from '../api-client-form';
import { scopeLabel } from '../labels';

export interface ApiClientFactsProps {
  client: {
    contactName: string;
    contactEmail: string;
    organisationNumber?: string | null;
    partnerId?: string | null;
    scopes: readonly string[];
    districts: readonly { name: string }[];
    expiresAt?: string | null;
    revokedAt?: string | null;
    lastUsedAt?: string | null;
    createdAt: string;
  };
  partnerName: string | null;
  status: ApiClientStatus;
}

export function ApiClientFacts({ client, partnerName, status }: ApiClientFactsProps) {
  const { t, formatDate, formatDateTime } = useI18n();
  const none = t('apiClients.page.none');
  return (
    <section aria-labelledby="facts-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="facts-heading">
        {t('apiClients.page.facts')}
      </Heading>
      <dl className="portal-facts">
        <dt>{t('apiClients.status')}</dt>
        <dd data-testid="api-client-status">{t(`apiClients.status.${status}` as MessageKey)}</dd>
        <dt>{t('apiClients.field.contactName')}</dt>
        <dd>{client.contactName}</dd>
        <dt>{t('apiClients.field.contactEmail')}</dt>
        <dd>{client.contactEmail}</dd>
        <dt>{t('apiClients.field.organisationNumber')}</dt>
        <dd>{client.organisationNumber ?? none}</dd>
        <dt>{t('apiClients.field.partnerId')}</dt>
        <dd>{client.partnerId ? (partnerName ?? t('apiClients.page.partnerUnknown')) : none}</dd>
        <dt>{t('apiClients.field.scopes')}</dt>
        <dd>
          <ul className="portal-plain-list">
            {client.scopes.map((scope) => (
              <li key={scope}>{scopeLabel(t, scope)}</li>
            ))}
          </ul>
        </dd>
        <dt>{t('apiClients.field.districtIds')}</dt>
        <dd>{client.districts.map(({ name }) => name).join(', ')}</dd>
        <dt>{t('apiClients.field.expiresAt')}</dt>
        <dd>{client.expiresAt ? formatDate(expiryDate(client.expiresAt)) : t('apiClients.list.noExpiry')}</dd>
        <dt>{t('apiClients.page.created')}</dt>
        <dd>{formatDateTime(client.createdAt)}</dd>
        {client.revokedAt ? (
          <>
            <dt>{t('apiClients.page.revokedAt')}</dt>
            <dd>{formatDateTime(client.revokedAt)}</dd>
          </>
        ) : null}
        <dt>{t('apiClients.page.lastUsed')}</dt>
        <dd>{client.lastUsedAt ? formatDateTime(client.lastUsedAt) : t('apiClients.list.never')}</dd>
      </dl>
    </section>
  );
}
