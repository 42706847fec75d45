import type { ShouldRevalidateFunctionArgs } from 'react-router';
import { Outlet } from 'react-router';
import type { Route } from './+types/shell';
import { loadShell } from './shell.server';
import { IdleWarning } from '../ui/idle-warning';
import { Main } from '../ui/page';
import { ShellHeader } from '../ui/shell-header';
import { useI18n } from '../i18n/i18n-context';
import { requireViewerMiddleware } from '../../middleware/auth.server';
import { portalName } from './portal-name';
import { portalPath } from './portals';

/** Every page inside needs a session for this portal; see requireViewerMiddleware. */
export const middleware: Route.MiddlewareFunction[] = [requireViewerMiddleware];

export function loader({ context }: Route.LoaderArgs) {
  return loadShell(context);
}

/**
 * Every page view used the session, so the idle countdown starts again: the shell reloads on
 * each navigation (it costs no gateway call; the middleware asks anyway). The keep-alive
 * answers its own countdown and asks for no reload, so no page's data changes under a form.
 */
export function shouldRevalidate({ formMethod, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return formMethod === undefined || formMethod === 'GET' ? true : defaultShouldRevalidate;
}

export default function Shell({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { portal, office, viewer, navigation, idle } = loaderData;
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
      <IdleWarning idle={idle} keepAliveAction={portalPath(portal, 'okt')} loginPath={portalPath(portal, 'logg-inn')} />
    </>
  );
}
