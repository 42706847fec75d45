import type { Database } from '@selvhjelp/db';
import type { LoginThrottle } from './auth/login-throttle.js';
import type { Loaders } from './loaders.js';
import { createLoaders } from './loaders.js';
import type { Logger } from './logger.js';
import type { Viewer } from './policy.js';
import { readScope, requireViewer } from './policy.js';
import type { ClientInfo } from './services/auth-service.js';
import { AuthService } from './services/auth-service.js';
import { GroupService } from './services/group-service.js';
import { GroupTransferService } from './services/group-transfer-service.js';
import { PublicGroupService } from './services/public-group-service.js';
import { StaffService } from './services/staff-service.js';
import { FacilitatorService } from './services/facilitator-service.js';
import { TrainingService } from './services/training-service.js';
import { AgreementService } from './services/agreement-service.js';
import type { AttachmentSettings } from './services/attachment-store.js';
import { AttachmentStore } from './services/attachment-store.js';
import { OutreachService } from './services/outreach-service.js';
import { CalendarFeedService } from './services/calendar-feed-service.js';
import { PartnerService } from './services/partner-service.js';
import type { Locale } from '@selvhjelp/domain';
import { DEFAULT_ATTACHMENT_MAX_BYTES, DEFAULT_LOCALE, todayIn } from '@selvhjelp/domain';

/** Everything one GraphQL request needs; built fresh per request, so nothing leaks between users. */
export interface GatewayContext {
  requestId: string;
  /** The reader's language (from Accept-Language); error messages are rendered in it. */
  locale: Locale;
  viewer: Viewer | null;
  client: ClientInfo;
  db: Database;
  logger: Logger;
  now(): Date;
  auth: AuthService;
  publicGroups: PublicGroupService;
  /** Services that need a logged-in viewer; each call throws UNAUTHENTICATED without one. */
  staff(): StaffService;
  groups(): GroupService;
  groupTransfer(): GroupTransferService;
  facilitators(): FacilitatorService;
  training(): TrainingService;
  partners(): PartnerService;
  agreements(): AgreementService;
  outreach(): OutreachService;
  /** Calendar subscription addresses; the feed itself needs no login (the token is the credential). */
  calendarFeeds: CalendarFeedService;
  publicBaseUrl: string;
  /** Batch loaders bound to the viewer's scope. */
  loaders(): Loaders;
}

export interface ContextDeps {
  db: Database;
  logger: Logger;
  publicBaseUrl: string;
  /** Agreement documents; default: in the database, 5 MiB. */
  attachments?: AttachmentSettings;
  /** Largest CSV file the group import reads; default 2 MiB. */
  csvImportMaxBytes?: number;
  /** Where login failures are counted; default: the database's login log. */
  loginThrottle?: LoginThrottle;
  now?: () => Date;
}

export function createContext(
  deps: ContextDeps,
  request: { requestId: string; viewer: Viewer | null; client: ClientInfo; locale?: Locale },
): GatewayContext {
  const now = deps.now ?? (() => new Date());
  const attachments = deps.attachments ?? { dir: undefined, maxBytes: DEFAULT_ATTACHMENT_MAX_BYTES };
  const lazy = <T>(make: (viewer: Viewer) => T) => {
    let value: T | undefined;
    return () => (value ??= make(requireViewer(request.viewer)));
  };
  return {
    ...request,
    locale: request.locale ?? DEFAULT_LOCALE,
    db: deps.db,
    logger: deps.logger,
    now,
    auth: new AuthService(deps.db, deps.logger, now, deps.loginThrottle),
    publicGroups: new PublicGroupService(deps.db, deps.publicBaseUrl, now),
    staff: lazy((viewer) => new StaffService(deps.db, viewer, now)),
    groups: lazy((viewer) => new GroupService(deps.db, viewer, now)),
    groupTransfer: lazy((viewer) => new GroupTransferService(deps.db, viewer, now, deps.csvImportMaxBytes)),
    facilitators: lazy((viewer) => new FacilitatorService(deps.db, viewer, now)),
    training: lazy((viewer) => new TrainingService(deps.db, viewer, now)),
    partners: lazy((viewer) => new PartnerService(deps.db, viewer, now)),
    agreements: lazy((viewer) => new AgreementService(deps.db, viewer, new AttachmentStore(attachments, deps.db.repositories.partners), now)),
    outreach: lazy((viewer) => new OutreachService(deps.db, viewer, now)),
    calendarFeeds: new CalendarFeedService(deps.db, deps.publicBaseUrl, now),
    publicBaseUrl: deps.publicBaseUrl,
    loaders: lazy((viewer) => createLoaders(deps.db, readScope(viewer), todayIn(now()))),
  };
}
