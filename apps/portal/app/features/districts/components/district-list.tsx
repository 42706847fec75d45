import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { AppLink } from '../../../shared/ui/app-link';
import { useI18n } from '../../../shared/i18n/i18n-context';
import { viewedDistrictPath } from '../paths';

export interface DistrictSummary {
  id: string;
  name: string;
  officeTown: string;
  counties: readonly { number: string; name: string; municipalityCount: number }[];
}

/**
 * The district offices, each linking to its read-only pages in the national portal. Not to the
 * district's own portal: national users have no login there.
 */
export function DistrictList({ districts }: { districts: readonly DistrictSummary[] }) {
  const { t } = useI18n();
  return (
    <ul className="portal-office-list">
      {districts.map((district) => (
        <li key={district.id}>
          <Card data-color="neutral">
            <Heading level={3} data-size="2xs">
              <AppLink to={viewedDistrictPath(district.id)}>{district.name}</AppLink>
            </Heading>
            <Paragraph data-size="sm">{`${t('home.officeTown')}: ${district.officeTown}`}</Paragraph>
            <Paragraph data-size="sm">
              {`${t('home.countiesColumn')}: ${district.counties.map((county) => county.name).join(', ')}`}
            </Paragraph>
          </Card>
        </li>
      ))}
    </ul>
  );
}
