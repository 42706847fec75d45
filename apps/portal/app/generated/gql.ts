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
    "\n  fragment GroupScheduleFields on GroupSchedule {\n    kind\n    weekday\n    nth\n    dates\n    startTime\n    durationMinutes\n    startDate\n    endDate\n  }\n": typeof types.GroupScheduleFieldsFragmentDoc,
    "\n  fragment GroupFormFields on Group {\n    name\n    description\n    themes {\n      id\n    }\n    targetGroup\n    municipality {\n      number\n      name\n    }\n    format\n    venue {\n      name\n      streetAddress\n      postalCode\n      postalPlace\n      stepFreeAccess\n      hearingLoop\n      accessibilityNotes\n    }\n    meetingUrl\n    languages\n    openForNewMembers\n    maxSize\n    schedule {\n      ...GroupScheduleFields\n    }\n  }\n": typeof types.GroupFormFieldsFragmentDoc,
    "\n  query PublicGroups($filter: PublicGroupFilter, $first: Int, $after: String) {\n    publicGroups(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          slug\n          name\n          format\n          openForNewMembers\n          themes {\n            id\n            label\n          }\n          municipality {\n            number\n            name\n          }\n          venue {\n            name\n            postalPlace\n          }\n          schedule {\n            ...GroupScheduleFields\n          }\n          nextMeetings(count: 1) {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n": typeof types.PublicGroupsDocument,
    "\n  query PublicGroup($slug: String!) {\n    publicGroup(slug: $slug) {\n      slug\n      name\n      description\n      targetGroup\n      format\n      languages\n      openForNewMembers\n      status\n      updatedAt\n      themes {\n        id\n        label\n      }\n      municipality {\n        number\n        name\n        county {\n          name\n        }\n      }\n      district {\n        id\n        name\n      }\n      venue {\n        name\n        streetAddress\n        postalCode\n        postalPlace\n        stepFreeAccess\n        hearingLoop\n        accessibilityNotes\n      }\n      schedule {\n        ...GroupScheduleFields\n      }\n      nextMeetings(count: 5) {\n        start\n        end\n      }\n      contact {\n        officeName\n        email\n        phone\n        web\n      }\n    }\n  }\n": typeof types.PublicGroupDocument,
    "\n  query PublicGroupICalendar($slug: String!) {\n    publicGroupICalendar(slug: $slug)\n  }\n": typeof types.PublicGroupICalendarDocument,
    "\n  query MeetingGuideFeed($districtId: ID) {\n    meetingGuideFeed(districtId: $districtId)\n  }\n": typeof types.MeetingGuideFeedDocument,
    "\n  query GroupFollowUpsDue($before: Date, $districtId: ID) {\n    groupFollowUpsDue(before: $before, districtId: $districtId) {\n      id\n      name\n      status\n      nextFollowUpDue\n      municipality {\n        number\n        name\n      }\n      district {\n        id\n        name\n      }\n      followUps {\n        date\n      }\n    }\n  }\n": typeof types.GroupFollowUpsDueDocument,
    "\n  mutation ChangeGroupStatus($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ChangeGroupStatusDocument,
    "\n  mutation RegisterGroupFollowUp($input: RegisterGroupFollowUpInput!) {\n    registerGroupFollowUp(input: $input) {\n      id\n      nextFollowUpDue\n    }\n  }\n": typeof types.RegisterGroupFollowUpDocument,
    "\n  query GroupForEdit($id: ID!) {\n    group(id: $id) {\n      id\n      version\n      updatedAt\n      ...GroupFormFields\n    }\n  }\n": typeof types.GroupForEditDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  query GroupPage($id: ID!) {\n    group(id: $id) {\n      id\n      slug\n      status\n      isPublic\n      version\n      createdAt\n      updatedAt\n      nextFollowUpDue\n      district {\n        id\n        name\n      }\n      themes {\n        id\n        label\n      }\n      ...GroupFormFields\n      nextMeetings(count: 5) {\n        start\n        end\n      }\n      statusHistory {\n        from\n        to\n        effectiveDate\n        reason\n        changedAt\n        changedBy {\n          name\n        }\n      }\n      followUps {\n        id\n        date\n        note\n        createdAt\n        registeredBy {\n          name\n        }\n      }\n      history {\n        id\n        kind\n        changedAt\n        changedBy {\n          name\n        }\n        fields {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n": typeof types.GroupPageDocument,
    "\n  mutation ImportGroups($input: ImportGroupsInput!) {\n    importGroups(input: $input) {\n      dryRun\n      committed\n      validCount\n      invalidCount\n      createdCount\n      rows {\n        line\n        name\n        municipalityName\n        valid\n        errors {\n          column\n          message\n        }\n      }\n    }\n  }\n": typeof types.ImportGroupsDocument,
    "\n  query GroupList($filter: GroupFilter, $orderBy: GroupOrder, $first: Int, $after: String) {\n    groups(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      statusCounts {\n        status\n        count\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          openForNewMembers\n          nextFollowUpDue\n          updatedAt\n          municipality {\n            number\n            name\n          }\n          district {\n            id\n            name\n          }\n          themes {\n            id\n            label\n          }\n        }\n      }\n    }\n  }\n": typeof types.GroupListDocument,
    "\n  query GroupsCsv($filter: GroupFilter, $orderBy: GroupOrder) {\n    groupsCsv(filter: $filter, orderBy: $orderBy)\n  }\n": typeof types.GroupsCsvDocument,
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
    "\n  fragment GroupScheduleFields on GroupSchedule {\n    kind\n    weekday\n    nth\n    dates\n    startTime\n    durationMinutes\n    startDate\n    endDate\n  }\n": types.GroupScheduleFieldsFragmentDoc,
    "\n  fragment GroupFormFields on Group {\n    name\n    description\n    themes {\n      id\n    }\n    targetGroup\n    municipality {\n      number\n      name\n    }\n    format\n    venue {\n      name\n      streetAddress\n      postalCode\n      postalPlace\n      stepFreeAccess\n      hearingLoop\n      accessibilityNotes\n    }\n    meetingUrl\n    languages\n    openForNewMembers\n    maxSize\n    schedule {\n      ...GroupScheduleFields\n    }\n  }\n": types.GroupFormFieldsFragmentDoc,
    "\n  query PublicGroups($filter: PublicGroupFilter, $first: Int, $after: String) {\n    publicGroups(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          slug\n          name\n          format\n          openForNewMembers\n          themes {\n            id\n            label\n          }\n          municipality {\n            number\n            name\n          }\n          venue {\n            name\n            postalPlace\n          }\n          schedule {\n            ...GroupScheduleFields\n          }\n          nextMeetings(count: 1) {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n": types.PublicGroupsDocument,
    "\n  query PublicGroup($slug: String!) {\n    publicGroup(slug: $slug) {\n      slug\n      name\n      description\n      targetGroup\n      format\n      languages\n      openForNewMembers\n      status\n      updatedAt\n      themes {\n        id\n        label\n      }\n      municipality {\n        number\n        name\n        county {\n          name\n        }\n      }\n      district {\n        id\n        name\n      }\n      venue {\n        name\n        streetAddress\n        postalCode\n        postalPlace\n        stepFreeAccess\n        hearingLoop\n        accessibilityNotes\n      }\n      schedule {\n        ...GroupScheduleFields\n      }\n      nextMeetings(count: 5) {\n        start\n        end\n      }\n      contact {\n        officeName\n        email\n        phone\n        web\n      }\n    }\n  }\n": types.PublicGroupDocument,
    "\n  query PublicGroupICalendar($slug: String!) {\n    publicGroupICalendar(slug: $slug)\n  }\n": types.PublicGroupICalendarDocument,
    "\n  query MeetingGuideFeed($districtId: ID) {\n    meetingGuideFeed(districtId: $districtId)\n  }\n": types.MeetingGuideFeedDocument,
    "\n  query GroupFollowUpsDue($before: Date, $districtId: ID) {\n    groupFollowUpsDue(before: $before, districtId: $districtId) {\n      id\n      name\n      status\n      nextFollowUpDue\n      municipality {\n        number\n        name\n      }\n      district {\n        id\n        name\n      }\n      followUps {\n        date\n      }\n    }\n  }\n": types.GroupFollowUpsDueDocument,
    "\n  mutation ChangeGroupStatus($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ChangeGroupStatusDocument,
    "\n  mutation RegisterGroupFollowUp($input: RegisterGroupFollowUpInput!) {\n    registerGroupFollowUp(input: $input) {\n      id\n      nextFollowUpDue\n    }\n  }\n": types.RegisterGroupFollowUpDocument,
    "\n  query GroupForEdit($id: ID!) {\n    group(id: $id) {\n      id\n      version\n      updatedAt\n      ...GroupFormFields\n    }\n  }\n": types.GroupForEditDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  query GroupPage($id: ID!) {\n    group(id: $id) {\n      id\n      slug\n      status\n      isPublic\n      version\n      createdAt\n      updatedAt\n      nextFollowUpDue\n      district {\n        id\n        name\n      }\n      themes {\n        id\n        label\n      }\n      ...GroupFormFields\n      nextMeetings(count: 5) {\n        start\n        end\n      }\n      statusHistory {\n        from\n        to\n        effectiveDate\n        reason\n        changedAt\n        changedBy {\n          name\n        }\n      }\n      followUps {\n        id\n        date\n        note\n        createdAt\n        registeredBy {\n          name\n        }\n      }\n      history {\n        id\n        kind\n        changedAt\n        changedBy {\n          name\n        }\n        fields {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n": types.GroupPageDocument,
    "\n  mutation ImportGroups($input: ImportGroupsInput!) {\n    importGroups(input: $input) {\n      dryRun\n      committed\n      validCount\n      invalidCount\n      createdCount\n      rows {\n        line\n        name\n        municipalityName\n        valid\n        errors {\n          column\n          message\n        }\n      }\n    }\n  }\n": types.ImportGroupsDocument,
    "\n  query GroupList($filter: GroupFilter, $orderBy: GroupOrder, $first: Int, $after: String) {\n    groups(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      statusCounts {\n        status\n        count\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          openForNewMembers\n          nextFollowUpDue\n          updatedAt\n          municipality {\n            number\n            name\n          }\n          district {\n            id\n            name\n          }\n          themes {\n            id\n            label\n          }\n        }\n      }\n    }\n  }\n": types.GroupListDocument,
    "\n  query GroupsCsv($filter: GroupFilter, $orderBy: GroupOrder) {\n    groupsCsv(filter: $filter, orderBy: $orderBy)\n  }\n": types.GroupsCsvDocument,
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
export function graphql(source: "\n  fragment GroupScheduleFields on GroupSchedule {\n    kind\n    weekday\n    nth\n    dates\n    startTime\n    durationMinutes\n    startDate\n    endDate\n  }\n"): (typeof documents)["\n  fragment GroupScheduleFields on GroupSchedule {\n    kind\n    weekday\n    nth\n    dates\n    startTime\n    durationMinutes\n    startDate\n    endDate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupFormFields on Group {\n    name\n    description\n    themes {\n      id\n    }\n    targetGroup\n    municipality {\n      number\n      name\n    }\n    format\n    venue {\n      name\n      streetAddress\n      postalCode\n      postalPlace\n      stepFreeAccess\n      hearingLoop\n      accessibilityNotes\n    }\n    meetingUrl\n    languages\n    openForNewMembers\n    maxSize\n    schedule {\n      ...GroupScheduleFields\n    }\n  }\n"): (typeof documents)["\n  fragment GroupFormFields on Group {\n    name\n    description\n    themes {\n      id\n    }\n    targetGroup\n    municipality {\n      number\n      name\n    }\n    format\n    venue {\n      name\n      streetAddress\n      postalCode\n      postalPlace\n      stepFreeAccess\n      hearingLoop\n      accessibilityNotes\n    }\n    meetingUrl\n    languages\n    openForNewMembers\n    maxSize\n    schedule {\n      ...GroupScheduleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicGroups($filter: PublicGroupFilter, $first: Int, $after: String) {\n    publicGroups(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          slug\n          name\n          format\n          openForNewMembers\n          themes {\n            id\n            label\n          }\n          municipality {\n            number\n            name\n          }\n          venue {\n            name\n            postalPlace\n          }\n          schedule {\n            ...GroupScheduleFields\n          }\n          nextMeetings(count: 1) {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicGroups($filter: PublicGroupFilter, $first: Int, $after: String) {\n    publicGroups(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          slug\n          name\n          format\n          openForNewMembers\n          themes {\n            id\n            label\n          }\n          municipality {\n            number\n            name\n          }\n          venue {\n            name\n            postalPlace\n          }\n          schedule {\n            ...GroupScheduleFields\n          }\n          nextMeetings(count: 1) {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicGroup($slug: String!) {\n    publicGroup(slug: $slug) {\n      slug\n      name\n      description\n      targetGroup\n      format\n      languages\n      openForNewMembers\n      status\n      updatedAt\n      themes {\n        id\n        label\n      }\n      municipality {\n        number\n        name\n        county {\n          name\n        }\n      }\n      district {\n        id\n        name\n      }\n      venue {\n        name\n        streetAddress\n        postalCode\n        postalPlace\n        stepFreeAccess\n        hearingLoop\n        accessibilityNotes\n      }\n      schedule {\n        ...GroupScheduleFields\n      }\n      nextMeetings(count: 5) {\n        start\n        end\n      }\n      contact {\n        officeName\n        email\n        phone\n        web\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicGroup($slug: String!) {\n    publicGroup(slug: $slug) {\n      slug\n      name\n      description\n      targetGroup\n      format\n      languages\n      openForNewMembers\n      status\n      updatedAt\n      themes {\n        id\n        label\n      }\n      municipality {\n        number\n        name\n        county {\n          name\n        }\n      }\n      district {\n        id\n        name\n      }\n      venue {\n        name\n        streetAddress\n        postalCode\n        postalPlace\n        stepFreeAccess\n        hearingLoop\n        accessibilityNotes\n      }\n      schedule {\n        ...GroupScheduleFields\n      }\n      nextMeetings(count: 5) {\n        start\n        end\n      }\n      contact {\n        officeName\n        email\n        phone\n        web\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicGroupICalendar($slug: String!) {\n    publicGroupICalendar(slug: $slug)\n  }\n"): (typeof documents)["\n  query PublicGroupICalendar($slug: String!) {\n    publicGroupICalendar(slug: $slug)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingGuideFeed($districtId: ID) {\n    meetingGuideFeed(districtId: $districtId)\n  }\n"): (typeof documents)["\n  query MeetingGuideFeed($districtId: ID) {\n    meetingGuideFeed(districtId: $districtId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupFollowUpsDue($before: Date, $districtId: ID) {\n    groupFollowUpsDue(before: $before, districtId: $districtId) {\n      id\n      name\n      status\n      nextFollowUpDue\n      municipality {\n        number\n        name\n      }\n      district {\n        id\n        name\n      }\n      followUps {\n        date\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupFollowUpsDue($before: Date, $districtId: ID) {\n    groupFollowUpsDue(before: $before, districtId: $districtId) {\n      id\n      name\n      status\n      nextFollowUpDue\n      municipality {\n        number\n        name\n      }\n      district {\n        id\n        name\n      }\n      followUps {\n        date\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeGroupStatus($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeGroupStatus($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterGroupFollowUp($input: RegisterGroupFollowUpInput!) {\n    registerGroupFollowUp(input: $input) {\n      id\n      nextFollowUpDue\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterGroupFollowUp($input: RegisterGroupFollowUpInput!) {\n    registerGroupFollowUp(input: $input) {\n      id\n      nextFollowUpDue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupForEdit($id: ID!) {\n    group(id: $id) {\n      id\n      version\n      updatedAt\n      ...GroupFormFields\n    }\n  }\n"): (typeof documents)["\n  query GroupForEdit($id: ID!) {\n    group(id: $id) {\n      id\n      version\n      updatedAt\n      ...GroupFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupPage($id: ID!) {\n    group(id: $id) {\n      id\n      slug\n      status\n      isPublic\n      version\n      createdAt\n      updatedAt\n      nextFollowUpDue\n      district {\n        id\n        name\n      }\n      themes {\n        id\n        label\n      }\n      ...GroupFormFields\n      nextMeetings(count: 5) {\n        start\n        end\n      }\n      statusHistory {\n        from\n        to\n        effectiveDate\n        reason\n        changedAt\n        changedBy {\n          name\n        }\n      }\n      followUps {\n        id\n        date\n        note\n        createdAt\n        registeredBy {\n          name\n        }\n      }\n      history {\n        id\n        kind\n        changedAt\n        changedBy {\n          name\n        }\n        fields {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupPage($id: ID!) {\n    group(id: $id) {\n      id\n      slug\n      status\n      isPublic\n      version\n      createdAt\n      updatedAt\n      nextFollowUpDue\n      district {\n        id\n        name\n      }\n      themes {\n        id\n        label\n      }\n      ...GroupFormFields\n      nextMeetings(count: 5) {\n        start\n        end\n      }\n      statusHistory {\n        from\n        to\n        effectiveDate\n        reason\n        changedAt\n        changedBy {\n          name\n        }\n      }\n      followUps {\n        id\n        date\n        note\n        createdAt\n        registeredBy {\n          name\n        }\n      }\n      history {\n        id\n        kind\n        changedAt\n        changedBy {\n          name\n        }\n        fields {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportGroups($input: ImportGroupsInput!) {\n    importGroups(input: $input) {\n      dryRun\n      committed\n      validCount\n      invalidCount\n      createdCount\n      rows {\n        line\n        name\n        municipalityName\n        valid\n        errors {\n          column\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportGroups($input: ImportGroupsInput!) {\n    importGroups(input: $input) {\n      dryRun\n      committed\n      validCount\n      invalidCount\n      createdCount\n      rows {\n        line\n        name\n        municipalityName\n        valid\n        errors {\n          column\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupList($filter: GroupFilter, $orderBy: GroupOrder, $first: Int, $after: String) {\n    groups(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      statusCounts {\n        status\n        count\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          openForNewMembers\n          nextFollowUpDue\n          updatedAt\n          municipality {\n            number\n            name\n          }\n          district {\n            id\n            name\n          }\n          themes {\n            id\n            label\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupList($filter: GroupFilter, $orderBy: GroupOrder, $first: Int, $after: String) {\n    groups(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      statusCounts {\n        status\n        count\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          openForNewMembers\n          nextFollowUpDue\n          updatedAt\n          municipality {\n            number\n            name\n          }\n          district {\n            id\n            name\n          }\n          themes {\n            id\n            label\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupsCsv($filter: GroupFilter, $orderBy: GroupOrder) {\n    groupsCsv(filter: $filter, orderBy: $orderBy)\n  }\n"): (typeof documents)["\n  query GroupsCsv($filter: GroupFilter, $orderBy: GroupOrder) {\n    groupsCsv(filter: $filter, orderBy: $orderBy)\n  }\n"];
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