/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DistrictHome($id: ID!) {\n    district(id: $id) {\n      id\n      name\n      counties {\n        number\n        name\n        municipalities {\n          number\n        }\n      }\n    }\n  }\n": typeof types.DistrictHomeDocument,
    "\n  query DistrictsOverview {\n    districts {\n      id\n      name\n      officeTown\n      counties {\n        number\n        name\n        municipalities {\n          number\n        }\n      }\n    }\n  }\n": typeof types.DistrictsOverviewDocument,
    "\n  mutation Login($email: String!, $password: String!, $realm: PortalRealmInput!) {\n    login(email: $email, password: $password, realm: $realm) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation CompletePasswordReset($token: String!, $newPassword: String!) {\n    completePasswordReset(token: $token, newPassword: $newPassword)\n  }\n": typeof types.CompletePasswordResetDocument,
    "\n  query DistrictOffice($id: ID!) {\n    district(id: $id) {\n      id\n      name\n      officeTown\n    }\n  }\n": typeof types.DistrictOfficeDocument,
    "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        district {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CreateStaffUserDocument,
    "\n  mutation DeactivateStaffUser($input: DeactivateStaffUserInput!) {\n    deactivateStaffUser(input: $input) {\n      id\n      name\n      active\n      version\n    }\n  }\n": typeof types.DeactivateStaffUserDocument,
    "\n  mutation ResetStaffUserPassword($id: ID!) {\n    resetStaffUserPassword(id: $id) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        district {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ResetStaffUserPasswordDocument,
    "\n  query StaffUsers($filter: StaffUserFilter, $first: Int, $after: String) {\n    staffUsers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          active\n          version\n          district {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffUsersDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      district {\n        id\n      }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query DistrictHome($id: ID!) {\n    district(id: $id) {\n      id\n      name\n      counties {\n        number\n        name\n        municipalities {\n          number\n        }\n      }\n    }\n  }\n": types.DistrictHomeDocument,
    "\n  query DistrictsOverview {\n    districts {\n      id\n      name\n      officeTown\n      counties {\n        number\n        name\n        municipalities {\n          number\n        }\n      }\n    }\n  }\n": types.DistrictsOverviewDocument,
    "\n  mutation Login($email: String!, $password: String!, $realm: PortalRealmInput!) {\n    login(email: $email, password: $password, realm: $realm) {\n      token\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation CompletePasswordReset($token: String!, $newPassword: String!) {\n    completePasswordReset(token: $token, newPassword: $newPassword)\n  }\n": types.CompletePasswordResetDocument,
    "\n  query DistrictOffice($id: ID!) {\n    district(id: $id) {\n      id\n      name\n      officeTown\n    }\n  }\n": types.DistrictOfficeDocument,
    "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        district {\n          id\n        }\n      }\n    }\n  }\n": types.CreateStaffUserDocument,
    "\n  mutation DeactivateStaffUser($input: DeactivateStaffUserInput!) {\n    deactivateStaffUser(input: $input) {\n      id\n      name\n      active\n      version\n    }\n  }\n": types.DeactivateStaffUserDocument,
    "\n  mutation ResetStaffUserPassword($id: ID!) {\n    resetStaffUserPassword(id: $id) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        district {\n          id\n        }\n      }\n    }\n  }\n": types.ResetStaffUserPasswordDocument,
    "\n  query StaffUsers($filter: StaffUserFilter, $first: Int, $after: String) {\n    staffUsers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          active\n          version\n          district {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.StaffUsersDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      district {\n        id\n      }\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictHome($id: ID!) {\n    district(id: $id) {\n      id\n      name\n      counties {\n        number\n        name\n        municipalities {\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictHome($id: ID!) {\n    district(id: $id) {\n      id\n      name\n      counties {\n        number\n        name\n        municipalities {\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictsOverview {\n    districts {\n      id\n      name\n      officeTown\n      counties {\n        number\n        name\n        municipalities {\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictsOverview {\n    districts {\n      id\n      name\n      officeTown\n      counties {\n        number\n        name\n        municipalities {\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!, $realm: PortalRealmInput!) {\n    login(email: $email, password: $password, realm: $realm) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!, $realm: PortalRealmInput!) {\n    login(email: $email, password: $password, realm: $realm) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompletePasswordReset($token: String!, $newPassword: String!) {\n    completePasswordReset(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation CompletePasswordReset($token: String!, $newPassword: String!) {\n    completePasswordReset(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictOffice($id: ID!) {\n    district(id: $id) {\n      id\n      name\n      officeTown\n    }\n  }\n"): (typeof documents)["\n  query DistrictOffice($id: ID!) {\n    district(id: $id) {\n      id\n      name\n      officeTown\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        district {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        district {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateStaffUser($input: DeactivateStaffUserInput!) {\n    deactivateStaffUser(input: $input) {\n      id\n      name\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateStaffUser($input: DeactivateStaffUserInput!) {\n    deactivateStaffUser(input: $input) {\n      id\n      name\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetStaffUserPassword($id: ID!) {\n    resetStaffUserPassword(id: $id) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        district {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetStaffUserPassword($id: ID!) {\n    resetStaffUserPassword(id: $id) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        district {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsers($filter: StaffUserFilter, $first: Int, $after: String) {\n    staffUsers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          active\n          version\n          district {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffUsers($filter: StaffUserFilter, $first: Int, $after: String) {\n    staffUsers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          active\n          version\n          district {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      district {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      district {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;