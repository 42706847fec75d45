import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/start';
import { AppLink } from '../../shared/ui/app-link';
import { LanguageSwitch } from '../../shared/ui/language-switch';
import { Main, PageTitle } from '../../shared/ui/page';
import { env } from '../../env.server';
import { useI18n } from '../../shared/i18n/i18n-context';
import { DISTRICT_IDS, DISTRICT_LABELS, NATIONAL_SEGMENT } from '../../shared/layout/portals';

/**
 * `/`: the public comes first (the group finder), then staff. A district's own instance shows
 * its office and one staff portal; the shared instance lists every office.
 */
export function loader() {
  const pinned = env.PORTAL_DISTRICT;
  return {
    pinned: pinned ? { id: pinned, ...DISTRICT_LABELS[pinned] } : null,
    districts: pinned ? [] : DISTRICT_IDS.map((id) => ({ id, ...DISTRICT_LABELS[id] })),
  };
}

export default function StartPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{loaderData.pinned ? loaderData.pinned.name : t('start.title')}</PageTitle>
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
            {loaderData.pinned ? loaderData.pinned.name : t('app.name')}
          </Heading>
          <section aria-labelledby="start-finder" className="portal-stack">
            <Heading level={2} data-size="sm" id="start-finder">
              {t('start.finder')}
            </Heading>
            <Paragraph>{t('start.finderIntro')}</Paragraph>
            <Paragraph>
              <AppLink to="/grupper">{t('start.finderLink')}</AppLink>
            </Paragraph>
          </section>
          {loaderData.pinned ? (
            <section aria-labelledby="start-staff" className="portal-stack">
              <Heading level={2} data-size="sm" id="start-staff">
                {t('start.heading')}
              </Heading>
              <Paragraph>
                <AppLink to={`/${loaderData.pinned.id}`}>
                  {t('start.staffLink', { office: loaderData.pinned.name })}
                </AppLink>
              </Paragraph>
            </section>
          ) : (
            <>
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
            </>
          )}
          <section aria-labelledby="start-partners" className="portal-stack">
            <Heading level={2} data-size="sm" id="start-partners">
              {t('api.startPage.heading')}
            </Heading>
            <Paragraph>{t('api.startPage.intro')}</Paragraph>
            <Paragraph>
              <AppLink to="/api/dokumentasjon">{t('api.startPage.link')}</AppLink>
            </Paragraph>
          </section>
        </div>
      </Main>
    </>
  );
}
