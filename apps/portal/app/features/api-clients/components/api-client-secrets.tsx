import { Heading } from '@digdir/designsystemet-react';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { ListTable } from '../../../shared/list/list-kit';

export interface SecretRow {
  id: string;
  lastFour: string;
  createdAt: string;
  validUntil?: string | null;
  revokedAt?: string | null;
  lastUsedAt?: string | null;
}

/** The client's keys, newest first: never a key, only its last four characters. */
export function ApiClientSecrets({ name, secrets }: { name: string; secrets: readonly SecretRow[] }) {
  const { t, formatDateTime } = useI18n();
  const when = (iso: string | null | undefined, otherwise: string) => (iso ? formatDateTime(iso) : otherwise);
  return (
    <section aria-labelledby="secrets-heading" className="portal-stack">
      <Heading level={2} data-size="sm" id="secrets-heading">
        {t('apiClients.secrets.heading')}
      </Heading>
      <ListTable
        caption={t('apiClients.secrets.caption', { name })}
        columns={[
          t('apiClients.secrets.key'),
          t('apiClients.secrets.created'),
          t('apiClients.secrets.validUntil'),
          t('apiClients.secrets.revoked'),
          t('apiClients.secrets.lastUsed'),
        ]}
        rows={secrets}
        rowKey={(secret) => secret.id}
        cells={(secret) => [
          <code key="key">{t('apiClients.secrets.endsWith', { lastFour: secret.lastFour })}</code>,
          formatDateTime(secret.createdAt),
          when(secret.validUntil, t('apiClients.secrets.noEnd')),
          when(secret.revokedAt, '–'),
          when(secret.lastUsedAt, t('apiClients.list.never')),
        ]}
        empty={t('apiClients.page.none')}
        rowHeaders
        testId="api-client-secrets"
      />
    </section>
  );
}
