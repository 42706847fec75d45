import { createContext } from 'react-router';
import type { Gateway } from './shared/gateway/gateway.server';
import type { Lang } from './shared/i18n/i18n';
import type { DistrictId, DistrictPortal, Portal } from './shared/layout/portals';
import type { StaffSession } from './session/session-cookie.server';
import type { Viewer } from './session/viewer.server';

// Values the middleware puts on the router context for the loaders and actions below it.
// None has a default: reading one that was not set is a programming error and throws.

/** The request's language (cookie `lang`), set by the root middleware. */
export const langContext = createContext<Lang>();

/** This request's own gateway client, set by the root middleware. */
export const gatewayContext = createContext<Gateway>();

/** The session cookie's content, or null; set by the root middleware. */
export const sessionContext = createContext<StaffSession | null>();

/** The portal the URL opens (district or national), set by the portal layout's middleware. */
export const portalContext = createContext<Portal>();

/** The same portal, checked to be a district's, set by the district layout's middleware. */
export const districtContext = createContext<DistrictPortal>();

/**
 * The district a national page reads (`/nasjonalt/distrikter/:districtId/…`), checked to exist,
 * set by that layout's middleware.
 */
export const viewedDistrictContext = createContext<DistrictId>();

/** The logged-in staff user, set by the shell's middleware for protected pages. */
export const viewerContext = createContext<Viewer>();

/** This response's CSP script nonce, set by the root middleware and used by entry.server. */
export const nonceContext = createContext<string>();
