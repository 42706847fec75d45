import type { RouterContextProvider } from 'react-router';
import { portalContext, viewerContext } from '../../context.server';
import { navigationFor } from './navigation';
import { idleTimeLeft } from '../../session/idle-time.server';

/**
 * What the shell's header shows: the office, the user, the navigation, and how long the
 * session has before it goes idle. All of it comes from the viewer lookup the middleware
 * already made; a district portal's session belongs to a user of that district, so the
 * office is the user's own.
 */
export function loadShell(context: Readonly<RouterContextProvider>) {
  const portal = context.get(portalContext);
  const viewer = context.get(viewerContext);
  const office = portal.kind === 'district' ? viewer.district : null;
  return {
    portal,
    viewer: { name: viewer.name, role: viewer.role },
    office: office ? { name: office.name, officeTown: office.officeTown } : null,
    navigation: navigationFor(portal, viewer.role),
    idle: idleTimeLeft(viewer.session),
  };
}
