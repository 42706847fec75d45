import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Route } from './+types/finder';
import { loadFinder } from './finder.server';
import { AppLink } from '../../shared/ui/app-link';
import { FinderFilters } from './components/finder-filters';
import { FinderResults } from './components/finder-results';
import { PageTitle } from '../../shared/ui/page';
import { finderSearchParams } from './finder-query';
import { useI18n } from '../../shared/i18n/i18n-context';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadFinder(request, context);
}

export default function FinderPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { query, pinned, groups, totalCount, nextCursor, districts } = loaderData;
  const pinnedDistrict = pinned ?? undefined;
  const pageHref = (after: string) => `/grupper?${finderSearchParams({ ...query, after }, pinnedDistrict)}`;
  return (
    <div className="portal-stack">
      <PageTitle>{t('finder.title')}</PageTitle>
      <Heading level={1} data-size="lg">
        {t('finder.heading')}
      </Heading>
      <Paragraph>{t('finder.intro')}</Paragraph>
      <FinderFilters query={query} pinned={pinned} districts={districts} />
      <FinderResults groups={groups} totalCount={totalCount} />
      {nextCursor || query.after ? (
        <nav aria-label={t('finder.results.heading')} className="portal-link-list">
          {query.after ? <AppLink to={pageHref('')}>{t('finder.results.first')}</AppLink> : null}
          {nextCursor ? <AppLink to={pageHref(nextCursor)}>{t('finder.results.next')}</AppLink> : null}
        </nav>
      ) : null}
    </div>
  );
}
