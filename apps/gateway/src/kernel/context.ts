import type { Database } from '@selvhjelp/db';
import type { LoginThrottle } from '../auth/login-throttle.js';
import type { Logger } from '../logger.js';
import type { ApiClientViewer, Viewer } from './policy.js';
import { apiClientOverviewScope, overviewScope, requireViewer } from './policy.js';
import { forbidden, unauthenticated } from './errors.js';
import type { ReadHook } from './read-path.js';
import { ReadPath, ignoreReads } from './read-path.js';
import type { ClientInfo } from '../modules/auth/auth-service.js';
import { AuthService } from '../modules/auth/auth-service.js';
import { GroupService } from '../modules/groups/group-service.js';
import { GroupTransferService } from '../modules/groups/group-transfer-service.js';
import { PublicGroupService } from '../modules/groups/public-group-service.js';
import { StaffService } from '../modules/staff/staff-service.js';
import { FacilitatorService } from '../modules/facilitators/facilitator-service.js';
import { TrainingService } from '../modules/training/training-service.js';
import { EnrolmentService } from '../modules/training/enrolment-service.js';
import { AgreementService } from '../modules/partners/agreement-service.js';
import type { AttachmentSettings } from '../modules/partners/attachment-store.js';
import { AttachmentStore } from '../modules/partners/attachment-store.js';
import { OutreachService } from '../modules/outreach/outreach-service.js';
import { CalendarFeedService } from '../modules/outreach/calendar-feed-service.js';
import { PartnerService } from '../modules/partners/partner-service.js';
import { FollowUpCaseService } from '../modules/follow-up-cases/case-service.js';
import { CaseWriteService } from '../modules/follow-up-cases/case-write-service.js';
import { RetentionService } from '../modules/retention/retention-service.js';
import { ReportService } from '../modules/reports/report-service.js';
import type { ReportSource } from '../modules/reports/report-source.js';
import { InquiryService } from '../modules/inquiries/inquiry-service.js';
import { InterestListService } from '../modules/inquiries/interest-list-service.js';
import { ReferralResourceService } from '../modules/referral-resources/referral-resource-service.js';
import { VolunteerPeerService } from '../modules/volunteer-peers/volunteer-peer-service.js';
import { PeerMatchingService } from '../modules/volunteer-peers/peer-matching-service.js';
import { PublicSurveyService } from '../modules/surveys/public-survey-service.js';
import { SurveyService } from '../modules/surveys/survey-service.js';
import { OverviewService } from '../modules/overview/overview-service.js';
import { AgendaService } from '../modules/agenda/agenda-service.js';
import { ApiClientService } from '../modules/api-clients/api-client-service.js';
import { PartnerReadService } from '../modules/api-clients/partner-reads.js';
import { ServiceReferralService } from '../modules/service-referrals/service-referral-service.js';
import type { Locale } from '@selvhjelp/domain';
import { DEFAULT_ATTACHMENT_MAX_BYTES, DEFAULT_LOCALE, DEFAULT_SUPPRESSION_THRESHOLD } from '@selvhjelp/domain';

/** Everything one GraphQL request needs; built fresh per request, so nothing leaks between users. */
export interface GatewayContext {
  requestId: string;
  /** The reader's language (from Accept-Language); error messages are rendered in it. */
  locale: Locale;
  viewer: Viewer | null;
  /** A partner organisation's program, by its API key (decision 0032); then `viewer` is null. */
  apiClient: ApiClientViewer | null;
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
  /** Enrolment in courses, the waiting list and attendance. */
  enrolments(): EnrolmentService;
  partners(): PartnerService;
  agreements(): AgreementService;
  outreach(): OutreachService;
  /** Follow-up cases as staff read them (every read is in the access log). */
  followUpCases(): FollowUpCaseService;
  /** Changes to follow-up cases (each logged with the change). */
  caseWork(): CaseWriteService;
  retention(): RetentionService;
  /** The yearly report: background jobs (national roles), their files, one report on request. */
  reports(): ReportService;
  /** Inquiries, consents and interest-list places: district staff only, every read logged. */
  inquiries(): InquiryService;
  interestLists(): InterestListService;
  referralResources(): ReferralResourceService;
  volunteerPeers(): VolunteerPeerService;
  peerMatching(): PeerMatchingService;
  /** Surveys as staff see them: their own to write, results as aggregates with small numbers hidden. */
  surveys(): SurveyService;
  /** A survey through its public link (no login); submissions leave no trace of the request. */
  publicSurveys: PublicSurveyService;
  /** Aggregates for the dashboards and reports, small numbers protected (issue 13). */
  overview(): OverviewService;
  /** The district home's agenda, read through the services above. */
  agenda(): AgendaService;
  /** API clients as administrators and district leads manage them. */
  apiClients(): ApiClientService;
  /** What an API client reads, by its scopes and districts; FORBIDDEN for anyone else. */
  partnerReads(): PartnerReadService;
  /** Referrals and talk requests from public services: API clients with `referrals:write` only (staff FORBIDDEN). */
  serviceReferrals(): ServiceReferralService;
  /** Calendar subscription addresses; the feed itself needs no login (the token is the credential). */
  calendarFeeds: CalendarFeedService;
  publicBaseUrl: string;
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
  /** Told of every record read; default: nothing (registries). The access log plugs in here. */
  readHook?: ReadHook;
  /** Where reports get their tables: the overview's figures. */
  reportSource: ReportSource;
  /** Counts below this are hidden in protected statistics; default 5 (STATISTICS_SUPPRESSION_THRESHOLD). */
  suppressionThreshold?: number;
  now?: () => Date;
}

