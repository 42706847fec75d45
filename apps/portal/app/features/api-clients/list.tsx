import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/list';
import { loadApiClientList } from './list.server';
import { AppLink } from '../../shared/ui/app-link';
import { PageTitle } from '../../shared/ui/page';
import { ApiClientTable } from './components/api-client-table';
import { useI18n } from '../../shared/i18n/i18n-context';
import { portalPath } from '../../shared/layout/portals';
import { CreateLink, ListActions } from '../../shared/list/list-kit';

export function loader({ context }: Route.LoaderArgs) {
  return loadApiClientList(context);
}

export default function ApiClientListPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, clients, partnerNames, now } = loaderData;
  const base = portalPath(portal, 'api-klienter');
  return (
    <div className="portal-stack">
      <PageTitle>{t('apiClients.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('apiClients.title')}
      </Heading>
      <Paragraph>{t('apiClients.intro')}</Paragraph>
      <ListActions label={t('apiClients.list.actions')}>
        <CreateLink to={`${base}/ny`}>{t('apiClients.list.create')}</CreateLink>
        <li>
          <AppLink to="/api/dokumentasjon" reloadDocument>
            {t('apiClients.docsLink')}
          </AppLink>
        </li>
        <li>
          <AppLink to="/api/utforsker" reloadDocument>
            {t('apiClients.explorerLink')}
          </AppLink>
        </li>
      </ListActions>
      <ApiClientTable clients={clients} partnerNames={partnerNames} base={base} now={now} />
    </div>
  );
}
