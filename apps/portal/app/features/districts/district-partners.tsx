import { Heading } from '@digdir/designsystemet-react';
import type { Route } from './+types/district-partners';
import { loadDistrictPartners } from './district-registers.server';
import { PartnerFilters, PartnerTable } from '../partners/components/partner-list';
import { partnerListHref } from '../partners/list-query';
import { PageTitle } from '../../shared/ui/page';
import { useI18n } from '../../shared/i18n/i18n-context';
import { Pager } from '../../shared/list/list-kit';
import { viewedDistrictPath } from './paths';

export function loader({ request, context }: Route.LoaderArgs) {
  return loadDistrictPartners(request, context);
}

/** The partners one district keeps, read-only: organisations only, no partner page (it names contact persons). */
export default function DistrictPartnersPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { district, query, partners, totalCount, nextCursor, municipalities } = loaderData;
  const base = viewedDistrictPath(district.id, 'samarbeidspartnere');
  const heading = t('districts.view.partnersHeading', { name: district.name });
  return (
    <>
      <PageTitle>{heading}</PageTitle>
      <Heading level={1} data-size="lg">
        {heading}
      </Heading>
      <PartnerFilters query={query} municipalities={municipalities} resetHref={base} />
      <PartnerTable partners={partners} totalCount={totalCount} base={null} />
      <Pager
        label={t('partners.list.pages')}
        firstHref={query.after ? `${base}${partnerListHref({ ...query, after: '' })}` : null}
        nextHref={nextCursor ? `${base}${partnerListHref({ ...query, after: nextCursor })}` : null}
      />
    </>
  );
}