export function createContext(
  deps: ContextDeps,
  request: {
    requestId: string;
    viewer: Viewer | null;
    apiClient?: ApiClientViewer | null;
    client: ClientInfo;
    locale?: Locale;
    /** The request's `Idempotency-Key` header, if any (decision 0033). */
    idempotencyKey?: string | null;
  },
): GatewayContext {
  const now = deps.now ?? (() => new Date());
  const attachments = deps.attachments ?? { dir: undefined, maxBytes: DEFAULT_ATTACHMENT_MAX_BYTES };
  const readHook = deps.readHook ?? ignoreReads;
  // The one way records leave the services to this request's viewer (redaction and read hook).
  const read = new ReadPath(request.viewer, readHook, { db: deps.db, requestId: request.requestId, now });
  const apiClient = request.apiClient ?? null;
  // No staff service is ever built for an API client: whatever its scopes, inquiries, cases,
  // facilitators, peers, contacts and staff answer FORBIDDEN, and so does any path to them that
  // a later field might open. What it may read goes through partnerReads().
  const lazy = <T>(make: (viewer: Viewer) => T) => {
    let value: T | undefined;
    return () => {
      if (apiClient) throw forbidden('API_CLIENT_FORBIDDEN');
      return (value ??= make(requireViewer(request.viewer)));
    };
  };
  let partnerReads: PartnerReadService | undefined;
  let serviceReferrals: ServiceReferralService | undefined;
  let clientOverview: OverviewService | undefined;
  const { idempotencyKey, ...requestFields } = request;
  const context: GatewayContext = {
    ...requestFields,
    apiClient,
    locale: request.locale ?? DEFAULT_LOCALE,
    db: deps.db,
    logger: deps.logger,
    now,
    auth: new AuthService(deps.db, deps.logger, now, deps.loginThrottle),
    publicGroups: new PublicGroupService(deps.db, deps.publicBaseUrl, read, now),
    // Each service is made once per request and owns its DataLoaders, so batches and caches
    // never outlive the request or cross viewers.
    staff: lazy((viewer) => new StaffService(deps.db, viewer, read, now)),
    groups: lazy((viewer) => new GroupService(deps.db, viewer, read, now)),
    groupTransfer: lazy((viewer) => new GroupTransferService(deps.db, viewer, read, now, deps.csvImportMaxBytes)),
    facilitators: lazy((viewer) => new FacilitatorService(deps.db, viewer, read, now)),
    training: lazy((viewer) => new TrainingService(deps.db, viewer, read, now)),
    enrolments: lazy((viewer) => new EnrolmentService(deps.db, viewer, read, context.training(), now)),
    partners: lazy((viewer) => new PartnerService(deps.db, viewer, read, now)),
    agreements: lazy(
      (viewer) =>
        new AgreementService(
          deps.db,
          viewer,
          read,
          new AttachmentStore(attachments, deps.db.repositories.partners),
          now,
        ),
    ),
    outreach: lazy((viewer) => new OutreachService(deps.db, viewer, read, now)),
    followUpCases: lazy((viewer) => new FollowUpCaseService(deps.db, viewer, read, now)),
    caseWork: lazy((viewer) => new CaseWriteService(deps.db, viewer, read, now)),
    retention: lazy((viewer) => new RetentionService(deps.db, viewer)),
    reports: lazy(
      (viewer) => new ReportService(deps.db, viewer, deps.reportSource, request.locale ?? DEFAULT_LOCALE, now),
    ),
    inquiries: lazy((viewer) => new InquiryService(deps.db, viewer, read, now)),
    interestLists: lazy((viewer) => new InterestListService(deps.db, viewer, read, now)),
    referralResources: lazy((viewer) => new ReferralResourceService(deps.db, viewer, read, now)),
    volunteerPeers: lazy((viewer) => new VolunteerPeerService(deps.db, viewer, read, now)),
    peerMatching: lazy((viewer) => new PeerMatchingService(deps.db, viewer, read, now)),
    surveys: lazy((viewer) => new SurveyService(deps.db, viewer, read, now)),
    publicSurveys: new PublicSurveyService(deps.db, read, now),
    // An API client with `statistics:read` reads the same protected tables for its districts.
    overview: apiClient
      ? () =>
          (clientOverview ??= new OverviewService(
            deps.db,
            (requested) => apiClientOverviewScope(apiClient, requested),
            now,
            deps.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD,
            request.locale ?? DEFAULT_LOCALE,
          ))
      : lazy(
          (viewer) =>
            new OverviewService(
              deps.db,
              (requested) => overviewScope(viewer, requested),
              now,
              deps.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD,
              request.locale ?? DEFAULT_LOCALE,
            ),
        ),
    agenda: lazy((viewer) => new AgendaService(deps.db, viewer, context, now)),
    apiClients: lazy((viewer) => new ApiClientService(deps.db, viewer, read, now)),
    partnerReads: () => {
      if (!apiClient) throw forbidden('FORBIDDEN');
      return (partnerReads ??= new PartnerReadService(deps.db, apiClient, read));
    },
    serviceReferrals: () => {
      if (!apiClient) {
        if (request.viewer) throw forbidden('SERVICE_REFERRALS_API_CLIENTS_ONLY');
        throw unauthenticated();
      }
      return (serviceReferrals ??= new ServiceReferralService(deps.db, apiClient, read, idempotencyKey ?? null, now));
    },
    calendarFeeds: new CalendarFeedService(deps.db, deps.publicBaseUrl, read, readHook, now),
    publicBaseUrl: deps.publicBaseUrl,
  };
  return context;
}
