import { Paragraph } from '@digdir/designsystemet-react';
import { Outlet } from 'react-router';
import type { Route } from './+types/district-layout';
import { viewedDistrictMiddleware } from '../../middleware/national.server';
import { AppNavLink } from '../../shared/ui/app-link';
import { useI18n } from '../../shared/i18n/i18n-context';
import type { MessageKey } from '../../shared/i18n/i18n';
import { viewedDistrict } from './viewed-district.server';
import type { DistrictRegister } from './paths';
import { viewedDistrictPath } from './paths';

/** `/nasjonalt/distrikter/:districtId`: an unknown district is 404 (viewedDistrictMiddleware). */
export const middleware: Route.MiddlewareFunction[] = [viewedDistrictMiddleware];

export function loader({ context }: Route.LoaderArgs) {
  return { district: viewedDistrict(context) };
}

const SECTIONS: readonly [DistrictRegister | '', MessageKey][] = [
  ['', 'districts.view.facts'],
  ['grupper', 'districts.view.groups'],
  ['kurs', 'districts.view.courses'],
  ['samarbeidspartnere', 'districts.view.partners'],
  ['aktiviteter', 'districts.view.activities'],
];

/**
 * Around one district's read-only pages: where they are (all districts › this one) and the
 * registers the national office may read. Inquiries, cases and volunteer peers are not among
 * them, and their addresses here do not exist.
 */
export default function ViewedDistrictLayout({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { district } = loaderData;
  return (
    <div className="portal-stack">
      <nav aria-label={t('districts.view.sections', { name: district.name })}>
        <ul className="portal-link-list">
          <li>
            <AppNavLink to="/nasjonalt/distrikter" end>
              {t('districts.view.all')}
            </AppNavLink>
          </li>
          {SECTIONS.map(([page, label]) => (
            <li key={page}>
              <AppNavLink to={viewedDistrictPath(district.id, page)} end>
                {t(label)}
              </AppNavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Paragraph data-size="sm">{t('districts.view.readOnly')}</Paragraph>
      <Outlet />
    </div>
  );
}
