import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StaffUserRecord as StaffUserRecordModel } from '@selvhjelp/db';
import type { District as DistrictModel, County as CountyModel, Municipality as MunicipalityModel, Theme as ThemeModel } from '@selvhjelp/domain';
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
  /** An instant in time, as an ISO 8601 string with offset (for example `2026-11-22T09:30:00.000Z`). */
  DateTime: { input: Date; output: Date; }
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
  /** Set a new password with a one-time token from a reset or from account creation. */
  completePasswordReset: Scalars['Boolean']['output'];
  /** Create a staff user; the answer carries a one-time token for setting the first password. */
  createStaffUser: PasswordResetTicket;
  /** Deactivate a staff user: they can no longer log in and their sessions end at once. */
  deactivateStaffUser: StaffUser;
  /**
   * Log in with email and password. A wrong password and an unknown email give the same
   * UNAUTHENTICATED error. With `realm`, only users who may use that portal can log in.
   */
  login: LoginResult;
  /** End the current session on the server. Idempotent. */
  logout: Scalars['Boolean']['output'];
  /** Issue a one-time password reset token for a user; their sessions end at once. */
  resetStaffUserPassword: PasswordResetTicket;
};


export type MutationCompletePasswordResetArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationCreateStaffUserArgs = {
  input: CreateStaffUserInput;
};


export type MutationDeactivateStaffUserArgs = {
  input: DeactivateStaffUserInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  realm?: InputMaybe<PortalRealmInput>;
};


export type MutationResetStaffUserPasswordArgs = {
  id: Scalars['ID']['input'];
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

export type Query = {
  __typename?: 'Query';
  counties: Array<County>;
  district?: Maybe<District>;
  districts: Array<District>;
  /** The logged-in staff user. UNAUTHENTICATED without a valid session. */
  me: StaffUser;
  municipalities: Array<Municipality>;
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


export type QueryMunicipalitiesArgs = {
  countyNumber?: InputMaybe<Scalars['String']['input']>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStaffUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStaffUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StaffUserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Role =
  | 'ADMIN'
  | 'DISTRICT_LEAD'
  | 'DISTRICT_STAFF'
  | 'NATIONAL';

/** What the gateway runs and on which database. */
export type ServerInfo = {
  __typename?: 'ServerInfo';
  database: DatabaseKind;
  version: Scalars['String']['output'];
};

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
  County: ResolverTypeWrapper<CountyModel>;
  CreateStaffUserInput: CreateStaffUserInput;
  DatabaseKind: DatabaseKind;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeactivateStaffUserInput: DeactivateStaffUserInput;
  District: ResolverTypeWrapper<DistrictModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Language: Language;
  LoginResult: ResolverTypeWrapper<Omit<LoginResult, 'user'> & { user: ResolversTypes['StaffUser'] }>;
  Municipality: ResolverTypeWrapper<MunicipalityModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PasswordResetTicket: ResolverTypeWrapper<Omit<PasswordResetTicket, 'user'> & { user: ResolversTypes['StaffUser'] }>;
  PortalRealmInput: PortalRealmInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  ServerInfo: ResolverTypeWrapper<ServerInfo>;
  StaffUser: ResolverTypeWrapper<StaffUserRecordModel>;
  StaffUserConnection: ResolverTypeWrapper<Omit<StaffUserConnection, 'edges'> & { edges: Array<ResolversTypes['StaffUserEdge']> }>;
  StaffUserEdge: ResolverTypeWrapper<Omit<StaffUserEdge, 'node'> & { node: ResolversTypes['StaffUser'] }>;
  StaffUserFilter: StaffUserFilter;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Theme: ResolverTypeWrapper<ThemeModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  County: CountyModel;
  CreateStaffUserInput: CreateStaffUserInput;
  DateTime: Scalars['DateTime']['output'];
  DeactivateStaffUserInput: DeactivateStaffUserInput;
  District: DistrictModel;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LoginResult: Omit<LoginResult, 'user'> & { user: ResolversParentTypes['StaffUser'] };
  Municipality: MunicipalityModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PasswordResetTicket: Omit<PasswordResetTicket, 'user'> & { user: ResolversParentTypes['StaffUser'] };
  PortalRealmInput: PortalRealmInput;
  Query: Record<PropertyKey, never>;
  ServerInfo: ServerInfo;
  StaffUser: StaffUserRecordModel;
  StaffUserConnection: Omit<StaffUserConnection, 'edges'> & { edges: Array<ResolversParentTypes['StaffUserEdge']> };
  StaffUserEdge: Omit<StaffUserEdge, 'node'> & { node: ResolversParentTypes['StaffUser'] };
  StaffUserFilter: StaffUserFilter;
  String: Scalars['String']['output'];
  Theme: ThemeModel;
};

export type CountyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['County'] = ResolversParentTypes['County']> = {
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District']> = {
  counties?: Resolver<Array<ResolversTypes['County']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officeTown?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LoginResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LoginResult'] = ResolversParentTypes['LoginResult']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  idleTimeoutSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType>;
};

export type MunicipalityResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality']> = {
  county?: Resolver<ResolversTypes['County'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  completePasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationCompletePasswordResetArgs, 'newPassword' | 'token'>>;
  createStaffUser?: Resolver<ResolversTypes['PasswordResetTicket'], ParentType, ContextType, RequireFields<MutationCreateStaffUserArgs, 'input'>>;
  deactivateStaffUser?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType, RequireFields<MutationDeactivateStaffUserArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resetStaffUserPassword?: Resolver<ResolversTypes['PasswordResetTicket'], ParentType, ContextType, RequireFields<MutationResetStaffUserPasswordArgs, 'id'>>;
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

export type QueryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  counties?: Resolver<Array<ResolversTypes['County']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType, RequireFields<QueryDistrictArgs, 'id'>>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  me?: Resolver<ResolversTypes['StaffUser'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType, Partial<QueryMunicipalitiesArgs>>;
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

export type Resolvers<ContextType = GatewayContext> = {
  County?: CountyResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  LoginResult?: LoginResultResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PasswordResetTicket?: PasswordResetTicketResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServerInfo?: ServerInfoResolvers<ContextType>;
  StaffUser?: StaffUserResolvers<ContextType>;
  StaffUserConnection?: StaffUserConnectionResolvers<ContextType>;
  StaffUserEdge?: StaffUserEdgeResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
};

