import { AppLink } from '../../../shared/ui/app-link';
import { useI18n } from '../../../shared/i18n/i18n-context';
import type { MessageKey } from '../../../shared/i18n/i18n';
import { ListTable } from '../../../shared/list/list-kit';
import { apiClientStatus, expiryDate } from '../api-client-form';
import { scopeLabel } from '../labels';
import { USAGE_DAYS } from '../usage';
import { formatCount } from '../../../shared/charts/chart-frame';

export interface ApiClientRow {
  id: string;
  name: string;
  partnerId?: string | null;
  scopes: readonly string[];
  districts: readonly { name: string }[];
  expiresAt?: string | null;
  revokedAt?: string | null;
  lastUsedAt?: string | null;
  usage: { totals: { requests: number } };
}

export function ApiClientTable({
  clients,
  partnerNames,
  base,
  now,
}: {
  clients: readonly ApiClientRow[];
  partnerNames: Readonly<Record<string, string>>;
  base: string;
  /** The loader's clock, so the server's and the browser's render agree on what has expired. */
  now: string;
}) {
  const { t, lang, formatDate, formatDateTime } = useI18n();
  return (
    <ListTable
      caption={t('apiClients.list.caption', { count: clients.length })}
      columns={[
        t('apiClients.field.name'),
        t('apiClients.list.organisation'),
        t('apiClients.field.scopes'),
        t('apiClients.field.districtIds'),
        t('apiClients.field.expiresAt'),
        t('apiClients.status'),
        t('apiClients.page.lastUsed'),
        t('apiClients.list.requests', { days: USAGE_DAYS }),
      ]}
      rows={clients}
      rowKey={(client) => client.id}
      cells={(client) => [
        <AppLink key="name" to={`${base}/${client.id}`}>
          {client.name}
        </AppLink>,
        client.partnerId ? (partnerNames[client.partnerId] ?? t('apiClients.page.partnerUnknown')) : '–',
        client.scopes.map((scope) => scopeLabel(t, scope)).join(', '),
        client.districts.map(({ name }) => name).join(', '),
        client.expiresAt ? formatDate(expiryDate(client.expiresAt)) : t('apiClients.list.noExpiry'),
        t(`apiClients.status.${apiClientStatus(client, new Date(now))}` as MessageKey),
        client.lastUsedAt ? formatDateTime(client.lastUsedAt) : t('apiClients.list.never'),
        formatCount(lang, client.usage.totals.requests),
      ]}
      empty={t('apiClients.list.empty')}
      rowHeaders
    />
  );
}
