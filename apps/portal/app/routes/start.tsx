import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { redirect } from 'react-router';
import type { Route } from './+types/start';
import { AppLink } from '../components/app-link';
import { LanguageSwitch } from '../components/language-switch';
import { Main, PageTitle } from '../components/page';
import { env } from '../env.server';
import { useI18n } from '../i18n/i18n-context';
import { DISTRICT_IDS, DISTRICT_LABELS, NATIONAL_SEGMENT } from '../portal/portals';

/** `/`: a pinned instance has one portal and goes straight there; otherwise choose an office. */
export function loader() {
  if (env.PORTAL_DISTRICT) throw redirect(`/${env.PORTAL_DISTRICT}`);
  return {
    districts: DISTRICT_IDS.map((id) => ({ id, ...DISTRICT_LABELS[id] })),
  };
}

export default function StartPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('start.title')}</PageTitle>
      <header className="portal-header">
        <div className="portal-header__inner">
          <Paragraph className="portal-header__office">{t('app.name')}</Paragraph>
          <div className="portal-header__tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <Main>
        <div className="portal-stack">
          <Heading level={1} data-size="lg">
            {t('start.heading')}
          </Heading>
          <Paragraph>{t('start.intro')}</Paragraph>
          <section aria-labelledby="start-national" className="portal-stack">
            <Heading level={2} data-size="sm" id="start-national">
              {t('start.national')}
            </Heading>
            <Paragraph>
              <AppLink to={`/${NATIONAL_SEGMENT}`}>{t('start.nationalLink')}</AppLink>
            </Paragraph>
          </section>
          <section aria-labelledby="start-districts" className="portal-stack">
            <Heading level={2} data-size="sm" id="start-districts">
              {t('start.districts')}
            </Heading>
            <ul className="portal-office-list">
              {loaderData.districts.map((district) => (
                <li key={district.id}>
                  <Card data-color="neutral">
                    <Heading level={3} data-size="2xs">
                      <AppLink to={`/${district.id}`}>{district.name}</AppLink>
                    </Heading>
                    <Paragraph data-size="sm">{district.officeTown}</Paragraph>
                  </Card>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="start-finder" className="portal-stack">
            <Heading level={2} data-size="sm" id="start-finder">
              {t('start.finder')}
            </Heading>
            <Paragraph>{t('start.finderIntro')}</Paragraph>
            <Paragraph>
              <AppLink to="/grupper">{t('start.finderLink')}</AppLink>
            </Paragraph>
          </section>
        </div>
      </Main>
    </>
  );
}
