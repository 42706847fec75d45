import type { Database } from '@selvhjelp/db';
import type { Logger } from './logger.js';
import type { Viewer } from './policy.js';
import { requireViewer } from './policy.js';
import type { ClientInfo } from './services/auth-service.js';
import { AuthService } from './services/auth-service.js';
import { StaffService } from './services/staff-service.js';

/** Everything one GraphQL request needs; built fresh per request, so nothing leaks between users. */
export interface GatewayContext {
  requestId: string;
  viewer: Viewer | null;
  client: ClientInfo;
  db: Database;
  logger: Logger;
  auth: AuthService;
  /** Services that need a logged-in viewer; each call throws UNAUTHENTICATED without one. */
  staff(): StaffService;
}

export interface ContextDeps {
  db: Database;
  logger: Logger;
  now?: () => Date;
}

export function createContext(
  deps: ContextDeps,
  request: { requestId: string; viewer: Viewer | null; client: ClientInfo },
): GatewayContext {
  const auth = new AuthService(deps.db, deps.logger, deps.now);
  let staff: StaffService | undefined;
  return {
    ...request,
    db: deps.db,
    logger: deps.logger,
    auth,
    staff: () => (staff ??= new StaffService(deps.db, requireViewer(request.viewer), deps.now)),
  };
}
