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
  return new RequestContext(deps, request);
}

/**
 * One request's context. Services are made on first use (most requests touch one or two of
 * them), once per request, and own their DataLoaders, so batches and caches never outlive the
 * request or cross viewers. No `#private` fields: Apollo hands resolvers a shallow copy of the
 * context (`Object.create(prototype)` + its own properties), which would not carry them.
 */
class RequestContext implements GatewayContext {
  readonly requestId: string;
  readonly locale: Locale;
  readonly viewer: Viewer | null;
  readonly apiClient: ApiClientViewer | null;
  readonly client: ClientInfo;
  readonly db: Database;
  readonly logger: Logger;
  readonly now: () => Date;
  readonly publicBaseUrl: string;
  private readonly deps: ContextDeps;
  private readonly idempotencyKey: string | null;
  private read: ReadPath | undefined;
  private readonly made = new Map<string, unknown>();

  constructor(deps: ContextDeps, request: Parameters<typeof createContext>[1]) {
    this.requestId = request.requestId;
    this.locale = request.locale ?? DEFAULT_LOCALE;
    this.viewer = request.viewer;
    this.apiClient = request.apiClient ?? null;
    this.client = request.client;
    this.db = deps.db;
    this.logger = deps.logger;
    this.now = deps.now ?? (() => new Date());
    this.publicBaseUrl = deps.publicBaseUrl;
    this.deps = deps;
    this.idempotencyKey = request.idempotencyKey ?? null;
  }

  /** The one way records leave the services to this request's viewer (redaction and read hook). */
  private get readPath(): ReadPath {
    return (this.read ??= new ReadPath(this.viewer, this.deps.readHook ?? ignoreReads, {
      db: this.db,
      requestId: this.requestId,
      now: this.now,
    }));
  }

  private once<T>(name: string, make: () => T): T {
    let value = this.made.get(name) as T | undefined;
    if (value === undefined) {
      value = make();
      this.made.set(name, value);
    }
    return value;
  }

  // No staff service is ever built for an API client: whatever its scopes, inquiries, cases,
  // facilitators, peers, contacts and staff answer FORBIDDEN, and so does any path to them that
  // a later field might open. What it may read goes through partnerReads().
  private staffOnly<T>(name: string, make: (viewer: Viewer) => T): T {
    if (this.apiClient) throw forbidden('API_CLIENT_FORBIDDEN');
    return this.once(name, () => make(requireViewer(this.viewer)));
  }

  get auth(): AuthService {
    return this.once('auth', () => new AuthService(this.db, this.logger, this.now, this.deps.loginThrottle));
  }

  get publicGroups(): PublicGroupService {
    return this.once(
      'publicGroups',
      () => new PublicGroupService(this.db, this.publicBaseUrl, this.readPath, this.now),
    );
  }

  get publicSurveys(): PublicSurveyService {
    return this.once('publicSurveys', () => new PublicSurveyService(this.db, this.readPath, this.now));
  }

  get calendarFeeds(): CalendarFeedService {
    return this.once(
      'calendarFeeds',
      () =>
        new CalendarFeedService(
          this.db,
          this.publicBaseUrl,
          this.readPath,
          this.deps.readHook ?? ignoreReads,
          this.now,
        ),
    );
  }

  staff(): StaffService {
    return this.staffOnly('staff', (viewer) => new StaffService(this.db, viewer, this.readPath, this.now));
  }

  groups(): GroupService {
    return this.staffOnly('groups', (viewer) => new GroupService(this.db, viewer, this.readPath, this.now));
  }

  groupTransfer(): GroupTransferService {
    return this.staffOnly(
      'groupTransfer',
      (viewer) => new GroupTransferService(this.db, viewer, this.readPath, this.now, this.deps.csvImportMaxBytes),
    );
  }

  facilitators(): FacilitatorService {
    return this.staffOnly('facilitators', (viewer) => new FacilitatorService(this.db, viewer, this.readPath, this.now));
  }

  training(): TrainingService {
    return this.staffOnly('training', (viewer) => new TrainingService(this.db, viewer, this.readPath, this.now));
  }

  enrolments(): EnrolmentService {
    return this.staffOnly(
      'enrolments',
      (viewer) => new EnrolmentService(this.db, viewer, this.readPath, this.training(), this.now),
    );
  }

