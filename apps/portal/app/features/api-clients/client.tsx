import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/client';
import { DEFAULT_ROTATION_OVERLAP_DAYS } from '@selvhjelp/domain';
import { apiClientPageAction, loadApiClientPage } from './client.server';
import { NO_STORE } from './access.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { NoticeAlert } from '../partners/components/form-support';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { apiClientStatus } from './api-client-form';
import { ApiClientFacts } from './components/api-client-facts';
import { ApiClientSecrets } from './components/api-client-secrets';
import { RevokeClient, RotateKey } from './components/api-client-actions';
import { KeyNotice } from './components/key-notice';
import { ApiClientUsage } from './components/api-client-usage';

export const headers: Route.HeadersFunction = () => NO_STORE;

export function loader({ request, params, context }: Route.LoaderArgs) {
  return loadApiClientPage(request, params, context);
}

export function action({ request, params, context }: Route.ActionArgs) {
  return apiClientPageAction(request, params, context);
}

export default function ApiClientPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, client, partnerName, notice, now } = loaderData;
  const base = portalPath(portal, 'api-klienter');
  const href = `${base}/${client.id}`;
  const status = apiClientStatus(client, new Date(now));
  const rotated = actionData?.intent === 'rotate' && actionData.ok ? actionData : null;
  const rotateFailed = actionData?.intent === 'rotate' && !actionData.ok ? actionData : null;
  const revoking = actionData?.intent === 'revoke' ? actionData : null;
  return (
    <div className="portal-stack">
      <PageTitle>{client.name}</PageTitle>
      <Paragraph data-size="sm">
        <AppLink to={base}>{t('apiClients.backToList')}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {client.name}
      </Heading>
      <NoticeAlert message={notice ? t(`apiClients.page.notice.${notice}`) : null} />
      {rotated ? (
        <KeyNotice
          heading={t('apiClients.key.rotatedHeading', { name: client.name })}
          apiKey={rotated.key}
          overlapUntil={rotated.overlapUntil}
        />
      ) : null}
      {client.revokedAt ? null : (
        <div className="portal-actions">
          <AppLink to={`${href}/rediger`}>{t('apiClients.page.edit')}</AppLink>
        </div>
      )}
      <ApiClientFacts client={client} partnerName={partnerName} status={status} />
      <ApiClientSecrets name={client.name} secrets={client.secrets} />
      <ApiClientUsage usage={client.usage} now={now} />
      {client.revokedAt ? null : (
        <>
          <RotateKey
            action={href}
            version={client.version}
            overlapDays={rotateFailed?.overlapDays ?? String(DEFAULT_ROTATION_OVERLAP_DAYS)}
            error={rotateFailed?.error ?? null}
            fieldError={rotateFailed?.field ?? false}
          />
          <RevokeClient
            action={href}
            name={client.name}
            confirming={revoking !== null && revoking.error === null}
            error={revoking?.error ?? null}
          />
        </>
      )}
    </div>
  );
}
