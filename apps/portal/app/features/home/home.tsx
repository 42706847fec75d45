import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/home';
import { loadHome } from './home.server';
import { DistrictAgenda } from './components/district-agenda';
import { DistrictList } from '../districts/components/district-list';
import { PageTitle } from '../../shared/ui/page';
import type { MessageKey } from '../../shared/i18n/i18n';
import { useI18n } from '../../shared/i18n/i18n-context';

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
        <>
          <DistrictAgenda agenda={loaderData.agenda} portal={loaderData.portal} shown={loaderData.shown} />
          {/* The district's figures for the period (issue 13's overview) go here, as a section of their own after the agenda. */}
        </>
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
