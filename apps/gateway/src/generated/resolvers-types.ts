import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StaffUserRecord as StaffUserRecordModel, GroupRecord as GroupRecordModel, VenueRecord as VenueRecordModel, GroupStatusChangeRecord as GroupStatusChangeRecordModel, GroupFollowUpRecord as GroupFollowUpRecordModel, GroupChangeRecord as GroupChangeRecordModel } from '@selvhjelp/db';
import type { District as DistrictModel, County as CountyModel, Municipality as MunicipalityModel, Theme as ThemeModel, Schedule as ScheduleModel, MeetingTime as MeetingTimeModel } from '@selvhjelp/domain';
import type { GatewayContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without time (YYYY-MM-DD), in Europe/Oslo. */
  Date: { input: string; output: string; }
  /** An instant in time, as an ISO 8601 string with offset (for example `2026-11-22T09:30:00.000Z`). */
  DateTime: { input: Date; output: Date; }
};

export type ChangeGroupStatusInput = {
  /** Defaults to today; may not be in the future. */
  effectiveDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  status: GroupStatus;
  version: Scalars['Int']['input'];
};

/** A county (fylke) in the 2024 county structure. */
export type County = {
  __typename?: 'County';
  district: District;
  municipalities: Array<Municipality>;
  name: Scalars['String']['output'];
  /** Official two-digit county number. */
  number: Scalars['String']['output'];
};

export type CreateGroupInput = {
  group: GroupInput;
};

export type CreateStaffUserInput = {
  /** Required for district roles, must be empty for NATIONAL and ADMIN. */
  districtId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  role: Role;
};

export type DatabaseKind =
  | 'PGLITE'
  | 'POSTGRESQL';

export type DeactivateStaffUserInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** A district office of Selvhjelp Norge and the area it covers. */
export type District = {
  __typename?: 'District';
  counties: Array<County>;
  /** Stable identifier, also the portal path segment: nord, midt, vest, sorvest, sor, innlandet, ost. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  officeTown: Scalars['String']['output'];
};

/** How to reach the district office that answers for a group; members are never contacted directly. */
export type DistrictContact = {
  __typename?: 'DistrictContact';
  email: Scalars['String']['output'];
  officeName: Scalars['String']['output'];
  phone: Scalars['String']['output'];
  web?: Maybe<Scalars['String']['output']>;
};

/** A self-help group as district staff see it. */
export type Group = {
  __typename?: 'Group';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  district: District;
  followUps: Array<GroupFollowUp>;
  format: GroupFormat;
  /** Every change to the group, newest first. */
  history: Array<GroupChange>;
  id: Scalars['ID']['output'];
  /** Whether the group is shown in the public finder now. */
  isPublic: Scalars['Boolean']['output'];
  /** Language codes (ISO 639-1), for example `nb`, `en`, `se`. */
  languages: Array<Scalars['String']['output']>;
  maxSize?: Maybe<Scalars['Int']['output']>;
  /** Link to online meetings; shown to staff only, never in the public finder. */
  meetingUrl?: Maybe<Scalars['String']['output']>;
  municipality: Municipality;
  name: Scalars['String']['output'];
  nextFollowUpDue?: Maybe<Scalars['Date']['output']>;
  nextMeetings: Array<Meeting>;
  openForNewMembers: Scalars['Boolean']['output'];
  schedule: GroupSchedule;
  /** Stable public address of the group (`/grupper/<slug>`). */
  slug: Scalars['String']['output'];
  status: GroupStatus;
  statusHistory: Array<GroupStatusChange>;
  targetGroup: TargetGroup;
  themes: Array<Theme>;
  updatedAt: Scalars['DateTime']['output'];
  venue?: Maybe<Venue>;
  version: Scalars['Int']['output'];
};


/** A self-help group as district staff see it. */
export type GroupNextMeetingsArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
};

/** One recorded change to a group: who, when, and which fields went from what to what. */
export type GroupChange = {
  __typename?: 'GroupChange';
  changedAt: Scalars['DateTime']['output'];
  changedBy?: Maybe<StaffUser>;
  fields: Array<GroupFieldChange>;
  id: Scalars['ID']['output'];
  kind: GroupChangeKind;
};

export type GroupChangeKind =
  | 'CREATED'
  | 'FOLLOW_UP'
  | 'IMPORTED'
  | 'STATUS_CHANGED'
  | 'UPDATED';

