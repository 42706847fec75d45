import { Outlet } from 'react-router';
import type { Route } from './+types/shell';
import { loadShell } from './shell.server';
import { Main } from '../../components/page';
import { ShellHeader } from '../../components/shell-header';
import { useI18n } from '../../i18n/i18n-context';
import { requireViewerMiddleware } from '../../middleware/auth.server';
import { portalName } from '../../portal/portal-name';
import { portalPath } from '../../portal/portals';

/** Every page inside needs a session for this portal; see requireViewerMiddleware. */
export const middleware: Route.MiddlewareFunction[] = [requireViewerMiddleware];

export function loader({ context }: Route.LoaderArgs) {
  return loadShell(context);
}

export default function Shell({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, office, viewer, navigation } = loaderData;
  return (
    <>
      <ShellHeader
        base={portalPath(portal)}
        office={office?.name ?? portalName(portal, t)}
        officeTown={office?.officeTown}
        user={viewer}
        navigation={navigation}
      />
      <Main>
        <Outlet />
      </Main>
    </>
  );
}