  partners(): PartnerService {
    return this.staffOnly('partners', (viewer) => new PartnerService(this.db, viewer, this.readPath, this.now));
  }

  agreements(): AgreementService {
    return this.staffOnly(
      'agreements',
      (viewer) =>
        new AgreementService(
          this.db,
          viewer,
          this.readPath,
          new AttachmentStore(
            this.deps.attachments ?? { dir: undefined, maxBytes: DEFAULT_ATTACHMENT_MAX_BYTES },
            this.db.repositories.partners,
          ),
          this.now,
        ),
    );
  }

  outreach(): OutreachService {
    return this.staffOnly('outreach', (viewer) => new OutreachService(this.db, viewer, this.readPath, this.now));
  }

  followUpCases(): FollowUpCaseService {
    return this.staffOnly(
      'followUpCases',
      (viewer) => new FollowUpCaseService(this.db, viewer, this.readPath, this.now),
    );
  }

  caseWork(): CaseWriteService {
    return this.staffOnly('caseWork', (viewer) => new CaseWriteService(this.db, viewer, this.readPath, this.now));
  }

  retention(): RetentionService {
    return this.staffOnly('retention', (viewer) => new RetentionService(this.db, viewer));
  }

  reports(): ReportService {
    return this.staffOnly(
      'reports',
      (viewer) => new ReportService(this.db, viewer, this.deps.reportSource, this.locale, this.now),
    );
  }

  inquiries(): InquiryService {
    return this.staffOnly('inquiries', (viewer) => new InquiryService(this.db, viewer, this.readPath, this.now));
  }

  interestLists(): InterestListService {
    return this.staffOnly(
      'interestLists',
      (viewer) => new InterestListService(this.db, viewer, this.readPath, this.now),
    );
  }

  referralResources(): ReferralResourceService {
    return this.staffOnly(
      'referralResources',
      (viewer) => new ReferralResourceService(this.db, viewer, this.readPath, this.now),
    );
  }

  volunteerPeers(): VolunteerPeerService {
    return this.staffOnly(
      'volunteerPeers',
      (viewer) => new VolunteerPeerService(this.db, viewer, this.readPath, this.now),
    );
  }

  peerMatching(): PeerMatchingService {
    return this.staffOnly(
      'peerMatching',
      (viewer) => new PeerMatchingService(this.db, viewer, this.readPath, this.now),
    );
  }

  surveys(): SurveyService {
    return this.staffOnly('surveys', (viewer) => new SurveyService(this.db, viewer, this.readPath, this.now));
  }

  overview(): OverviewService {
    const threshold = this.deps.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
    // An API client with `statistics:read` reads the same protected tables for its districts.
    const apiClient = this.apiClient;
    if (apiClient) {
      return this.once(
        'overview',
        () =>
          new OverviewService(
            this.db,
            (requested) => apiClientOverviewScope(apiClient, requested),
            this.now,
            threshold,
            this.locale,
          ),
      );
    }
    return this.staffOnly(
      'overview',
      (viewer) =>
        new OverviewService(this.db, (requested) => overviewScope(viewer, requested), this.now, threshold, this.locale),
    );
  }

  agenda(): AgendaService {
    return this.staffOnly('agenda', (viewer) => new AgendaService(this.db, viewer, this, this.now));
  }

  apiClients(): ApiClientService {
    return this.staffOnly('apiClients', (viewer) => new ApiClientService(this.db, viewer, this.readPath, this.now));
  }

  partnerReads(): PartnerReadService {
    const apiClient = this.apiClient;
    if (!apiClient) throw forbidden('FORBIDDEN');
    return this.once('partnerReads', () => new PartnerReadService(this.db, apiClient, this.readPath));
  }

  serviceReferrals(): ServiceReferralService {
    const apiClient = this.apiClient;
    if (!apiClient) {
      if (this.viewer) throw forbidden('SERVICE_REFERRALS_API_CLIENTS_ONLY');
      throw unauthenticated();
    }
    return this.once(
      'serviceReferrals',
      () => new ServiceReferralService(this.db, apiClient, this.readPath, this.idempotencyKey, this.now),
    );
  }
}