export type GroupConnection = {
  __typename?: 'GroupConnection';
  edges: Array<GroupEdge>;
  pageInfo: PageInfo;
  /** Counts per status for the same filter, ignoring the status filter itself. */
  statusCounts: Array<GroupStatusCount>;
  totalCount: Scalars['Int']['output'];
};

export type GroupEdge = {
  __typename?: 'GroupEdge';
  cursor: Scalars['String']['output'];
  node: Group;
};

/** One field of a recorded change, with old and new values as display text. */
export type GroupFieldChange = {
  __typename?: 'GroupFieldChange';
  field: Scalars['String']['output'];
  newValue?: Maybe<Scalars['String']['output']>;
  oldValue?: Maybe<Scalars['String']['output']>;
};

export type GroupFilter = {
  /** National users may pick a district; district users always see their own. */
  districtId?: InputMaybe<Scalars['ID']['input']>;
  /** Only groups whose next follow-up is due on or before this date. */
  followUpDueBefore?: InputMaybe<Scalars['Date']['input']>;
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
  openForNewMembers?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case-insensitive search in the group's name. */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<GroupStatus>>;
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The district's check-in with a group. */
export type GroupFollowUp = {
  __typename?: 'GroupFollowUp';
  createdAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  registeredBy?: Maybe<StaffUser>;
};

export type GroupFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

/** What a CSV import found or did, row by row. */
export type GroupImportResult = {
  __typename?: 'GroupImportResult';
  /** Whether rows were written (never on a dry run, never when any row is invalid unless `skipInvalid`). */
  committed: Scalars['Boolean']['output'];
  createdCount: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  invalidCount: Scalars['Int']['output'];
  rows: Array<GroupImportRow>;
  validCount: Scalars['Int']['output'];
};

/** One data row of an imported CSV file. */
export type GroupImportRow = {
  __typename?: 'GroupImportRow';
  errors: Array<ImportFieldError>;
  /** Line number in the file (the header is line 1). */
  line: Scalars['Int']['output'];
  municipalityName?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  valid: Scalars['Boolean']['output'];
};

export type GroupInput = {
  description: Scalars['String']['input'];
  format: GroupFormat;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  maxSize?: InputMaybe<Scalars['Int']['input']>;
  /** Required for ONLINE and HYBRID. */
  meetingUrl?: InputMaybe<Scalars['String']['input']>;
  municipalityNumber: Scalars['String']['input'];
  name: Scalars['String']['input'];
  openForNewMembers: Scalars['Boolean']['input'];
  schedule: GroupScheduleInput;
  targetGroup: TargetGroup;
  themeIds: Array<Scalars['ID']['input']>;
  /** Required for IN_PERSON and HYBRID. */
  venue?: InputMaybe<VenueInput>;
};

export type GroupOrder = {
  direction?: SortDirection;
  field?: GroupOrderField;
};

export type GroupOrderField =
  | 'NAME'
  | 'NEXT_FOLLOW_UP_DUE'
  | 'STATUS'
  | 'UPDATED_AT';

/** When a group meets. Times are local to Europe/Oslo. */
export type GroupSchedule = {
  __typename?: 'GroupSchedule';
  /** Only for IRREGULAR. */
  dates: Array<Scalars['Date']['output']>;
  durationMinutes: Scalars['Int']['output'];
  endDate?: Maybe<Scalars['Date']['output']>;
  kind: ScheduleKind;
  /** 1–4, or -1 for the last such weekday of the month; only for MONTHLY_NTH_WEEKDAY. */
  nth?: Maybe<Scalars['Int']['output']>;
  startDate: Scalars['Date']['output'];
  /** Local start time, HH:MM. */
  startTime: Scalars['String']['output'];
  timezone: Scalars['String']['output'];
  weekday?: Maybe<Weekday>;
};

export type GroupScheduleInput = {
  dates?: InputMaybe<Array<Scalars['Date']['input']>>;
  durationMinutes: Scalars['Int']['input'];
  endDate?: InputMaybe<Scalars['Date']['input']>;
  kind: ScheduleKind;
  nth?: InputMaybe<Scalars['Int']['input']>;
  startDate: Scalars['Date']['input'];
  startTime: Scalars['String']['input'];
  weekday?: InputMaybe<Weekday>;
};

export type GroupStatus =
  | 'CLOSED'
  /** An idea: someone wants a group; nothing has started. */
  | 'IDEA'
  | 'PAUSED'
  /** Running on its own (selvgående). */
  | 'RUNNING'
  /** Starting up, usually with a facilitator (igangsetter). */
  | 'STARTING';

/** A lifecycle step of a group. */
export type GroupStatusChange = {
  __typename?: 'GroupStatusChange';
  changedAt: Scalars['DateTime']['output'];
  changedBy?: Maybe<StaffUser>;
  effectiveDate: Scalars['Date']['output'];
  from?: Maybe<GroupStatus>;
  reason: Scalars['String']['output'];
  to: GroupStatus;
};

/** How many groups have a status. */
export type GroupStatusCount = {
  __typename?: 'GroupStatusCount';
  count: Scalars['Int']['output'];
  status: GroupStatus;
};

/** Why a field of an imported row is wrong. */
export type ImportFieldError = {
  __typename?: 'ImportFieldError';
  /** The CSV column. */
  column: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ImportGroupsInput = {
  csv: Scalars['String']['input'];
  dryRun: Scalars['Boolean']['input'];
  /** Write the valid rows and leave out the invalid ones (the user has seen them in the dry run). */
  skipInvalid?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Language =
  | 'EN'
  | 'NB';

/** A new session, answered by `login`. */
export type LoginResult = {
  __typename?: 'LoginResult';
  /** When the session ends at the latest, whatever the activity. */
  expiresAt: Scalars['DateTime']['output'];
  /** The session ends after this many seconds without use. */
  idleTimeoutSeconds: Scalars['Int']['output'];
  /** Opaque session token; send it as `Authorization: Bearer <token>`. Shown once. */
  token: Scalars['String']['output'];
  user: StaffUser;
};

/** One meeting, as instants; the local time is Europe/Oslo. */
export type Meeting = {
  __typename?: 'Meeting';
  end: Scalars['DateTime']['output'];
  start: Scalars['DateTime']['output'];
};

/** A municipality (kommune) with its official four-digit number. */
export type Municipality = {
  __typename?: 'Municipality';
  county: County;
  district: District;
  name: Scalars['String']['output'];
  number: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  changeGroupStatus: Group;
  /** Set a new password with a one-time token from a reset or from account creation. */
  completePasswordReset: Scalars['Boolean']['output'];
  createGroup: Group;
  /** Create a staff user; the answer carries a one-time token for setting the first password. */
  createStaffUser: PasswordResetTicket;
  /** Deactivate a staff user: they can no longer log in and their sessions end at once. */
  deactivateStaffUser: StaffUser;
  importGroups: GroupImportResult;
  /**
   * Log in with email and password. A wrong password and an unknown email give the same
   * UNAUTHENTICATED error. With `realm`, only users who may use that portal can log in.
   */
  login: LoginResult;
  /** End the current session on the server. Idempotent. */
  logout: Scalars['Boolean']['output'];
  registerGroupFollowUp: Group;
  /** Issue a one-time password reset token for a user; their sessions end at once. */
  resetStaffUserPassword: PasswordResetTicket;
  updateGroup: Group;
};


export type MutationChangeGroupStatusArgs = {
  input: ChangeGroupStatusInput;
};


export type MutationCompletePasswordResetArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationCreateGroupArgs = {
  input: CreateGroupInput;
};


export type MutationCreateStaffUserArgs = {
  input: CreateStaffUserInput;
};


export type MutationDeactivateStaffUserArgs = {
  input: DeactivateStaffUserInput;
};


export type MutationImportGroupsArgs = {
  input: ImportGroupsInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  realm?: InputMaybe<PortalRealmInput>;
};


export type MutationRegisterGroupFollowUpArgs = {
  input: RegisterGroupFollowUpInput;
};


export type MutationResetStaffUserPasswordArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateGroupArgs = {
  input: UpdateGroupInput;
};

/** Relay-style page information for cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A one-time token for setting a password, to hand to the user by a safe channel. */
export type PasswordResetTicket = {
  __typename?: 'PasswordResetTicket';
  expiresAt: Scalars['DateTime']['output'];
  /** One-time token for setting a password; shown once, valid until `expiresAt`. */
  token: Scalars['String']['output'];
  user: StaffUser;
};

/** Where a login happens: a district portal, or the national office's portal. */
export type PortalRealmInput = {
  /** Set for a district portal (for example `vest`); leave empty for the national portal. */
  districtId?: InputMaybe<Scalars['ID']['input']>;
};

/** A group as anyone may see it in the public finder: no meeting links, no staff data. */
export type PublicGroup = {
  __typename?: 'PublicGroup';
  contact: DistrictContact;
  description: Scalars['String']['output'];
  district: District;
  format: GroupFormat;
  languages: Array<Scalars['String']['output']>;
  municipality: Municipality;
  name: Scalars['String']['output'];
  nextMeetings: Array<Meeting>;
  openForNewMembers: Scalars['Boolean']['output'];
  schedule: GroupSchedule;
  slug: Scalars['String']['output'];
  status: GroupStatus;
  targetGroup: TargetGroup;
  themes: Array<Theme>;
  updatedAt: Scalars['DateTime']['output'];
  venue?: Maybe<PublicVenue>;
};


/** A group as anyone may see it in the public finder: no meeting links, no staff data. */
export type PublicGroupNextMeetingsArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
};

export type PublicGroupConnection = {
  __typename?: 'PublicGroupConnection';
  edges: Array<PublicGroupEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PublicGroupEdge = {
  __typename?: 'PublicGroupEdge';
  cursor: Scalars['String']['output'];
  node: PublicGroup;
};

export type PublicGroupFilter = {
  countyNumber?: InputMaybe<Scalars['String']['input']>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  formats?: InputMaybe<Array<GroupFormat>>;
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive search in the group's name. */
  search?: InputMaybe<Scalars['String']['input']>;
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  weekdays?: InputMaybe<Array<Weekday>>;
};

/** A public venue: where to go, and how accessible it is. */
export type PublicVenue = {
  __typename?: 'PublicVenue';
  accessibilityNotes?: Maybe<Scalars['String']['output']>;
  hearingLoop: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  postalCode: Scalars['String']['output'];
  postalPlace: Scalars['String']['output'];
  stepFreeAccess: Scalars['Boolean']['output'];
  streetAddress: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  counties: Array<County>;
  district?: Maybe<District>;
  districts: Array<District>;
  /** One group; NOT_FOUND when missing or of another district. */
  group: Group;
  /** Groups whose follow-up is due on or before the date (default: 14 days from today), soonest first. */
  groupFollowUpsDue: Array<Group>;
  groups: GroupConnection;
  /** The current list as CSV, in the import format (with the same filter as `groups`). */
  groupsCsv: Scalars['String']['output'];
  /** The logged-in staff user. UNAUTHENTICATED without a valid session. */
  me: StaffUser;
  /** All public groups in the Meeting Guide JSON format (code4recovery), as a JSON string. */
  meetingGuideFeed: Scalars['String']['output'];
  municipalities: Array<Municipality>;
  /** One public group; NOT_FOUND when it does not exist or is not public. */
  publicGroup: PublicGroup;
  /** iCalendar (RFC 5545) of a public group's schedule. */
  publicGroupICalendar: Scalars['String']['output'];
  /** Groups open to new members that are starting or running; no login needed. */
  publicGroups: PublicGroupConnection;
  /** The gateway's own version and the database it runs on; public. */
  serverInfo: ServerInfo;
  /** One staff user; NOT_FOUND when missing or outside the viewer's scope. */
  staffUser: StaffUser;
  /** Staff users the viewer may see: everyone for national roles and admins, the own district's colleagues for district roles. Managing them is for admins and district leads. */
  staffUsers: StaffUserConnection;
  themes: Array<Theme>;
};


export type QueryDistrictArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGroupFollowUpsDueArgs = {
  before?: InputMaybe<Scalars['Date']['input']>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GroupFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<GroupOrder>;
};


export type QueryGroupsCsvArgs = {
  filter?: InputMaybe<GroupFilter>;
  orderBy?: InputMaybe<GroupOrder>;
};


export type QueryMeetingGuideFeedArgs = {
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMunicipalitiesArgs = {
  countyNumber?: InputMaybe<Scalars['String']['input']>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPublicGroupArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPublicGroupICalendarArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPublicGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PublicGroupFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStaffUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStaffUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StaffUserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RegisterGroupFollowUpInput = {
  date: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  /** Overrides the next due date that the rules would set. */
  nextFollowUpDue?: InputMaybe<Scalars['Date']['input']>;
  note: Scalars['String']['input'];
};

export type Role =
  | 'ADMIN'
  | 'DISTRICT_LEAD'
  | 'DISTRICT_STAFF'
  | 'NATIONAL';

export type ScheduleKind =
  /** Every other week, counted from the start date. */
  | 'BIWEEKLY'
  /** Listed dates only. */
  | 'IRREGULAR'
  /** Once a month on the nth weekday (for example the second Tuesday); nth -1 = the last. */
  | 'MONTHLY_NTH_WEEKDAY'
  | 'WEEKLY';

/** What the gateway runs and on which database. */
export type ServerInfo = {
  __typename?: 'ServerInfo';
  database: DatabaseKind;
  version: Scalars['String']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A member of staff who can log in to the portal. */
export type StaffUser = {
  __typename?: 'StaffUser';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Set for district roles; empty for national and admin users. */
  district?: Maybe<District>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Role;
  /** Optimistic concurrency version; pass it back when saving. */
  version: Scalars['Int']['output'];
};

export type StaffUserConnection = {
  __typename?: 'StaffUserConnection';
  edges: Array<StaffUserEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StaffUserEdge = {
  __typename?: 'StaffUserEdge';
  cursor: Scalars['String']['output'];
  node: StaffUser;
};

export type StaffUserFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
};

export type TargetGroup =
  /** The people affected themselves. */
  | 'AFFECTED'
  | 'BOTH'
  /** Relatives and next of kin (pårørende). */
  | 'RELATIVES';

/** A group theme from the managed list. */
export type Theme = {
  __typename?: 'Theme';
  id: Scalars['ID']['output'];
  /** Label in the requested language (bokmål by default). */
  label: Scalars['String']['output'];
};


/** A group theme from the managed list. */
export type ThemeLabelArgs = {
  language?: InputMaybe<Language>;
};

export type UpdateGroupInput = {
  group: GroupInput;
  id: Scalars['ID']['input'];
  /** The version the edit started from; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Where a group meets. */
export type Venue = {
  __typename?: 'Venue';
  accessibilityNotes?: Maybe<Scalars['String']['output']>;
  hearingLoop: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  postalCode: Scalars['String']['output'];
  postalPlace: Scalars['String']['output'];
  stepFreeAccess: Scalars['Boolean']['output'];
  streetAddress: Scalars['String']['output'];
};

export type VenueInput = {
  accessibilityNotes?: InputMaybe<Scalars['String']['input']>;
  hearingLoop?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  postalCode: Scalars['String']['input'];
  postalPlace: Scalars['String']['input'];
  stepFreeAccess?: InputMaybe<Scalars['Boolean']['input']>;
  streetAddress: Scalars['String']['input'];
};

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';



export type ResolverTypeWrapper<T> = T | Promise<T>;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeGroupStatusInput: ChangeGroupStatusInput;
  County: ResolverTypeWrapper<CountyModel>;
  CreateGroupInput: CreateGroupInput;
  CreateStaffUserInput: CreateStaffUserInput;
  DatabaseKind: DatabaseKind;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeactivateStaffUserInput: DeactivateStaffUserInput;
  District: ResolverTypeWrapper<DistrictModel>;
  DistrictContact: ResolverTypeWrapper<DistrictContact>;
  Group: ResolverTypeWrapper<GroupRecordModel>;
  GroupChange: ResolverTypeWrapper<GroupChangeRecordModel>;
  GroupChangeKind: GroupChangeKind;
  GroupConnection: ResolverTypeWrapper<Omit<GroupConnection, 'edges'> & { edges: Array<ResolversTypes['GroupEdge']> }>;
  GroupEdge: ResolverTypeWrapper<Omit<GroupEdge, 'node'> & { node: ResolversTypes['Group'] }>;
  GroupFieldChange: ResolverTypeWrapper<GroupFieldChange>;
  GroupFilter: GroupFilter;
  GroupFollowUp: ResolverTypeWrapper<GroupFollowUpRecordModel>;
  GroupFormat: GroupFormat;
  GroupImportResult: ResolverTypeWrapper<GroupImportResult>;
  GroupImportRow: ResolverTypeWrapper<GroupImportRow>;
  GroupInput: GroupInput;
  GroupOrder: GroupOrder;
  GroupOrderField: GroupOrderField;
  GroupSchedule: ResolverTypeWrapper<ScheduleModel>;
  GroupScheduleInput: GroupScheduleInput;
  GroupStatus: GroupStatus;
  GroupStatusChange: ResolverTypeWrapper<GroupStatusChangeRecordModel>;
  GroupStatusCount: ResolverTypeWrapper<GroupStatusCount>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportFieldError: ResolverTypeWrapper<ImportFieldError>;
  ImportGroupsInput: ImportGroupsInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Language: Language;
  LoginResult: ResolverTypeWrapper<Omit<LoginResult, 'user'> & { user: ResolversTypes['StaffUser'] }>;
  Meeting: ResolverTypeWrapper<MeetingTimeModel>;
  Municipality: ResolverTypeWrapper<MunicipalityModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PasswordResetTicket: ResolverTypeWrapper<Omit<PasswordResetTicket, 'user'> & { user: ResolversTypes['StaffUser'] }>;
  PortalRealmInput: PortalRealmInput;
  PublicGroup: ResolverTypeWrapper<GroupRecordModel>;
  PublicGroupConnection: ResolverTypeWrapper<Omit<PublicGroupConnection, 'edges'> & { edges: Array<ResolversTypes['PublicGroupEdge']> }>;
  PublicGroupEdge: ResolverTypeWrapper<Omit<PublicGroupEdge, 'node'> & { node: ResolversTypes['PublicGroup'] }>;
  PublicGroupFilter: PublicGroupFilter;
  PublicVenue: ResolverTypeWrapper<VenueRecordModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterGroupFollowUpInput: RegisterGroupFollowUpInput;
  Role: Role;
  ScheduleKind: ScheduleKind;
  ServerInfo: ResolverTypeWrapper<ServerInfo>;
  SortDirection: SortDirection;
  StaffUser: ResolverTypeWrapper<StaffUserRecordModel>;
  StaffUserConnection: ResolverTypeWrapper<Omit<StaffUserConnection, 'edges'> & { edges: Array<ResolversTypes['StaffUserEdge']> }>;
  StaffUserEdge: ResolverTypeWrapper<Omit<StaffUserEdge, 'node'> & { node: ResolversTypes['StaffUser'] }>;
  StaffUserFilter: StaffUserFilter;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TargetGroup: TargetGroup;
  Theme: ResolverTypeWrapper<ThemeModel>;
  UpdateGroupInput: UpdateGroupInput;
  Venue: ResolverTypeWrapper<VenueRecordModel>;
  VenueInput: VenueInput;
  Weekday: Weekday;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  ChangeGroupStatusInput: ChangeGroupStatusInput;
  County: CountyModel;
  CreateGroupInput: CreateGroupInput;
  CreateStaffUserInput: CreateStaffUserInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeactivateStaffUserInput: DeactivateStaffUserInput;
  District: DistrictModel;
  DistrictContact: DistrictContact;
  Group: GroupRecordModel;
  GroupChange: GroupChangeRecordModel;
  GroupConnection: Omit<GroupConnection, 'edges'> & { edges: Array<ResolversParentTypes['GroupEdge']> };
  GroupEdge: Omit<GroupEdge, 'node'> & { node: ResolversParentTypes['Group'] };
  GroupFieldChange: GroupFieldChange;
  GroupFilter: GroupFilter;
  GroupFollowUp: GroupFollowUpRecordModel;
  GroupImportResult: GroupImportResult;
  GroupImportRow: GroupImportRow;
  GroupInput: GroupInput;
  GroupOrder: GroupOrder;
  GroupSchedule: ScheduleModel;
  GroupScheduleInput: GroupScheduleInput;
  GroupStatusChange: GroupStatusChangeRecordModel;
  GroupStatusCount: GroupStatusCount;
  ID: Scalars['ID']['output'];
  ImportFieldError: ImportFieldError;
  ImportGroupsInput: ImportGroupsInput;
  Int: Scalars['Int']['output'];
  LoginResult: Omit<LoginResult, 'user'> & { user: ResolversParentTypes['StaffUser'] };
  Meeting: MeetingTimeModel;
  Municipality: MunicipalityModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PasswordResetTicket: Omit<PasswordResetTicket, 'user'> & { user: ResolversParentTypes['StaffUser'] };
  PortalRealmInput: PortalRealmInput;
  PublicGroup: GroupRecordModel;
  PublicGroupConnection: Omit<PublicGroupConnection, 'edges'> & { edges: Array<ResolversParentTypes['PublicGroupEdge']> };
  PublicGroupEdge: Omit<PublicGroupEdge, 'node'> & { node: ResolversParentTypes['PublicGroup'] };
  PublicGroupFilter: PublicGroupFilter;
  PublicVenue: VenueRecordModel;
  Query: Record<PropertyKey, never>;
  RegisterGroupFollowUpInput: RegisterGroupFollowUpInput;
  ServerInfo: ServerInfo;
  StaffUser: StaffUserRecordModel;
  StaffUserConnection: Omit<StaffUserConnection, 'edges'> & { edges: Array<ResolversParentTypes['StaffUserEdge']> };
  StaffUserEdge: Omit<StaffUserEdge, 'node'> & { node: ResolversParentTypes['StaffUser'] };
  StaffUserFilter: StaffUserFilter;
  String: Scalars['String']['output'];
  Theme: ThemeModel;
  UpdateGroupInput: UpdateGroupInput;
  Venue: VenueRecordModel;
  VenueInput: VenueInput;
};

export type CountyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['County'] = ResolversParentTypes['County']> = {
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District']> = {
  counties?: Resolver<Array<ResolversTypes['County']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officeTown?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DistrictContactResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DistrictContact'] = ResolversParentTypes['DistrictContact']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  web?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['GroupFollowUp']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['GroupFormat'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['GroupChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPublic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  meetingUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextFollowUpDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  nextMeetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<GroupNextMeetingsArgs, 'count'>>;
  openForNewMembers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['GroupSchedule'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GroupStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['GroupStatusChange']>, ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GroupChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupChange'] = ResolversParentTypes['GroupChange']> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['StaffUser']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['GroupFieldChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GroupChangeKind'], ParentType, ContextType>;
};

export type GroupConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupConnection'] = ResolversParentTypes['GroupConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GroupEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  statusCounts?: Resolver<Array<ResolversTypes['GroupStatusCount']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GroupEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupEdge'] = ResolversParentTypes['GroupEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Group'], ParentType, ContextType>;
};

export type GroupFieldChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupFieldChange'] = ResolversParentTypes['GroupFieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GroupFollowUpResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupFollowUp'] = ResolversParentTypes['GroupFollowUp']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredBy?: Resolver<Maybe<ResolversTypes['StaffUser']>, ParentType, ContextType>;
};

export type GroupImportResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupImportResult'] = ResolversParentTypes['GroupImportResult']> = {
  committed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  invalidCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['GroupImportRow']>, ParentType, ContextType>;
  validCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GroupImportRowResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupImportRow'] = ResolversParentTypes['GroupImportRow']> = {
  errors?: Resolver<Array<ResolversTypes['ImportFieldError']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipalityName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GroupScheduleResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupSchedule'] = ResolversParentTypes['GroupSchedule']> = {
  dates?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ScheduleKind'], ParentType, ContextType>;
  nth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<Maybe<ResolversTypes['Weekday']>, ParentType, ContextType>;
};

export type GroupStatusChangeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupStatusChange'] = ResolversParentTypes['GroupStatusChange']> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['StaffUser']>, ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['GroupStatus']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['GroupStatus'], ParentType, ContextType>;
};

export type GroupStatusCountResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupStatusCount'] = ResolversParentTypes['GroupStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GroupStatus'], ParentType, ContextType>;
};

export type ImportFieldErrorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ImportFieldError'] = ResolversParentTypes['ImportFieldError']> = {
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LoginResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LoginResult'] = ResolversParentTypes['LoginResult']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  idleTimeoutSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type MunicipalityResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality']> = {
  county?: Resolver<ResolversTypes['County'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changeGroupStatus?: Resolver<ResolversTypes['Group'], ParentType, ContextType, RequireFields<MutationChangeGroupStatusArgs, 'input'>>;
  completePasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationCompletePasswordResetArgs, 'newPassword' | 'token'>>;
  createGroup?: Resolver<ResolversTypes['Group'], ParentType, ContextType, RequireFields<MutationCreateGroupArgs, 'input'>>;
  createStaffUser?: Resolver<ResolversTypes['PasswordResetTicket'], ParentType, ContextType, RequireFields<MutationCreateStaffUserArgs, 'input'>>;
  deactivateStaffUser?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType, RequireFields<MutationDeactivateStaffUserArgs, 'input'>>;
  importGroups?: Resolver<ResolversTypes['GroupImportResult'], ParentType, ContextType, RequireFields<MutationImportGroupsArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registerGroupFollowUp?: Resolver<ResolversTypes['Group'], ParentType, ContextType, RequireFields<MutationRegisterGroupFollowUpArgs, 'input'>>;
  resetStaffUserPassword?: Resolver<ResolversTypes['PasswordResetTicket'], ParentType, ContextType, RequireFields<MutationResetStaffUserPasswordArgs, 'id'>>;
  updateGroup?: Resolver<ResolversTypes['Group'], ParentType, ContextType, RequireFields<MutationUpdateGroupArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PasswordResetTicketResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PasswordResetTicket'] = ResolversParentTypes['PasswordResetTicket']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType>;
};

export type PublicGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PublicGroup'] = ResolversParentTypes['PublicGroup']> = {
  contact?: Resolver<ResolversTypes['DistrictContact'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['GroupFormat'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextMeetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<PublicGroupNextMeetingsArgs, 'count'>>;
  openForNewMembers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['GroupSchedule'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GroupStatus'], ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['PublicVenue']>, ParentType, ContextType>;
};

export type PublicGroupConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PublicGroupConnection'] = ResolversParentTypes['PublicGroupConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PublicGroupEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublicGroupEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PublicGroupEdge'] = ResolversParentTypes['PublicGroupEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PublicGroup'], ParentType, ContextType>;
};

export type PublicVenueResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PublicVenue'] = ResolversParentTypes['PublicVenue']> = {
  accessibilityNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hearingLoop?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalPlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stepFreeAccess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  streetAddress?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  counties?: Resolver<Array<ResolversTypes['County']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType, RequireFields<QueryDistrictArgs, 'id'>>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['Group'], ParentType, ContextType, RequireFields<QueryGroupArgs, 'id'>>;
  groupFollowUpsDue?: Resolver<Array<ResolversTypes['Group']>, ParentType, ContextType, Partial<QueryGroupFollowUpsDueArgs>>;
  groups?: Resolver<ResolversTypes['GroupConnection'], ParentType, ContextType, RequireFields<QueryGroupsArgs, 'first'>>;
  groupsCsv?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<QueryGroupsCsvArgs>>;
  me?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType>;
  meetingGuideFeed?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<QueryMeetingGuideFeedArgs>>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType, Partial<QueryMunicipalitiesArgs>>;
  publicGroup?: Resolver<ResolversTypes['PublicGroup'], ParentType, ContextType, RequireFields<QueryPublicGroupArgs, 'slug'>>;
  publicGroupICalendar?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryPublicGroupICalendarArgs, 'slug'>>;
  publicGroups?: Resolver<ResolversTypes['PublicGroupConnection'], ParentType, ContextType, RequireFields<QueryPublicGroupsArgs, 'first'>>;
  serverInfo?: Resolver<ResolversTypes['ServerInfo'], ParentType, ContextType>;
  staffUser?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType, RequireFields<QueryStaffUserArgs, 'id'>>;
  staffUsers?: Resolver<ResolversTypes['StaffUserConnection'], ParentType, ContextType, RequireFields<QueryStaffUsersArgs, 'first'>>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
};

export type ServerInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServerInfo'] = ResolversParentTypes['ServerInfo']> = {
  database?: Resolver<ResolversTypes['DatabaseKind'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StaffUserResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['StaffUser'] = ResolversParentTypes['StaffUser']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StaffUserConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['StaffUserConnection'] = ResolversParentTypes['StaffUserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StaffUserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StaffUserEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['StaffUserEdge'] = ResolversParentTypes['StaffUserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType>;
};

export type ThemeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ThemeLabelArgs, 'language'>>;
};

export type VenueResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue']> = {
  accessibilityNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hearingLoop?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalPlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stepFreeAccess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  streetAddress?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GatewayContext> = {
  County?: CountyResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  DistrictContact?: DistrictContactResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  GroupChange?: GroupChangeResolvers<ContextType>;
  GroupConnection?: GroupConnectionResolvers<ContextType>;
  GroupEdge?: GroupEdgeResolvers<ContextType>;
  GroupFieldChange?: GroupFieldChangeResolvers<ContextType>;
  GroupFollowUp?: GroupFollowUpResolvers<ContextType>;
  GroupImportResult?: GroupImportResultResolvers<ContextType>;
  GroupImportRow?: GroupImportRowResolvers<ContextType>;
  GroupSchedule?: GroupScheduleResolvers<ContextType>;
  GroupStatusChange?: GroupStatusChangeResolvers<ContextType>;
  GroupStatusCount?: GroupStatusCountResolvers<ContextType>;
  ImportFieldError?: ImportFieldErrorResolvers<ContextType>;
  LoginResult?: LoginResultResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PasswordResetTicket?: PasswordResetTicketResolvers<ContextType>;
  PublicGroup?: PublicGroupResolvers<ContextType>;
  PublicGroupConnection?: PublicGroupConnectionResolvers<ContextType>;
  PublicGroupEdge?: PublicGroupEdgeResolvers<ContextType>;
  PublicVenue?: PublicVenueResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServerInfo?: ServerInfoResolvers<ContextType>;
  StaffUser?: StaffUserResolvers<ContextType>;
  StaffUserConnection?: StaffUserConnectionResolvers<ContextType>;
  StaffUserEdge?: StaffUserEdgeResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
};

