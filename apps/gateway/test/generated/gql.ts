/* eslint-disable */
import * as types from './graphql.js';
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
    "\n  mutation ApiClientCreate($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        id\n        version\n        scopes\n        districts {\n          id\n        }\n        secrets {\n          lastFour\n        }\n      }\n    }\n  }\n": typeof types.ApiClientCreateDocument,
    "\n  mutation ApiClientUpdate($input: UpdateApiClientInput!) {\n    updateApiClient(input: $input) {\n      id\n      version\n      name\n    }\n  }\n": typeof types.ApiClientUpdateDocument,
    "\n  mutation ApiClientRotate($input: RotateApiClientSecretInput!) {\n    rotateApiClientSecret(input: $input) {\n      key\n      client {\n        version\n        secrets {\n          lastFour\n          validUntil\n        }\n      }\n    }\n  }\n": typeof types.ApiClientRotateDocument,
    "\n  mutation ApiClientRevoke($id: ID!) {\n    revokeApiClient(id: $id) {\n      revokedAt\n    }\n  }\n": typeof types.ApiClientRevokeDocument,
    "\n  query ApiClientList {\n    apiClients {\n      id\n      name\n      lastUsedAt\n    }\n  }\n": typeof types.ApiClientListDocument,
    "\n  query ApiClientGroups($filter: GroupFilter) {\n    groups(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApiClientGroupsDocument,
    "\n  query ApiClientGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.ApiClientGroupDocument,
    "\n  query ApiClientActivities($filter: ActivityFilter) {\n    outreachActivities(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApiClientActivitiesDocument,
    "\n  query ApiClientOverview($districts: [ID!]) {\n    overview(districts: $districts) {\n      districts {\n        id\n      }\n      tables {\n        key\n      }\n    }\n  }\n": typeof types.ApiClientOverviewDocument,
    "\n  fragment AgreementFields on Agreement {\n    id\n    title\n    startsOn\n    endsOn\n    inForce\n    version\n    attachment {\n      id\n      fileName\n      contentType\n      byteSize\n      sha256\n    }\n  }\n": typeof types.AgreementFieldsFragmentDoc,
    "\n  mutation CreateTestAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.CreateTestAgreementDocument,
    "\n  mutation UpdateTestAgreement($input: UpdateAgreementInput!) {\n    updateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": typeof types.UpdateTestAgreementDocument,
    "\n  mutation RemoveTestAgreement($id: ID!) {\n    removeAgreement(id: $id)\n  }\n": typeof types.RemoveTestAgreementDocument,
    "\n  query AgreementIdInDistrict($id: ID!) {\n    agreement(id: $id) {\n      id\n    }\n  }\n": typeof types.AgreementIdInDistrictDocument,
    "\n  query AgreementDocumentContent($id: ID!) {\n    agreement(id: $id) {\n      attachment {\n        contentBase64\n      }\n    }\n  }\n": typeof types.AgreementDocumentContentDocument,
    "\n  query PartnerAgreementDocuments($id: ID!) {\n    partner(id: $id) {\n      agreements {\n        id\n        version\n        inForce\n        attachment {\n          id\n          fileName\n          contentType\n          byteSize\n          sha256\n        }\n      }\n    }\n  }\n": typeof types.PartnerAgreementDocumentsDocument,
    "\n  mutation Login($email: String!, $password: String!, $realm: PortalRealmInput) {\n    login(email: $email, password: $password, realm: $realm) {\n      token\n      expiresAt\n      idleTimeoutSeconds\n      user {\n        email\n        role\n        district {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      district {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      token\n      createdAt\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  query CalendarFeed($token: String!, $districtId: ID) {\n    outreachCalendarFeed(token: $token, districtId: $districtId)\n  }\n": typeof types.CalendarFeedDocument,
    "\n  query LoggedInOutreachCalendar {\n    outreachCalendar\n  }\n": typeof types.LoggedInOutreachCalendarDocument,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.MyCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  mutation CreateParticipant($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateParticipantDocument,
    "\n  mutation CreateParticipantsCourse($course: TrainingCourseInput!) {\n    createTrainingCourse(course: $course) {\n      id\n      version\n      sessions {\n        id\n      }\n    }\n  }\n": typeof types.CreateParticipantsCourseDocument,
    "\n  mutation EnrolParticipant($input: EnrolInput!) {\n    enrol(input: $input) {\n      enrolment {\n        id\n        status\n      }\n    }\n  }\n": typeof types.EnrolParticipantDocument,
    "\n  mutation ChangeParticipantsCourseStatus($input: ChangeTrainingCourseStatusInput!) {\n    changeTrainingCourseStatus(input: $input) {\n      course {\n        id\n        version\n      }\n      completedFacilitators {\n        id\n      }\n    }\n  }\n": typeof types.ChangeParticipantsCourseStatusDocument,
    "\n  mutation RecordParticipantsAttendance($courseId: ID!, $attendance: [AttendanceInput!]!) {\n    recordAttendance(courseId: $courseId, attendance: $attendance) {\n      id\n    }\n  }\n": typeof types.RecordParticipantsAttendanceDocument,
    "\n  mutation CancelParticipantEnrolment($id: ID!, $confirmed: CancelEnrolmentConfirmation) {\n    cancelEnrolment(id: $id, confirmed: $confirmed) {\n      enrolment {\n        id\n        status\n      }\n      promoted {\n        id\n      }\n      course {\n        enrolledCount\n        waitingCount\n      }\n    }\n  }\n": typeof types.CancelParticipantEnrolmentDocument,
    "\n  mutation ApproveParticipantException($input: ApproveAttendanceExceptionInput!) {\n    approveAttendanceException(input: $input) {\n      id\n      attendanceException {\n        reason\n        approvedAt\n        approvedBy {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ApproveParticipantExceptionDocument,
    "\n  query ParticipantsCourse($id: ID!) {\n    trainingCourse(id: $id) {\n      id\n      version\n      status\n      enrolments {\n        id\n        status\n        waitingPosition\n        completed\n        attendanceException {\n          reason\n        }\n        facilitator {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ParticipantsCourseDocument,
    "\n  query CurrentSession {\n    currentSession {\n      realm {\n        districtId\n      }\n      expiresAt\n      idleExpiresAt\n      idleTimeoutSeconds\n    }\n  }\n": typeof types.CurrentSessionDocument,
    "\n  query TestDistrictAgenda($districtId: ID, $first: Int) {\n    districtAgenda(districtId: $districtId, first: $first) {\n      district {\n        id\n      }\n      today\n      upcomingUntil\n      groupFollowUps {\n        totalCount\n        overdueCount\n        items {\n          id\n          name\n          nextFollowUpDue\n        }\n      }\n      startingGroups {\n        totalCount\n        overdueCount\n        items {\n          id\n          name\n          schedule {\n            startDate\n          }\n        }\n      }\n      caseFollowUps {\n        totalCount\n        overdueCount\n        items {\n          dueOn\n          overdue\n          followUpCase {\n            id\n            reference\n          }\n        }\n      }\n      peerCheckIns {\n        totalCount\n        overdueCount\n        items {\n          dueOn\n          overdue\n          peer {\n            id\n            name\n          }\n        }\n      }\n      lapsingFacilitators {\n        totalCount\n        items {\n          id\n          name\n          qualification {\n            lapsesOn\n          }\n        }\n      }\n      courseSessions {\n        totalCount\n        items {\n          course {\n            id\n            title\n          }\n          session {\n            id\n            date\n          }\n        }\n      }\n      activities {\n        totalCount\n        items {\n          id\n          title\n          date\n        }\n      }\n    }\n  }\n": typeof types.TestDistrictAgendaDocument,
    "\n  mutation CreateGroupForFacilitator($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateGroupForFacilitatorDocument,
    "\n  mutation ChangeGroupStatusForFacilitator($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ChangeGroupStatusForFacilitatorDocument,
    "\n  mutation AssignTrainingFacilitator($input: AssignFacilitatorInput!) {\n    assignFacilitator(input: $input) {\n      id\n      toDate\n    }\n  }\n": typeof types.AssignTrainingFacilitatorDocument,
    "\n  query FacilitatorAssignmentsAndTraining($id: ID!) {\n    facilitator(id: $id) {\n      assignments {\n        group {\n          id\n        }\n        fromDate\n        toDate\n      }\n      trainingHistory {\n        completedOn\n      }\n    }\n  }\n": typeof types.FacilitatorAssignmentsAndTrainingDocument,
    "\n  mutation ForgetTrainingFacilitator($id: ID!) {\n    forgetFacilitator(id: $id) {\n      name\n      email\n      phone\n      notes\n      consent {\n        text\n      }\n      forgottenAt\n      trainingHistory {\n        enrolmentStatus\n      }\n    }\n  }\n": typeof types.ForgetTrainingFacilitatorDocument,
    "\n  query TrainingFacilitatorId($id: ID!) {\n    facilitator(id: $id) {\n      id\n    }\n  }\n": typeof types.TrainingFacilitatorIdDocument,
    "\n  query TrainingFacilitatorContact($id: ID!) {\n    facilitator(id: $id) {\n      name\n      email\n    }\n  }\n": typeof types.TrainingFacilitatorContactDocument,
    "\n  mutation FairUseCreateClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        id\n      }\n    }\n  }\n": typeof types.FairUseCreateClientDocument,
    "\n  query FairUseUsage($id: ID!, $days: Int) {\n    apiClient(id: $id) {\n      usage(days: $days) {\n        days\n        totals {\n          requests\n          rateLimited\n          errors\n          pointsSpent\n        }\n        perDay {\n          day\n          counts {\n            requests\n          }\n        }\n        perOperation {\n          operationName\n          counts {\n            requests\n            rateLimited\n            errors\n            pointsSpent\n          }\n        }\n      }\n    }\n  }\n": typeof types.FairUseUsageDocument,
    "\n  query InquiryToCaseToPeer($id: ID!) {\n    inquiry(id: $id) {\n      id\n      followUpCase {\n        id\n        inquiry {\n          id\n        }\n        peer {\n          id\n          load {\n            activeFollowUps\n          }\n        }\n      }\n    }\n  }\n": typeof types.InquiryToCaseToPeerDocument,
    "\n  query CasesWithInquiryAndPeer($first: Int) {\n    followUpCases(first: $first) {\n      edges {\n        node {\n          id\n          inquiry {\n            id\n            themes {\n              id\n            }\n          }\n          peer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CasesWithInquiryAndPeerDocument,
    "\n  query InquiriesWithTheirCases($first: Int) {\n    inquiries(first: $first, filter: { hasCase: true }) {\n      edges {\n        node {\n          id\n          followUpCase {\n            id\n            reference\n          }\n        }\n      }\n    }\n  }\n": typeof types.InquiriesWithTheirCasesDocument,
    "\n  mutation OpenCase($input: OpenFollowUpCaseInput!) {\n    openFollowUpCase(input: $input) {\n      id\n      reference\n      status\n      inquiryId\n      peerId\n      nextFollowUpOn\n      version\n      responsibleStaffUser {\n        id\n      }\n    }\n  }\n": typeof types.OpenCaseDocument,
    "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n      date\n      text\n    }\n  }\n": typeof types.AddCaseNoteDocument,
    "\n  query CaseWithNotes($id: ID!) {\n    followUpCase(id: $id) {\n      id\n      mayReadNotes\n      notes {\n        text\n        author {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CaseWithNotesDocument,
    "\n  query CaseOnly($id: ID!) {\n    followUpCase(id: $id) {\n      id\n      status\n      referrals {\n        referralResourceName\n      }\n      statusChanges {\n        fromStatus\n        toStatus\n        outcome\n      }\n    }\n  }\n": typeof types.CaseOnlyDocument,
    "\n  query WhoHasReadCase($id: ID!) {\n    followUpCase(id: $id) {\n      accessLog(first: 100) {\n        totalCount\n        edges {\n          node {\n            occurredAt\n            staffUser {\n              id\n              name\n            }\n            role\n            actorDistrict {\n              id\n            }\n            action\n            outcome\n            purpose\n          }\n        }\n      }\n      noteGrants {\n        id\n        active\n        staffUser {\n          id\n        }\n      }\n    }\n  }\n": typeof types.WhoHasReadCaseDocument,
    "\n  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {\n    changeCaseStatus(input: $input) {\n      id\n      status\n      outcome\n      closedOn\n      nextFollowUpOn\n      version\n    }\n  }\n": typeof types.ChangeCaseStatusDocument,
    "\n  mutation AddCaseReferral($input: AddCaseReferralInput!) {\n    addCaseReferral(input: $input) {\n      referralResourceName\n      date\n    }\n  }\n": typeof types.AddCaseReferralDocument,
    "\n  mutation UpdateCase($input: UpdateFollowUpCaseInput!) {\n    updateFollowUpCase(input: $input) {\n      id\n      version\n      nextFollowUpOn\n      responsibleStaffUser {\n        id\n      }\n    }\n  }\n": typeof types.UpdateCaseDocument,
    "\n  query CasesDue($responsibleStaffUserId: ID) {\n    followUpCasesDue(responsibleStaffUserId: $responsibleStaffUserId) {\n      dueOn\n      overdue\n      followUpCase {\n        id\n      }\n    }\n  }\n": typeof types.CasesDueDocument,
    "\n  mutation ExportCase($id: ID!) {\n    exportFollowUpCase(id: $id)\n  }\n": typeof types.ExportCaseDocument,
    "\n  query CaseList($filter: FollowUpCaseFilter, $first: Int) {\n    followUpCases(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n        }\n      }\n    }\n  }\n": typeof types.CaseListDocument,
    "\n  mutation GrantNotes($caseId: ID!, $staffUserId: ID!, $until: DateTime!) {\n    grantCaseNoteAccess(caseId: $caseId, staffUserId: $staffUserId, until: $until) {\n      id\n      active\n      expiresAt\n    }\n  }\n": typeof types.GrantNotesDocument,
    "\n  mutation RevokeNotes($id: ID!) {\n    revokeCaseNoteAccess(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.RevokeNotesDocument,
    "\n  mutation GroupFeedClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n    }\n  }\n": typeof types.GroupFeedClientDocument,
    "\n  query GroupFeed($after: String, $first: Int) {\n    groupFeed(after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          groupId\n          kind\n          changedAt\n          group {\n            id\n            name\n            district {\n              id\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GroupFeedDocument,
    "\n  fragment GroupFields on Group {\n    id\n    slug\n    name\n    version\n    status\n    isPublic\n    nextFollowUpDue\n    municipality {\n      number\n      name\n    }\n    district {\n      id\n    }\n    themes {\n      id\n      label\n    }\n    venue {\n      name\n      postalCode\n    }\n    schedule {\n      kind\n      weekday\n      startTime\n      timezone\n    }\n  }\n": typeof types.GroupFieldsFragmentDoc,
    "\n  mutation CreateRegistryGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n": typeof types.CreateRegistryGroupDocument,
    "\n  mutation ChangeRegistryGroupStatus($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      ...GroupFields\n    }\n  }\n": typeof types.ChangeRegistryGroupStatusDocument,
    "\n  mutation CreateGroupForCalendar($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n": typeof types.CreateGroupForCalendarDocument,
    "\n  mutation ChangeGroupStatusForCalendar($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      id\n      version\n      slug\n    }\n  }\n": typeof types.ChangeGroupStatusForCalendarDocument,
    "\n  query PublicGroupICalendar($slug: String!) {\n    publicGroupICalendar(slug: $slug)\n  }\n": typeof types.PublicGroupICalendarDocument,
    "\n  mutation ImportGroupsWithDuplicates($input: ImportGroupsInput!) {\n    importGroups(input: $input) {\n      committed\n      validCount\n      invalidCount\n      duplicateCount\n      createdCount\n      rows {\n        line\n        name\n        valid\n        duplicate\n        errors {\n          column\n          message\n          reason\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.ImportGroupsWithDuplicatesDocument,
    "\n  query CountDuplicateGroups {\n    groups(first: 1, filter: { search: \"Dublettgruppe\" }) {\n      totalCount\n    }\n  }\n": typeof types.CountDuplicateGroupsDocument,
    "\n  mutation ImportGroups($input: ImportGroupsInput!) {\n    importGroups(input: $input) {\n      dryRun\n      committed\n      validCount\n      invalidCount\n      createdCount\n      rows {\n        line\n        name\n        valid\n        errors {\n          column\n          message\n        }\n      }\n    }\n  }\n": typeof types.ImportGroupsDocument,
    "\n  query CountGroups {\n    groups(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.CountGroupsDocument,
    "\n  query ExportGroups($search: String!) {\n    groupsCsv(filter: { search: $search })\n  }\n": typeof types.ExportGroupsDocument,
    "\n  query GroupsWithNestedData($first: Int!) {\n    groups(first: $first) {\n      totalCount\n      statusCounts {\n        status\n        count\n      }\n      edges {\n        node {\n          id\n          name\n          venue {\n            name\n            postalCode\n          }\n          municipality {\n            name\n            county {\n              name\n            }\n          }\n          district {\n            name\n          }\n          themes {\n            id\n            label\n          }\n          statusHistory {\n            to\n            changedBy {\n              name\n            }\n          }\n          followUps {\n            date\n          }\n        }\n      }\n    }\n  }\n": typeof types.GroupsWithNestedDataDocument,
    "\n  query PublicRegistryGroup($slug: String!) {\n    publicGroup(slug: $slug) {\n      name\n      contact {\n        email\n      }\n    }\n  }\n": typeof types.PublicRegistryGroupDocument,
    "\n  query FindPublicGroups($search: String!) {\n    publicGroups(filter: { search: $search }) {\n      edges {\n        node {\n          slug\n        }\n      }\n    }\n  }\n": typeof types.FindPublicGroupsDocument,
    "\n  query MeetingGuideFeed($districtId: ID!) {\n    meetingGuideFeed(districtId: $districtId)\n  }\n": typeof types.MeetingGuideFeedDocument,
    "\n  query GroupStatusHistory($id: ID!) {\n    group(id: $id) {\n      statusHistory {\n        from\n        to\n        reason\n        changedBy {\n          email\n        }\n      }\n    }\n  }\n": typeof types.GroupStatusHistoryDocument,
    "\n  query RegistryGroupICalendar($slug: String!) {\n    publicGroupICalendar(slug: $slug)\n  }\n": typeof types.RegistryGroupICalendarDocument,
    "\n  query PublicGroupMeetings($slug: String!) {\n    publicGroup(slug: $slug) {\n      nextMeetings(count: 2) {\n        start\n      }\n    }\n  }\n": typeof types.PublicGroupMeetingsDocument,
    "\n  mutation RegisterGroupFollowUp($input: RegisterGroupFollowUpInput!) {\n    registerGroupFollowUp(input: $input) {\n      id\n      nextFollowUpDue\n      followUps {\n        date\n        note\n        registeredBy {\n          email\n        }\n      }\n    }\n  }\n": typeof types.RegisterGroupFollowUpDocument,
    "\n  query GroupFollowUpsDue($before: Date!) {\n    groupFollowUpsDue(before: $before) {\n      id\n      nextFollowUpDue\n    }\n  }\n": typeof types.GroupFollowUpsDueDocument,
    "\n  query GroupNextMeetings($id: ID!) {\n    group(id: $id) {\n      nextMeetings(count: 3) {\n        start\n      }\n      schedule {\n        weekday\n      }\n    }\n  }\n": typeof types.GroupNextMeetingsDocument,
    "\n  mutation UpdateRegistryGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n": typeof types.UpdateRegistryGroupDocument,
    "\n  query CountRegistryGroups {\n    groups(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.CountRegistryGroupsDocument,
    "\n  query GroupChangeHistory($id: ID!) {\n    group(id: $id) {\n      name\n      history {\n        kind\n        changedBy {\n          email\n        }\n        fields {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n": typeof types.GroupChangeHistoryDocument,
    "\n  query GroupId($id: ID!) {\n    group(id: $id) {\n      id\n    }\n  }\n": typeof types.GroupIdDocument,
    "\n  query DistrictsOfGroups {\n    groups(first: 100) {\n      edges {\n        node {\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.DistrictsOfGroupsDocument,
    "\n  mutation HarnessLogin($email: String!, $password: String!, $realm: PortalRealmInput) {\n    login(email: $email, password: $password, realm: $realm) {\n      token\n    }\n  }\n": typeof types.HarnessLoginDocument,
    "\n  query InquiryList($filter: InquiryFilter, $first: Int) {\n    inquiries(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          receivedOn\n        }\n      }\n    }\n  }\n": typeof types.InquiryListDocument,
    "\n  mutation WithdrawConsent($inquiryId: ID!, $purpose: ConsentPurpose!) {\n    withdrawConsent(inquiryId: $inquiryId, purpose: $purpose) {\n      ...InquiryFields\n    }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  mutation PlanActivityFromInquiry($input: PlanActivityFromInquiryInput!) {\n    planActivityFromInquiry(input: $input) {\n      inquiry {\n        ...InquiryFields\n      }\n      activity {\n        id\n        plannedFromInquiryId\n        type\n        status\n        title\n        date\n        audiences\n        themes {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PlanActivityFromInquiryDocument,
    "\n  fragment InquiryFields on Inquiry {\n    id\n    district {\n      id\n    }\n    receivedOn\n    receivedTime\n    channel\n    inquirerType\n    themes {\n      id\n    }\n    minutesSpent\n    actions\n    note\n    personAlias\n    contact {\n      method\n      value\n    }\n    followUpConsentInForce\n    consents {\n      purpose\n      givenOn\n      withdrawnOn\n      inForce\n    }\n    interestListEntries {\n      id\n      theme {\n        id\n      }\n      municipality {\n        number\n      }\n      closedOn\n      version\n    }\n    activity {\n      id\n      status\n    }\n    hasCase\n    version\n  }\n": typeof types.InquiryFieldsFragmentDoc,
    "\n  mutation LogInquiry($input: InquiryInput!) {\n    logInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n": typeof types.LogInquiryDocument,
    "\n  mutation UpdateInquiry($input: UpdateInquiryInput!) {\n    updateInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n": typeof types.UpdateInquiryDocument,
    "\n  query InquiryById($id: ID!) {\n    inquiry(id: $id) {\n      ...InquiryFields\n    }\n  }\n": typeof types.InquiryByIdDocument,
    "\n  mutation AddToInterestList($inquiryId: ID!, $entry: InterestListEntryInput!) {\n    addToInterestList(inquiryId: $inquiryId, entry: $entry) {\n      id\n      version\n      closedOn\n    }\n  }\n": typeof types.AddToInterestListDocument,
    "\n  mutation CloseInterestListEntry($id: ID!, $version: Int!) {\n    closeInterestListEntry(id: $id, version: $version) {\n      id\n      version\n      closedOn\n    }\n  }\n": typeof types.CloseInterestListEntryDocument,
    "\n  query InterestDemand($filter: InterestDemandFilter) {\n    interestDemand(filter: $filter) {\n      theme {\n        id\n      }\n      municipality {\n        number\n      }\n      count\n    }\n  }\n": typeof types.InterestDemandDocument,
    "\n  query InterestContactsForGroup($groupId: ID!, $reach: InterestReach) {\n    interestContactsForGroup(groupId: $groupId, reach: $reach) {\n      group {\n        id\n      }\n      toContact {\n        entry {\n          id\n        }\n        inquiry {\n          id\n          personAlias\n          contact {\n            value\n          }\n        }\n      }\n      withoutConsent\n    }\n  }\n": typeof types.InterestContactsForGroupDocument,
    "\n  mutation ThrottledLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.ThrottledLoginDocument,
    "\n  mutation TimedLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.TimedLoginDocument,
    "\n  mutation CreateGroupInLanguage($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n": typeof types.CreateGroupInLanguageDocument,
    "\n  mutation LoginInLanguage($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.LoginInLanguageDocument,
    "\n  query MeInLanguage {\n    me {\n      email\n    }\n  }\n": typeof types.MeInLanguageDocument,
    "\n  query NationalDistrictLists($districtId: ID!, $search: String!, $from: Date!) {\n    groups(filter: { districtId: $districtId, search: $search }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n    trainingCourses(filter: { districtId: $districtId, from: $from }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n    partners(filter: { districtId: $districtId, search: $search }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n    outreachActivities(filter: { districtId: $districtId, search: $search }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.NationalDistrictListsDocument,
    "\n  query CoursesOfDistrict($districtId: ID) {\n    trainingCourses(filter: { districtId: $districtId }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.CoursesOfDistrictDocument,
    "\n  query PartnersOfDistrict($districtId: ID) {\n    partners(filter: { districtId: $districtId }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.PartnersOfDistrictDocument,
    "\n  query NationalReadsInquiries {\n    inquiries(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.NationalReadsInquiriesDocument,
    "\n  query NationalReadsCases {\n    followUpCases(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.NationalReadsCasesDocument,
    "\n  query NationalReadsPeers {\n    volunteerPeers(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.NationalReadsPeersDocument,
    "\n  fragment PartnerFields on Partner {\n    id\n    name\n    type\n    organisationNumber\n    status\n    version\n    municipality {\n      number\n    }\n    district {\n      id\n    }\n  }\n": typeof types.PartnerFieldsFragmentDoc,
    "\n  fragment ActivityFields on OutreachActivity {\n    id\n    type\n    title\n    status\n    date\n    participantCount\n    version\n    partners {\n      id\n    }\n    staff {\n      id\n      name\n    }\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  mutation CreateTestPartner($partner: PartnerInput!) {\n    createPartner(partner: $partner) {\n      ...PartnerFields\n    }\n  }\n": typeof types.CreateTestPartnerDocument,
    "\n  mutation UpdateTestPartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n": typeof types.UpdateTestPartnerDocument,
    "\n  mutation AddTestContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      id\n      name\n      email\n      version\n    }\n  }\n": typeof types.AddTestContactDocument,
    "\n  mutation CreateTestActivity($activity: ActivityInput!) {\n    createOutreachActivity(activity: $activity) {\n      ...ActivityFields\n    }\n  }\n": typeof types.CreateTestActivityDocument,
    "\n  mutation UpdateTestActivity($input: UpdateActivityInput!) {\n    updateOutreachActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n": typeof types.UpdateTestActivityDocument,
    "\n  mutation AddTestActivityOutcome($input: AddActivityOutcomeInput!) {\n    addActivityOutcome(input: $input) {\n      id\n      kind\n      group {\n        id\n      }\n    }\n  }\n": typeof types.AddTestActivityOutcomeDocument,
    "\n  mutation CreateTestNetworkGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateTestNetworkGroupDocument,
    "\n  query TestPartnerCount {\n    partners(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.TestPartnerCountDocument,
    "\n  query TestActivityCount {\n    outreachActivities(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.TestActivityCountDocument,
    "\n  query DistrictNetworkMap($districtId: ID) {\n    networkMap(districtId: $districtId) {\n      district {\n        id\n      }\n      withNeither {\n        number\n        name\n      }\n      withoutActivePartner {\n        number\n      }\n      withoutGroup {\n        number\n      }\n      activePartnersByType {\n        type\n        count\n      }\n      municipalities {\n        municipality {\n          number\n        }\n        activePartners\n        partners\n        groups\n      }\n    }\n  }\n": typeof types.DistrictNetworkMapDocument,
    "\n  query ActiveGroupMunicipalities($after: String) {\n    groups(first: 100, after: $after, filter: { statuses: [STARTING, RUNNING, PAUSED] }) {\n      edges {\n        node {\n          municipality {\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ActiveGroupMunicipalitiesDocument,
    "\n  mutation StartGroupOnNetworkMap($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      id\n    }\n  }\n": typeof types.StartGroupOnNetworkMapDocument,
    "\n  mutation OAuthClientCreate($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      client {\n        id\n        version\n        organisationNumber\n      }\n    }\n  }\n": typeof types.OAuthClientCreateDocument,
    "\n  mutation OAuthClientUpdate($input: UpdateApiClientInput!) {\n    updateApiClient(input: $input) {\n      version\n      organisationNumber\n    }\n  }\n": typeof types.OAuthClientUpdateDocument,
    "\n  mutation OAuthClientRevoke($id: ID!) {\n    revokeApiClient(id: $id) {\n      revokedAt\n    }\n  }\n": typeof types.OAuthClientRevokeDocument,
    "\n  query OAuthClient($id: ID!) {\n    apiClient(id: $id) {\n      lastUsedAt\n      secrets {\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.OAuthClientDocument,
    "\n  query OAuthGroups($filter: GroupFilter) {\n    groups(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.OAuthGroupsDocument,
    "\n  query OutreachCalendar($districtId: ID) {\n    outreachCalendar(districtId: $districtId)\n  }\n": typeof types.OutreachCalendarDocument,
    "\n  query OutreachActivityTotals($filter: ActivityFilter) {\n    activityTotals(filter: $filter) {\n      activities\n      participants\n      groupsStarted\n      byType {\n        type\n        activities\n        participants\n        groupsStarted\n      }\n      byDistrict {\n        district {\n          id\n        }\n        activities\n      }\n    }\n  }\n": typeof types.OutreachActivityTotalsDocument,
    "\n  query OutreachActivitiesCsvExport($filter: ActivityFilter) {\n    outreachActivitiesCsv(filter: $filter)\n  }\n": typeof types.OutreachActivitiesCsvExportDocument,
    "\n  query OutreachActivityCountForTotals($filter: ActivityFilter) {\n    outreachActivities(filter: $filter) {\n      totalCount\n    }\n  }\n": typeof types.OutreachActivityCountForTotalsDocument,
    "\n  query OutreachActivityIdForTotals($id: ID!) {\n    outreachActivity(id: $id) {\n      id\n    }\n  }\n": typeof types.OutreachActivityIdForTotalsDocument,
    "\n  query OutreachActivitiesInPeriod($filter: ActivityFilter) {\n    outreachActivities(filter: $filter) {\n      totalCount\n    }\n  }\n": typeof types.OutreachActivitiesInPeriodDocument,
    "\n  mutation RemoveOutreachActivityOutcome($id: ID!) {\n    removeActivityOutcome(id: $id) {\n      id\n      outcomes {\n        id\n      }\n    }\n  }\n": typeof types.RemoveOutreachActivityOutcomeDocument,
    "\n  mutation RemoveOutreachActivity($id: ID!, $version: Int!) {\n    removeOutreachActivity(id: $id, version: $version)\n  }\n": typeof types.RemoveOutreachActivityDocument,
    "\n  query OutreachActivityId($id: ID!) {\n    outreachActivity(id: $id) {\n      id\n    }\n  }\n": typeof types.OutreachActivityIdDocument,
    "\n  query GroupOriginActivities($id: ID!) {\n    group(id: $id) {\n      originActivities {\n        id\n      }\n    }\n  }\n": typeof types.GroupOriginActivitiesDocument,
    "\n  query OutreachActivityLogPage($first: Int!) {\n    outreachActivities(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          district {\n            id\n          }\n          municipality {\n            name\n          }\n          staff {\n            name\n          }\n          partners {\n            name\n            lastContactOn\n          }\n          themes {\n            id\n          }\n          outcomes {\n            kind\n            group {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OutreachActivityLogPageDocument,
    "\n  query OverviewAll($period: PeriodInput, $districts: [ID!]) {\n    overview(period: $period, districts: $districts) {\n      period {\n        from\n        to\n      }\n      districts {\n        id\n      }\n      suppressionThreshold\n      tables {\n        ...OverviewTableParts\n      }\n      coverage {\n        counties {\n          county {\n            number\n          }\n          municipalities\n          covered\n        }\n        coveredMunicipalityNumbers\n      }\n      previousPeriod {\n        period {\n          from\n          to\n        }\n        tables {\n          ...OverviewTableParts\n        }\n        previousPeriod {\n          period {\n            from\n          }\n        }\n      }\n    }\n  }\n\n  fragment OverviewTableParts on StatTable {\n    key\n    title\n    rowLabel\n    columnLabel\n    protected\n    suppressed\n    rows {\n      key\n      label\n    }\n    columns {\n      key\n      label\n    }\n    cells {\n      value\n      display\n      suppressed\n    }\n    rowTotals {\n      value\n      display\n      suppressed\n    }\n    columnTotals {\n      value\n      display\n      suppressed\n    }\n    total {\n      value\n      display\n      suppressed\n    }\n  }\n": typeof types.OverviewAllDocument,
    "\n  query OverviewOneTable($period: PeriodInput, $districts: [ID!], $key: StatTableKey!) {\n    overview(period: $period, districts: $districts) {\n      districts {\n        id\n      }\n      table(key: $key) {\n        ...OverviewTableParts\n      }\n    }\n  }\n": typeof types.OverviewOneTableDocument,
    "\n  query PartnerPageWithContacts($id: ID!) {\n    partner(id: $id) {\n      lastContactOn\n      contacts {\n        name\n        email\n        role\n        since\n      }\n      activities {\n        id\n        type\n        participantCount\n        staff {\n          id\n        }\n        outcomes {\n          kind\n        }\n      }\n      groupsStartedTogether {\n        id\n        name\n        originActivities {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PartnerPageWithContactsDocument,
    "\n  query PartnerContactDetails($id: ID!) {\n    partner(id: $id) {\n      name\n      contacts {\n        name\n        email\n        phone\n        consentNote\n      }\n    }\n  }\n": typeof types.PartnerContactDetailsDocument,
    "\n  mutation MovePartnerContact($input: MoveContactInput!) {\n    moveContact(input: $input) {\n      id\n      version\n      role\n      since\n      partner {\n        id\n      }\n      history {\n        partner {\n          id\n        }\n        role\n        fromDate\n        toDate\n      }\n    }\n  }\n": typeof types.MovePartnerContactDocument,
    "\n  query PartnerFormerContacts($id: ID!) {\n    partner(id: $id) {\n      contacts {\n        id\n      }\n      formerContacts {\n        contact {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PartnerFormerContactsDocument,
    "\n  query FilteredPartnerNames($filter: PartnerFilter) {\n    partners(filter: $filter, first: 100) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": typeof types.FilteredPartnerNamesDocument,
    "\n  query PartnerNetworkPage($first: Int!) {\n    partners(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          lastContactOn\n          municipality {\n            name\n          }\n          contacts {\n            name\n            email\n            partner {\n              id\n            }\n          }\n          agreements {\n            title\n            inForce\n            attachment {\n              fileName\n            }\n          }\n          venues {\n            name\n            groups {\n              id\n            }\n          }\n          activities {\n            title\n            partners {\n              id\n            }\n            staff {\n              name\n            }\n            outcomes {\n              kind\n            }\n          }\n          groupsStartedTogether {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnerNetworkPageDocument,
    "\n  query EditedPartner($id: ID!) {\n    partner(id: $id) {\n      name\n      version\n    }\n  }\n": typeof types.EditedPartnerDocument,
    "\n  query PartnerIdInDistrict($id: ID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n": typeof types.PartnerIdInDistrictDocument,
    "\n  query DistrictsOfPartners {\n    partners(first: 100) {\n      edges {\n        node {\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.DistrictsOfPartnersDocument,
    "\n  query PeerSuggestions($caseId: ID!) {\n    peerSuggestions(caseId: $caseId) {\n      caseId\n      caseVersion\n      suggestions {\n        peer {\n          id\n          name\n        }\n        sharedThemes {\n          id\n        }\n        sharedLanguage\n        distance\n        freeCapacity\n        reasons {\n          code\n          text\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeerSuggestionsDocument,
    "\n  mutation ConfirmPeerMatch($caseId: ID!, $peerId: ID!, $caseVersion: Int!) {\n    confirmPeerMatch(caseId: $caseId, peerId: $peerId, caseVersion: $caseVersion) {\n      caseId\n      caseVersion\n      peerMatchedOn\n      peer {\n        id\n        load {\n          activeFollowUps\n          freeCapacity\n          followingSince\n          nextCheckInDue\n        }\n      }\n    }\n  }\n": typeof types.ConfirmPeerMatchDocument,
    "\n  query MatchedPeerLoad($id: ID!) {\n    volunteerPeer(id: $id) {\n      load {\n        activeFollowUps\n        freeCapacity\n      }\n    }\n  }\n": typeof types.MatchedPeerLoadDocument,
    "\n  query ReadPathFacilitatorVersion($id: ID!) {\n    facilitator(id: $id) {\n      version\n    }\n  }\n": typeof types.ReadPathFacilitatorVersionDocument,
    "\n  query ReadPathContactVersion($id: ID!) {\n    contactPerson(id: $id) {\n      version\n    }\n  }\n": typeof types.ReadPathContactVersionDocument,
    "\n  mutation ReadPathCreateFacilitator($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      __typename\n      id\n    }\n  }\n": typeof types.ReadPathCreateFacilitatorDocument,
    "\n  mutation ReadPathUpdateFacilitator($input: UpdateFacilitatorInput!) {\n    updateFacilitator(input: $input) {\n      __typename\n      id\n    }\n  }\n": typeof types.ReadPathUpdateFacilitatorDocument,
    "\n  mutation ReadPathForgetFacilitator($id: ID!) {\n    forgetFacilitator(id: $id) {\n      __typename\n      id\n    }\n  }\n": typeof types.ReadPathForgetFacilitatorDocument,
    "\n  mutation ReadPathAddContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      __typename\n      id\n    }\n  }\n": typeof types.ReadPathAddContactDocument,
    "\n  mutation ReadPathUpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      __typename\n      id\n    }\n  }\n": typeof types.ReadPathUpdateContactDocument,
    "\n  mutation ReadPathMoveContact($input: MoveContactInput!) {\n    moveContact(input: $input) {\n      __typename\n      id\n    }\n  }\n": typeof types.ReadPathMoveContactDocument,
    "\n  mutation ReadPathCompleteCourse($input: ChangeTrainingCourseStatusInput!) {\n    changeTrainingCourseStatus(input: $input) {\n      completedFacilitators {\n        __typename\n        id\n      }\n    }\n  }\n": typeof types.ReadPathCompleteCourseDocument,
    "\n  mutation ReadPathCreateCourse($course: TrainingCourseInput!) {\n    createTrainingCourse(course: $course) {\n      id\n      version\n    }\n  }\n": typeof types.ReadPathCreateCourseDocument,
    "\n  mutation ReadPathEnrol($input: EnrolInput!) {\n    enrol(input: $input) {\n      gotSeat\n    }\n  }\n": typeof types.ReadPathEnrolDocument,
    "\n  mutation ReadPathCourseStatus($input: ChangeTrainingCourseStatusInput!) {\n    changeTrainingCourseStatus(input: $input) {\n      course {\n        version\n      }\n    }\n  }\n": typeof types.ReadPathCourseStatusDocument,
    "\n  query ReadPathCourse($id: ID!) {\n    trainingCourse(id: $id) {\n      version\n      sessions {\n        id\n      }\n      enrolments {\n        id\n      }\n    }\n  }\n": typeof types.ReadPathCourseDocument,
    "\n  mutation ReadPathAttendance($courseId: ID!, $attendance: [AttendanceInput!]!) {\n    recordAttendance(courseId: $courseId, attendance: $attendance) {\n      id\n    }\n  }\n": typeof types.ReadPathAttendanceDocument,
    "\n  query ReadPathMe {\n    me {\n      id\n      email\n    }\n  }\n": typeof types.ReadPathMeDocument,
    "\n  mutation ReadPathCreateFeed {\n    createCalendarFeed {\n      token\n    }\n  }\n": typeof types.ReadPathCreateFeedDocument,
    "\n  query ReadPathMyFeed {\n    myCalendarFeed {\n      createdAt\n    }\n  }\n": typeof types.ReadPathMyFeedDocument,
    "\n  query ReadPathTrainingHistories {\n    facilitators(first: 100) {\n      edges {\n        node {\n          id\n          trainingHistory {\n            enrolmentStatus\n            course {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReadPathTrainingHistoriesDocument,
    "\n  query ReadPathRedactedDetails {\n    facilitators(first: 10) {\n      edges {\n        node {\n          id\n          email\n          phone\n          notes\n          consent {\n            text\n          }\n        }\n      }\n    }\n    partners(first: 10) {\n      edges {\n        node {\n          contacts {\n            id\n            email\n            phone\n            consentNote\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReadPathRedactedDetailsDocument,
    "\n  fragment ReferralResourceFields on ReferralResource {\n    id\n    district {\n      id\n    }\n    name\n    type\n    offers\n    areaKind\n    municipalities {\n      number\n    }\n    howToRefer\n    phone\n    website\n    partner {\n      id\n    }\n    archivedAt\n    version\n  }\n": typeof types.ReferralResourceFieldsFragmentDoc,
    "\n  mutation CreateReferralResource($resource: ReferralResourceInput!) {\n    createReferralResource(resource: $resource) {\n      ...ReferralResourceFields\n    }\n  }\n": typeof types.CreateReferralResourceDocument,
    "\n  mutation UpdateReferralResource($input: UpdateReferralResourceInput!) {\n    updateReferralResource(input: $input) {\n      ...ReferralResourceFields\n    }\n  }\n": typeof types.UpdateReferralResourceDocument,
    "\n  mutation ArchiveReferralResource($id: ID!, $version: Int!) {\n    archiveReferralResource(id: $id, version: $version) {\n      ...ReferralResourceFields\n    }\n  }\n": typeof types.ArchiveReferralResourceDocument,
    "\n  query ReferralResourceList($filter: ReferralResourceFilter) {\n    referralResources(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReferralResourceListDocument,
    "\n  query ReferralResourceById($id: ID!) {\n    referralResource(id: $id) {\n      ...ReferralResourceFields\n    }\n  }\n": typeof types.ReferralResourceByIdDocument,
    "\n  query ReportDownload($period: ReportPeriodInput!, $district: ID, $format: ReportFileFormat!) {\n    reportDownload(period: $period, district: $district, format: $format) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.ReportDownloadDocument,
    "\n  mutation StartReportJob($period: ReportPeriodInput!) {\n    startReportJob(period: $period) {\n      id\n      status\n      progressDone\n      progressTotal\n      periodFrom\n      periodTo\n    }\n  }\n": typeof types.StartReportJobDocument,
    "\n  query ReportJobPage($id: ID!) {\n    reportJob(id: $id) {\n      id\n      status\n      progressDone\n      progressTotal\n      error\n      files {\n        id\n        fileName\n        format\n        district {\n          id\n        }\n        byteSize\n      }\n    }\n  }\n": typeof types.ReportJobPageDocument,
    "\n  query ReportJobList {\n    reportJobs(first: 5) {\n      id\n      status\n    }\n  }\n": typeof types.ReportJobListDocument,
    "\n  query ReportFileDownload($id: ID!) {\n    reportFile(id: $id) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.ReportFileDownloadDocument,
    "\n  query OverviewForReport($period: PeriodInput) {\n    overview(period: $period) {\n      tables {\n        key\n        title\n        rowLabel\n        rows {\n          label\n        }\n        columns {\n          label\n        }\n        cells {\n          value\n          display\n          suppressed\n        }\n        rowTotals {\n          value\n          display\n          suppressed\n        }\n        columnTotals {\n          value\n          display\n          suppressed\n        }\n        total {\n          value\n          display\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.OverviewForReportDocument,
    "\n  query ReportDownloadForOverview($period: ReportPeriodInput!, $district: ID, $format: ReportFileFormat!) {\n    reportDownload(period: $period, district: $district, format: $format) {\n      fileName\n      contentBase64\n    }\n  }\n": typeof types.ReportDownloadForOverviewDocument,
    "\n  query RetentionSettingsOfViewer {\n    retentionSettings {\n      district {\n        id\n      }\n      closedCaseMonths\n      inquiryWithoutCaseMonths\n      stoppedPeerMonths\n      customised\n    }\n  }\n": typeof types.RetentionSettingsOfViewerDocument,
    "\n  mutation SetRetentionSettings($input: RetentionSettingsInput!) {\n    setRetentionSettings(input: $input) {\n      district {\n        id\n      }\n      closedCaseMonths\n      inquiryWithoutCaseMonths\n      stoppedPeerMonths\n      customised\n    }\n  }\n": typeof types.SetRetentionSettingsDocument,
    "\n  query RetentionRuns($first: Int) {\n    retentionRuns(first: $first) {\n      id\n      trigger\n      asOf\n      casesAnonymised\n      inquiriesAnonymised\n      peersAnonymised\n      districts {\n        district {\n          id\n        }\n        inquiriesAnonymised\n      }\n      deleted {\n        sessions\n        loginAttempts\n        passwordResetTokens\n        calendarFeedTokens\n        apiUsageEntries\n        groupFeedEntries\n      }\n    }\n  }\n": typeof types.RetentionRunsDocument,
    "\n  mutation ReferralClientCreate($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n    }\n  }\n": typeof types.ReferralClientCreateDocument,
    "\n  mutation SubmitReferral($input: SubmitReferralInput!) {\n    submitReferral(input: $input) {\n      id\n      reference\n      kind\n      status\n      submittedAt\n    }\n  }\n": typeof types.SubmitReferralDocument,
    "\n  mutation RequestTalk($input: RequestTalkInput!) {\n    requestTalk(input: $input) {\n      id\n      kind\n      status\n    }\n  }\n": typeof types.RequestTalkDocument,
    "\n  query ServiceReferralStatus($reference: String!) {\n    serviceReferral(reference: $reference) {\n      id\n      reference\n      kind\n      status\n      submittedAt\n    }\n  }\n": typeof types.ServiceReferralStatusDocument,
    "\n  query ReferralQueue($filter: InquiryFilter) {\n    inquiries(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          channel\n          inquirerType\n          publicServiceType\n          personAlias\n          contact {\n            method\n            value\n          }\n          consents {\n            purpose\n            givenOn\n            wording\n          }\n          actions\n          serviceReferral {\n            kind\n            reference\n            clientName\n            serviceUnit\n            contactTimes\n            talkTopic\n            talkAudienceSize\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReferralQueueDocument,
    "\n  mutation ReferralPlanActivity($input: PlanActivityFromInquiryInput!) {\n    planActivityFromInquiry(input: $input) {\n      activity {\n        id\n        status\n        plannedFromInquiryId\n      }\n    }\n  }\n": typeof types.ReferralPlanActivityDocument,
    "\n  query SessionCacheMe {\n    me {\n      id\n      name\n    }\n  }\n": typeof types.SessionCacheMeDocument,
    "\n  mutation SessionCacheLogout {\n    logout\n  }\n": typeof types.SessionCacheLogoutDocument,
    "\n  mutation SessionCacheDeactivate($input: DeactivateStaffUserInput!) {\n    deactivateStaffUser(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.SessionCacheDeactivateDocument,
    "\n  mutation Create($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        role\n        version\n        district {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CreateDocument,
    "\n  mutation DeactivateStaffUser($input: DeactivateStaffUserInput!) {\n    deactivateStaffUser(input: $input) {\n      id\n      active\n      version\n    }\n  }\n": typeof types.DeactivateStaffUserDocument,
    "\n  mutation ResetStaffUserPassword($id: ID!) {\n    resetStaffUserPassword(id: $id) {\n      token\n      user {\n        email\n      }\n    }\n  }\n": typeof types.ResetStaffUserPasswordDocument,
    "\n  mutation CompletePasswordReset($token: String!, $password: String!) {\n    completePasswordReset(token: $token, newPassword: $password)\n  }\n": typeof types.CompletePasswordResetDocument,
    "\n  query StaffUsers($filter: StaffUserFilter, $first: Int, $after: String) {\n    staffUsers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffUsersDocument,
    "\n  query StaffUser($id: ID!) {\n    staffUser(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.StaffUserDocument,
    "\n  query MyId {\n    me {\n      id\n    }\n  }\n": typeof types.MyIdDocument,
    "\n  mutation LoginAfterDeactivation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.LoginAfterDeactivationDocument,
    "\n  fragment SurveyFields on Survey {\n    id\n    district {\n      id\n    }\n    title\n    intro\n    publicToken\n    templateKey\n    opensOn\n    closesOn\n    phase\n    hasResponses\n    version\n    questions {\n      id\n      position\n      kind\n      text\n      options\n      scaleMin\n      scaleMax\n      required\n      templateKey\n      sensitive\n    }\n  }\n": typeof types.SurveyFieldsFragmentDoc,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": typeof types.CreateSurveyDocument,
    "\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": typeof types.UpdateSurveyDocument,
    "\n  mutation CloseSurvey($id: ID!, $version: Int!) {\n    closeSurvey(id: $id, version: $version) {\n      ...SurveyFields\n    }\n  }\n": typeof types.CloseSurveyDocument,
    "\n  query Surveys {\n    surveys {\n      id\n      district {\n        id\n      }\n    }\n  }\n": typeof types.SurveysDocument,
    "\n  query SurveyById($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": typeof types.SurveyByIdDocument,
    "\n  query SurveyResults($id: ID!) {\n    surveyResults(id: $id) {\n      responses {\n        value\n        suppressed\n        display\n      }\n      freeTextVisible\n      questions {\n        question {\n          id\n          templateKey\n          kind\n        }\n        tooFewAnswers\n        answered\n        options {\n          index\n          label\n          count {\n            value\n            suppressed\n            display\n          }\n        }\n        scale {\n          value\n          count {\n            value\n            suppressed\n          }\n        }\n        scaleMean\n        freeTextAnswers\n      }\n    }\n  }\n": typeof types.SurveyResultsDocument,
    "\n  query SurveyComparison($templateKey: String!, $from: Date, $to: Date) {\n    surveyTemplateComparison(templateKey: $templateKey, from: $from, to: $to, language: EN) {\n      templateKey\n      tables {\n        questionKey\n        question\n        columns\n        rows {\n          district {\n            id\n          }\n          cells {\n            value\n            suppressed\n            display\n          }\n          total {\n            value\n            suppressed\n          }\n        }\n        total {\n          value\n        }\n      }\n    }\n  }\n": typeof types.SurveyComparisonDocument,
    "\n  query PublicSurvey($token: String!) {\n    publicSurvey(token: $token) {\n      title\n      intro\n      opensOn\n      closesOn\n      phase\n      questions {\n        id\n        kind\n        text\n        options\n        sensitive\n      }\n      helpLines {\n        name\n        phone\n      }\n    }\n  }\n": typeof types.PublicSurveyDocument,
    "\n  mutation SubmitSurveyResponse($token: String!, $answers: [SurveyAnswerInput!]!) {\n    submitSurveyResponse(token: $token, answers: $answers) {\n      ok\n    }\n  }\n": typeof types.SubmitSurveyResponseDocument,
    "\n  mutation CreateTrainingFacilitator($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      id\n      name\n      qualification {\n        status\n      }\n    }\n  }\n": typeof types.CreateTrainingFacilitatorDocument,
    "\n  mutation CreateTrainingCourseForTest($course: TrainingCourseInput!) {\n    createTrainingCourse(course: $course) {\n      id\n      version\n      sessions {\n        id\n      }\n    }\n  }\n": typeof types.CreateTrainingCourseForTestDocument,
    "\n  mutation EnrolInTrainingCourse($input: EnrolInput!) {\n    enrol(input: $input) {\n      gotSeat\n      enrolment {\n        id\n        status\n        waitingPosition\n        facilitator {\n          id\n        }\n      }\n      course {\n        enrolledCount\n        waitingCount\n      }\n    }\n  }\n": typeof types.EnrolInTrainingCourseDocument,
    "\n  query TrainingCourseForTest($id: ID!) {\n    trainingCourse(id: $id) {\n      id\n      version\n      status\n      enrolledCount\n      waitingCount\n      sessions {\n        id\n      }\n      enrolments {\n        id\n        status\n        waitingPosition\n        completed\n        attendedSessionIds\n        facilitator {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TrainingCourseForTestDocument,
    "\n  mutation ChangeTrainingCourseStatusForTest($input: ChangeTrainingCourseStatusInput!) {\n    changeTrainingCourseStatus(input: $input) {\n      course {\n        id\n        version\n        status\n        enrolments {\n          id\n          status\n          completed\n          facilitator {\n            id\n            qualification {\n              status\n            }\n          }\n        }\n      }\n      completedFacilitators {\n        id\n      }\n    }\n  }\n": typeof types.ChangeTrainingCourseStatusForTestDocument,
    "\n  mutation CancelTrainingEnrolment($id: ID!) {\n    cancelEnrolment(id: $id) {\n      promoted {\n        facilitator {\n          id\n        }\n      }\n      course {\n        enrolledCount\n        waitingCount\n      }\n    }\n  }\n": typeof types.CancelTrainingEnrolmentDocument,
    "\n  mutation RecordTrainingAttendance($courseId: ID!, $attendance: [AttendanceInput!]!) {\n    recordAttendance(courseId: $courseId, attendance: $attendance) {\n      id\n    }\n  }\n": typeof types.RecordTrainingAttendanceDocument,
    "\n  query TrainingCalendarForTest {\n    trainingCalendar\n  }\n": typeof types.TrainingCalendarForTestDocument,
    "\n  mutation ImportGroupsCount($input: ImportGroupsInput!) {\n    importGroups(input: $input) {\n      validCount\n    }\n  }\n": typeof types.ImportGroupsCountDocument,
    "\n  mutation CreateAgreementWithDocument($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      attachment {\n        byteSize\n      }\n    }\n  }\n": typeof types.CreateAgreementWithDocumentDocument,
    "\n  query AgreementContent($id: ID!) {\n    agreement(id: $id) {\n      attachment {\n        contentBase64\n      }\n    }\n  }\n": typeof types.AgreementContentDocument,
    "\n  query PartnerAgreements($id: ID!) {\n    partner(id: $id) {\n      agreements {\n        id\n      }\n    }\n  }\n": typeof types.PartnerAgreementsDocument,
    "\n  mutation CreateVolunteerPeer($input: CreateVolunteerPeerInput!) {\n    createVolunteerPeer(input: $input) {\n      id\n      name\n      email\n      phone\n      version\n      facilitator {\n        id\n        name\n        trainingHistory {\n          completedOn\n        }\n      }\n    }\n  }\n": typeof types.CreateVolunteerPeerDocument,
    "\n  mutation UpdateVolunteerPeer($input: UpdateVolunteerPeerInput!) {\n    updateVolunteerPeer(input: $input) {\n      id\n      name\n      capacity\n      version\n    }\n  }\n": typeof types.UpdateVolunteerPeerDocument,
    "\n  mutation StopVolunteerPeer($input: StopVolunteerPeerInput!) {\n    stopVolunteerPeer(input: $input) {\n      id\n      stoppedOn\n      version\n    }\n  }\n": typeof types.StopVolunteerPeerDocument,
    "\n  mutation RegisterPeerCheckIn($input: RegisterPeerCheckInInput!) {\n    registerPeerCheckIn(input: $input) {\n      id\n      date\n      note\n      nextCheckInOn\n      staffUser {\n        id\n      }\n    }\n  }\n": typeof types.RegisterPeerCheckInDocument,
    "\n  query VolunteerPeer($id: ID!) {\n    volunteerPeer(id: $id) {\n      id\n      name\n      email\n      capacity\n      stoppedOn\n      version\n      load {\n        activeFollowUps\n        freeCapacity\n        followingSince\n        lastCheckInOn\n        nextCheckInDue\n      }\n      checkIns {\n        date\n        note\n        nextCheckInOn\n      }\n    }\n  }\n": typeof types.VolunteerPeerDocument,
    "\n  query VolunteerPeers($filter: VolunteerPeerFilter, $first: Int, $after: String) {\n    volunteerPeers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          load {\n            activeFollowUps\n          }\n        }\n      }\n    }\n  }\n": typeof types.VolunteerPeersDocument,
    "\n  query VolunteerPeersNested($first: Int) {\n    volunteerPeers(first: $first, filter: { search: \"Last\" }) {\n      edges {\n        node {\n          id\n          load {\n            activeFollowUps\n            nextCheckInDue\n          }\n          checkIns {\n            date\n            note\n          }\n          facilitator {\n            name\n          }\n          followUpStaff {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.VolunteerPeersNestedDocument,
    "\n  query PeerCheckInsDue {\n    peerCheckInsDue {\n      dueOn\n      overdue\n      peer {\n        id\n      }\n    }\n  }\n": typeof types.PeerCheckInsDueDocument,
};
const documents: Documents = {
    "\n  mutation ApiClientCreate($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        id\n        version\n        scopes\n        districts {\n          id\n        }\n        secrets {\n          lastFour\n        }\n      }\n    }\n  }\n": types.ApiClientCreateDocument,
    "\n  mutation ApiClientUpdate($input: UpdateApiClientInput!) {\n    updateApiClient(input: $input) {\n      id\n      version\n      name\n    }\n  }\n": types.ApiClientUpdateDocument,
    "\n  mutation ApiClientRotate($input: RotateApiClientSecretInput!) {\n    rotateApiClientSecret(input: $input) {\n      key\n      client {\n        version\n        secrets {\n          lastFour\n          validUntil\n        }\n      }\n    }\n  }\n": types.ApiClientRotateDocument,
    "\n  mutation ApiClientRevoke($id: ID!) {\n    revokeApiClient(id: $id) {\n      revokedAt\n    }\n  }\n": types.ApiClientRevokeDocument,
    "\n  query ApiClientList {\n    apiClients {\n      id\n      name\n      lastUsedAt\n    }\n  }\n": types.ApiClientListDocument,
    "\n  query ApiClientGroups($filter: GroupFilter) {\n    groups(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ApiClientGroupsDocument,
    "\n  query ApiClientGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n    }\n  }\n": types.ApiClientGroupDocument,
    "\n  query ApiClientActivities($filter: ActivityFilter) {\n    outreachActivities(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ApiClientActivitiesDocument,
    "\n  query ApiClientOverview($districts: [ID!]) {\n    overview(districts: $districts) {\n      districts {\n        id\n      }\n      tables {\n        key\n      }\n    }\n  }\n": types.ApiClientOverviewDocument,
    "\n  fragment AgreementFields on Agreement {\n    id\n    title\n    startsOn\n    endsOn\n    inForce\n    version\n    attachment {\n      id\n      fileName\n      contentType\n      byteSize\n      sha256\n    }\n  }\n": types.AgreementFieldsFragmentDoc,
    "\n  mutation CreateTestAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.CreateTestAgreementDocument,
    "\n  mutation UpdateTestAgreement($input: UpdateAgreementInput!) {\n    updateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n": types.UpdateTestAgreementDocument,
    "\n  mutation RemoveTestAgreement($id: ID!) {\n    removeAgreement(id: $id)\n  }\n": types.RemoveTestAgreementDocument,
    "\n  query AgreementIdInDistrict($id: ID!) {\n    agreement(id: $id) {\n      id\n    }\n  }\n": types.AgreementIdInDistrictDocument,
    "\n  query AgreementDocumentContent($id: ID!) {\n    agreement(id: $id) {\n      attachment {\n        contentBase64\n      }\n    }\n  }\n": types.AgreementDocumentContentDocument,
    "\n  query PartnerAgreementDocuments($id: ID!) {\n    partner(id: $id) {\n      agreements {\n        id\n        version\n        inForce\n        attachment {\n          id\n          fileName\n          contentType\n          byteSize\n          sha256\n        }\n      }\n    }\n  }\n": types.PartnerAgreementDocumentsDocument,
    "\n  mutation Login($email: String!, $password: String!, $realm: PortalRealmInput) {\n    login(email: $email, password: $password, realm: $realm) {\n      token\n      expiresAt\n      idleTimeoutSeconds\n      user {\n        email\n        role\n        district {\n          id\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      district {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      token\n      createdAt\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  query CalendarFeed($token: String!, $districtId: ID) {\n    outreachCalendarFeed(token: $token, districtId: $districtId)\n  }\n": types.CalendarFeedDocument,
    "\n  query LoggedInOutreachCalendar {\n    outreachCalendar\n  }\n": types.LoggedInOutreachCalendarDocument,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.MyCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  mutation CreateParticipant($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      id\n    }\n  }\n": types.CreateParticipantDocument,
    "\n  mutation CreateParticipantsCourse($course: TrainingCourseInput!) {\n    createTrainingCourse(course: $course) {\n      id\n      version\n      sessions {\n        id\n      }\n    }\n  }\n": types.CreateParticipantsCourseDocument,
    "\n  mutation EnrolParticipant($input: EnrolInput!) {\n    enrol(input: $input) {\n      enrolment {\n        id\n        status\n      }\n    }\n  }\n": types.EnrolParticipantDocument,
    "\n  mutation ChangeParticipantsCourseStatus($input: ChangeTrainingCourseStatusInput!) {\n    changeTrainingCourseStatus(input: $input) {\n      course {\n        id\n        version\n      }\n      completedFacilitators {\n        id\n      }\n    }\n  }\n": types.ChangeParticipantsCourseStatusDocument,
    "\n  mutation RecordParticipantsAttendance($courseId: ID!, $attendance: [AttendanceInput!]!) {\n    recordAttendance(courseId: $courseId, attendance: $attendance) {\n      id\n    }\n  }\n": types.RecordParticipantsAttendanceDocument,
    "\n  mutation CancelParticipantEnrolment($id: ID!, $confirmed: CancelEnrolmentConfirmation) {\n    cancelEnrolment(id: $id, confirmed: $confirmed) {\n      enrolment {\n        id\n        status\n      }\n      promoted {\n        id\n      }\n      course {\n        enrolledCount\n        waitingCount\n      }\n    }\n  }\n": types.CancelParticipantEnrolmentDocument,
    "\n  mutation ApproveParticipantException($input: ApproveAttendanceExceptionInput!) {\n    approveAttendanceException(input: $input) {\n      id\n      attendanceException {\n        reason\n        approvedAt\n        approvedBy {\n          name\n        }\n      }\n    }\n  }\n": types.ApproveParticipantExceptionDocument,
    "\n  query ParticipantsCourse($id: ID!) {\n    trainingCourse(id: $id) {\n      id\n      version\n      status\n      enrolments {\n        id\n        status\n        waitingPosition\n        completed\n        attendanceException {\n          reason\n        }\n        facilitator {\n          id\n        }\n      }\n    }\n  }\n": types.ParticipantsCourseDocument,
    "\n  query CurrentSession {\n    currentSession {\n      realm {\n        districtId\n      }\n      expiresAt\n      idleExpiresAt\n      idleTimeoutSeconds\n    }\n  }\n": types.CurrentSessionDocument,
    "\n  query TestDistrictAgenda($districtId: ID, $first: Int) {\n    districtAgenda(districtId: $districtId, first: $first) {\n      district {\n        id\n      }\n      today\n      upcomingUntil\n      groupFollowUps {\n        totalCount\n        overdueCount\n        items {\n          id\n          name\n          nextFollowUpDue\n        }\n      }\n      startingGroups {\n        totalCount\n        overdueCount\n        items {\n          id\n          name\n          schedule {\n            startDate\n          }\n        }\n      }\n      caseFollowUps {\n        totalCount\n        overdueCount\n        items {\n          dueOn\n          overdue\n          followUpCase {\n            id\n            reference\n          }\n        }\n      }\n      peerCheckIns {\n        totalCount\n        overdueCount\n        items {\n          dueOn\n          overdue\n          peer {\n            id\n            name\n          }\n        }\n      }\n      lapsingFacilitators {\n        totalCount\n        items {\n          id\n          name\n          qualification {\n            lapsesOn\n          }\n        }\n      }\n      courseSessions {\n        totalCount\n        items {\n          course {\n            id\n            title\n          }\n          session {\n            id\n            date\n          }\n        }\n      }\n      activities {\n        totalCount\n        items {\n          id\n          title\n          date\n        }\n      }\n    }\n  }\n": types.TestDistrictAgendaDocument,
    "\n  mutation CreateGroupForFacilitator($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateGroupForFacilitatorDocument,
    "\n  mutation ChangeGroupStatusForFacilitator($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      id\n      version\n    }\n  }\n": types.ChangeGroupStatusForFacilitatorDocument,
    "\n  mutation AssignTrainingFacilitator($input: AssignFacilitatorInput!) {\n    assignFacilitator(input: $input) {\n      id\n      toDate\n    }\n  }\n": types.AssignTrainingFacilitatorDocument,
    "\n  query FacilitatorAssignmentsAndTraining($id: ID!) {\n    facilitator(id: $id) {\n      assignments {\n        group {\n          id\n        }\n        fromDate\n        toDate\n      }\n      trainingHistory {\n        completedOn\n      }\n    }\n  }\n": types.FacilitatorAssignmentsAndTrainingDocument,
    "\n  mutation ForgetTrainingFacilitator($id: ID!) {\n    forgetFacilitator(id: $id) {\n      name\n      email\n      phone\n      notes\n      consent {\n        text\n      }\n      forgottenAt\n      trainingHistory {\n        enrolmentStatus\n      }\n    }\n  }\n": types.ForgetTrainingFacilitatorDocument,
    "\n  query TrainingFacilitatorId($id: ID!) {\n    facilitator(id: $id) {\n      id\n    }\n  }\n": types.TrainingFacilitatorIdDocument,
    "\n  query TrainingFacilitatorContact($id: ID!) {\n    facilitator(id: $id) {\n      name\n      email\n    }\n  }\n": types.TrainingFacilitatorContactDocument,
    "\n  mutation FairUseCreateClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        id\n      }\n    }\n  }\n": types.FairUseCreateClientDocument,
    "\n  query FairUseUsage($id: ID!, $days: Int) {\n    apiClient(id: $id) {\n      usage(days: $days) {\n        days\n        totals {\n          requests\n          rateLimited\n          errors\n          pointsSpent\n        }\n        perDay {\n          day\n          counts {\n            requests\n          }\n        }\n        perOperation {\n          operationName\n          counts {\n            requests\n            rateLimited\n            errors\n            pointsSpent\n          }\n        }\n      }\n    }\n  }\n": types.FairUseUsageDocument,
    "\n  query InquiryToCaseToPeer($id: ID!) {\n    inquiry(id: $id) {\n      id\n      followUpCase {\n        id\n        inquiry {\n          id\n        }\n        peer {\n          id\n          load {\n            activeFollowUps\n          }\n        }\n      }\n    }\n  }\n": types.InquiryToCaseToPeerDocument,
    "\n  query CasesWithInquiryAndPeer($first: Int) {\n    followUpCases(first: $first) {\n      edges {\n        node {\n          id\n          inquiry {\n            id\n            themes {\n              id\n            }\n          }\n          peer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CasesWithInquiryAndPeerDocument,
    "\n  query InquiriesWithTheirCases($first: Int) {\n    inquiries(first: $first, filter: { hasCase: true }) {\n      edges {\n        node {\n          id\n          followUpCase {\n            id\n            reference\n          }\n        }\n      }\n    }\n  }\n": types.InquiriesWithTheirCasesDocument,
    "\n  mutation OpenCase($input: OpenFollowUpCaseInput!) {\n    openFollowUpCase(input: $input) {\n      id\n      reference\n      status\n      inquiryId\n      peerId\n      nextFollowUpOn\n      version\n      responsibleStaffUser {\n        id\n      }\n    }\n  }\n": types.OpenCaseDocument,
    "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n      date\n      text\n    }\n  }\n": types.AddCaseNoteDocument,
    "\n  query CaseWithNotes($id: ID!) {\n    followUpCase(id: $id) {\n      id\n      mayReadNotes\n      notes {\n        text\n        author {\n          id\n        }\n      }\n    }\n  }\n": types.CaseWithNotesDocument,
    "\n  query CaseOnly($id: ID!) {\n    followUpCase(id: $id) {\n      id\n      status\n      referrals {\n        referralResourceName\n      }\n      statusChanges {\n        fromStatus\n        toStatus\n        outcome\n      }\n    }\n  }\n": types.CaseOnlyDocument,
    "\n  query WhoHasReadCase($id: ID!) {\n    followUpCase(id: $id) {\n      accessLog(first: 100) {\n        totalCount\n        edges {\n          node {\n            occurredAt\n            staffUser {\n              id\n              name\n            }\n            role\n            actorDistrict {\n              id\n            }\n            action\n            outcome\n            purpose\n          }\n        }\n      }\n      noteGrants {\n        id\n        active\n        staffUser {\n          id\n        }\n      }\n    }\n  }\n": types.WhoHasReadCaseDocument,
    "\n  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {\n    changeCaseStatus(input: $input) {\n      id\n      status\n      outcome\n      closedOn\n      nextFollowUpOn\n      version\n    }\n  }\n": types.ChangeCaseStatusDocument,
    "\n  mutation AddCaseReferral($input: AddCaseReferralInput!) {\n    addCaseReferral(input: $input) {\n      referralResourceName\n      date\n    }\n  }\n": types.AddCaseReferralDocument,
    "\n  mutation UpdateCase($input: UpdateFollowUpCaseInput!) {\n    updateFollowUpCase(input: $input) {\n      id\n      version\n      nextFollowUpOn\n      responsibleStaffUser {\n        id\n      }\n    }\n  }\n": types.UpdateCaseDocument,
    "\n  query CasesDue($responsibleStaffUserId: ID) {\n    followUpCasesDue(responsibleStaffUserId: $responsibleStaffUserId) {\n      dueOn\n      overdue\n      followUpCase {\n        id\n      }\n    }\n  }\n": types.CasesDueDocument,
    "\n  mutation ExportCase($id: ID!) {\n    exportFollowUpCase(id: $id)\n  }\n": types.ExportCaseDocument,
    "\n  query CaseList($filter: FollowUpCaseFilter, $first: Int) {\n    followUpCases(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n        }\n      }\n    }\n  }\n": types.CaseListDocument,
    "\n  mutation GrantNotes($caseId: ID!, $staffUserId: ID!, $until: DateTime!) {\n    grantCaseNoteAccess(caseId: $caseId, staffUserId: $staffUserId, until: $until) {\n      id\n      active\n      expiresAt\n    }\n  }\n": types.GrantNotesDocument,
    "\n  mutation RevokeNotes($id: ID!) {\n    revokeCaseNoteAccess(id: $id) {\n      id\n      active\n    }\n  }\n": types.RevokeNotesDocument,
    "\n  mutation GroupFeedClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n    }\n  }\n": types.GroupFeedClientDocument,
    "\n  query GroupFeed($after: String, $first: Int) {\n    groupFeed(after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          groupId\n          kind\n          changedAt\n          group {\n            id\n            name\n            district {\n              id\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GroupFeedDocument,
    "\n  fragment GroupFields on Group {\n    id\n    slug\n    name\n    version\n    status\n    isPublic\n    nextFollowUpDue\n    municipality {\n      number\n      name\n    }\n    district {\n      id\n    }\n    themes {\n      id\n      label\n    }\n    venue {\n      name\n      postalCode\n    }\n    schedule {\n      kind\n      weekday\n      startTime\n      timezone\n    }\n  }\n": types.GroupFieldsFragmentDoc,
    "\n  mutation CreateRegistryGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n": types.CreateRegistryGroupDocument,
    "\n  mutation ChangeRegistryGroupStatus($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      ...GroupFields\n    }\n  }\n": types.ChangeRegistryGroupStatusDocument,
    "\n  mutation CreateGroupForCalendar($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n": types.CreateGroupForCalendarDocument,
    "\n  mutation ChangeGroupStatusForCalendar($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      id\n      version\n      slug\n    }\n  }\n": types.ChangeGroupStatusForCalendarDocument,
    "\n  query PublicGroupICalendar($slug: String!) {\n    publicGroupICalendar(slug: $slug)\n  }\n": types.PublicGroupICalendarDocument,
    "\n  mutation ImportGroupsWithDuplicates($input: ImportGroupsInput!) {\n    importGroups(input: $input) {\n      committed\n      validCount\n      invalidCount\n      duplicateCount\n      createdCount\n      rows {\n        line\n        name\n        valid\n        duplicate\n        errors {\n          column\n          message\n          reason\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n": types.ImportGroupsWithDuplicatesDocument,
    "\n  query CountDuplicateGroups {\n    groups(first: 1, filter: { search: \"Dublettgruppe\" }) {\n      totalCount\n    }\n  }\n": types.CountDuplicateGroupsDocument,
    "\n  mutation ImportGroups($input: ImportGroupsInput!) {\n    importGroups(input: $input) {\n      dryRun\n      committed\n      validCount\n      invalidCount\n      createdCount\n      rows {\n        line\n        name\n        valid\n        errors {\n          column\n          message\n        }\n      }\n    }\n  }\n": types.ImportGroupsDocument,
    "\n  query CountGroups {\n    groups(first: 1) {\n      totalCount\n    }\n  }\n": types.CountGroupsDocument,
    "\n  query ExportGroups($search: String!) {\n    groupsCsv(filter: { search: $search })\n  }\n": types.ExportGroupsDocument,
    "\n  query GroupsWithNestedData($first: Int!) {\n    groups(first: $first) {\n      totalCount\n      statusCounts {\n        status\n        count\n      }\n      edges {\n        node {\n          id\n          name\n          venue {\n            name\n            postalCode\n          }\n          municipality {\n            name\n            county {\n              name\n            }\n          }\n          district {\n            name\n          }\n          themes {\n            id\n            label\n          }\n          statusHistory {\n            to\n            changedBy {\n              name\n            }\n          }\n          followUps {\n            date\n          }\n        }\n      }\n    }\n  }\n": types.GroupsWithNestedDataDocument,
    "\n  query PublicRegistryGroup($slug: String!) {\n    publicGroup(slug: $slug) {\n      name\n      contact {\n        email\n      }\n    }\n  }\n": types.PublicRegistryGroupDocument,
    "\n  query FindPublicGroups($search: String!) {\n    publicGroups(filter: { search: $search }) {\n      edges {\n        node {\n          slug\n        }\n      }\n    }\n  }\n": types.FindPublicGroupsDocument,
    "\n  query MeetingGuideFeed($districtId: ID!) {\n    meetingGuideFeed(districtId: $districtId)\n  }\n": types.MeetingGuideFeedDocument,
    "\n  query GroupStatusHistory($id: ID!) {\n    group(id: $id) {\n      statusHistory {\n        from\n        to\n        reason\n        changedBy {\n          email\n        }\n      }\n    }\n  }\n": types.GroupStatusHistoryDocument,
    "\n  query RegistryGroupICalendar($slug: String!) {\n    publicGroupICalendar(slug: $slug)\n  }\n": types.RegistryGroupICalendarDocument,
    "\n  query PublicGroupMeetings($slug: String!) {\n    publicGroup(slug: $slug) {\n      nextMeetings(count: 2) {\n        start\n      }\n    }\n  }\n": types.PublicGroupMeetingsDocument,
    "\n  mutation RegisterGroupFollowUp($input: RegisterGroupFollowUpInput!) {\n    registerGroupFollowUp(input: $input) {\n      id\n      nextFollowUpDue\n      followUps {\n        date\n        note\n        registeredBy {\n          email\n        }\n      }\n    }\n  }\n": types.RegisterGroupFollowUpDocument,
    "\n  query GroupFollowUpsDue($before: Date!) {\n    groupFollowUpsDue(before: $before) {\n      id\n      nextFollowUpDue\n    }\n  }\n": types.GroupFollowUpsDueDocument,
    "\n  query GroupNextMeetings($id: ID!) {\n    group(id: $id) {\n      nextMeetings(count: 3) {\n        start\n      }\n      schedule {\n        weekday\n      }\n    }\n  }\n": types.GroupNextMeetingsDocument,
    "\n  mutation UpdateRegistryGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n": types.UpdateRegistryGroupDocument,
    "\n  query CountRegistryGroups {\n    groups(first: 1) {\n      totalCount\n    }\n  }\n": types.CountRegistryGroupsDocument,
    "\n  query GroupChangeHistory($id: ID!) {\n    group(id: $id) {\n      name\n      history {\n        kind\n        changedBy {\n          email\n        }\n        fields {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n": types.GroupChangeHistoryDocument,
    "\n  query GroupId($id: ID!) {\n    group(id: $id) {\n      id\n    }\n  }\n": types.GroupIdDocument,
    "\n  query DistrictsOfGroups {\n    groups(first: 100) {\n      edges {\n        node {\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.DistrictsOfGroupsDocument,
    "\n  mutation HarnessLogin($email: String!, $password: String!, $realm: PortalRealmInput) {\n    login(email: $email, password: $password, realm: $realm) {\n      token\n    }\n  }\n": types.HarnessLoginDocument,
    "\n  query InquiryList($filter: InquiryFilter, $first: Int) {\n    inquiries(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          receivedOn\n        }\n      }\n    }\n  }\n": types.InquiryListDocument,
    "\n  mutation WithdrawConsent($inquiryId: ID!, $purpose: ConsentPurpose!) {\n    withdrawConsent(inquiryId: $inquiryId, purpose: $purpose) {\n      ...InquiryFields\n    }\n  }\n": types.WithdrawConsentDocument,
    "\n  mutation PlanActivityFromInquiry($input: PlanActivityFromInquiryInput!) {\n    planActivityFromInquiry(input: $input) {\n      inquiry {\n        ...InquiryFields\n      }\n      activity {\n        id\n        plannedFromInquiryId\n        type\n        status\n        title\n        date\n        audiences\n        themes {\n          id\n        }\n      }\n    }\n  }\n": types.PlanActivityFromInquiryDocument,
    "\n  fragment InquiryFields on Inquiry {\n    id\n    district {\n      id\n    }\n    receivedOn\n    receivedTime\n    channel\n    inquirerType\n    themes {\n      id\n    }\n    minutesSpent\n    actions\n    note\n    personAlias\n    contact {\n      method\n      value\n    }\n    followUpConsentInForce\n    consents {\n      purpose\n      givenOn\n      withdrawnOn\n      inForce\n    }\n    interestListEntries {\n      id\n      theme {\n        id\n      }\n      municipality {\n        number\n      }\n      closedOn\n      version\n    }\n    activity {\n      id\n      status\n    }\n    hasCase\n    version\n  }\n": types.InquiryFieldsFragmentDoc,
    "\n  mutation LogInquiry($input: InquiryInput!) {\n    logInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n": types.LogInquiryDocument,
    "\n  mutation UpdateInquiry($input: UpdateInquiryInput!) {\n    updateInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n": types.UpdateInquiryDocument,
    "\n  query InquiryById($id: ID!) {\n    inquiry(id: $id) {\n      ...InquiryFields\n    }\n  }\n": types.InquiryByIdDocument,
    "\n  mutation AddToInterestList($inquiryId: ID!, $entry: InterestListEntryInput!) {\n    addToInterestList(inquiryId: $inquiryId, entry: $entry) {\n      id\n      version\n      closedOn\n    }\n  }\n": types.AddToInterestListDocument,
    "\n  mutation CloseInterestListEntry($id: ID!, $version: Int!) {\n    closeInterestListEntry(id: $id, version: $version) {\n      id\n      version\n      closedOn\n    }\n  }\n": types.CloseInterestListEntryDocument,
    "\n  query InterestDemand($filter: InterestDemandFilter) {\n    interestDemand(filter: $filter) {\n      theme {\n        id\n      }\n      municipality {\n        number\n      }\n      count\n    }\n  }\n": types.InterestDemandDocument,
    "\n  query InterestContactsForGroup($groupId: ID!, $reach: InterestReach) {\n    interestContactsForGroup(groupId: $groupId, reach: $reach) {\n      group {\n        id\n      }\n      toContact {\n        entry {\n          id\n        }\n        inquiry {\n          id\n          personAlias\n          contact {\n            value\n          }\n        }\n      }\n      withoutConsent\n    }\n  }\n": types.InterestContactsForGroupDocument,
    "\n  mutation ThrottledLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.ThrottledLoginDocument,
    "\n  mutation TimedLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.TimedLoginDocument,
    "\n  mutation CreateGroupInLanguage($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n": types.CreateGroupInLanguageDocument,
    "\n  mutation LoginInLanguage($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.LoginInLanguageDocument,
    "\n  query MeInLanguage {\n    me {\n      email\n    }\n  }\n": types.MeInLanguageDocument,
    "\n  query NationalDistrictLists($districtId: ID!, $search: String!, $from: Date!) {\n    groups(filter: { districtId: $districtId, search: $search }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n    trainingCourses(filter: { districtId: $districtId, from: $from }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n    partners(filter: { districtId: $districtId, search: $search }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n    outreachActivities(filter: { districtId: $districtId, search: $search }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.NationalDistrictListsDocument,
    "\n  query CoursesOfDistrict($districtId: ID) {\n    trainingCourses(filter: { districtId: $districtId }, first: 1) {\n      totalCount\n    }\n  }\n": types.CoursesOfDistrictDocument,
    "\n  query PartnersOfDistrict($districtId: ID) {\n    partners(filter: { districtId: $districtId }, first: 1) {\n      totalCount\n    }\n  }\n": types.PartnersOfDistrictDocument,
    "\n  query NationalReadsInquiries {\n    inquiries(first: 1) {\n      totalCount\n    }\n  }\n": types.NationalReadsInquiriesDocument,
    "\n  query NationalReadsCases {\n    followUpCases(first: 1) {\n      totalCount\n    }\n  }\n": types.NationalReadsCasesDocument,
    "\n  query NationalReadsPeers {\n    volunteerPeers(first: 1) {\n      totalCount\n    }\n  }\n": types.NationalReadsPeersDocument,
    "\n  fragment PartnerFields on Partner {\n    id\n    name\n    type\n    organisationNumber\n    status\n    version\n    municipality {\n      number\n    }\n    district {\n      id\n    }\n  }\n": types.PartnerFieldsFragmentDoc,
    "\n  fragment ActivityFields on OutreachActivity {\n    id\n    type\n    title\n    status\n    date\n    participantCount\n    version\n    partners {\n      id\n    }\n    staff {\n      id\n      name\n    }\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  mutation CreateTestPartner($partner: PartnerInput!) {\n    createPartner(partner: $partner) {\n      ...PartnerFields\n    }\n  }\n": types.CreateTestPartnerDocument,
    "\n  mutation UpdateTestPartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n": types.UpdateTestPartnerDocument,
    "\n  mutation AddTestContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      id\n      name\n      email\n      version\n    }\n  }\n": types.AddTestContactDocument,
    "\n  mutation CreateTestActivity($activity: ActivityInput!) {\n    createOutreachActivity(activity: $activity) {\n      ...ActivityFields\n    }\n  }\n": types.CreateTestActivityDocument,
    "\n  mutation UpdateTestActivity($input: UpdateActivityInput!) {\n    updateOutreachActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n": types.UpdateTestActivityDocument,
    "\n  mutation AddTestActivityOutcome($input: AddActivityOutcomeInput!) {\n    addActivityOutcome(input: $input) {\n      id\n      kind\n      group {\n        id\n      }\n    }\n  }\n": types.AddTestActivityOutcomeDocument,
    "\n  mutation CreateTestNetworkGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateTestNetworkGroupDocument,
    "\n  query TestPartnerCount {\n    partners(first: 1) {\n      totalCount\n    }\n  }\n": types.TestPartnerCountDocument,
    "\n  query TestActivityCount {\n    outreachActivities(first: 1) {\n      totalCount\n    }\n  }\n": types.TestActivityCountDocument,
    "\n  query DistrictNetworkMap($districtId: ID) {\n    networkMap(districtId: $districtId) {\n      district {\n        id\n      }\n      withNeither {\n        number\n        name\n      }\n      withoutActivePartner {\n        number\n      }\n      withoutGroup {\n        number\n      }\n      activePartnersByType {\n        type\n        count\n      }\n      municipalities {\n        municipality {\n          number\n        }\n        activePartners\n        partners\n        groups\n      }\n    }\n  }\n": types.DistrictNetworkMapDocument,
    "\n  query ActiveGroupMunicipalities($after: String) {\n    groups(first: 100, after: $after, filter: { statuses: [STARTING, RUNNING, PAUSED] }) {\n      edges {\n        node {\n          municipality {\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ActiveGroupMunicipalitiesDocument,
    "\n  mutation StartGroupOnNetworkMap($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      id\n    }\n  }\n": types.StartGroupOnNetworkMapDocument,
    "\n  mutation OAuthClientCreate($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      client {\n        id\n        version\n        organisationNumber\n      }\n    }\n  }\n": types.OAuthClientCreateDocument,
    "\n  mutation OAuthClientUpdate($input: UpdateApiClientInput!) {\n    updateApiClient(input: $input) {\n      version\n      organisationNumber\n    }\n  }\n": types.OAuthClientUpdateDocument,
    "\n  mutation OAuthClientRevoke($id: ID!) {\n    revokeApiClient(id: $id) {\n      revokedAt\n    }\n  }\n": types.OAuthClientRevokeDocument,
    "\n  query OAuthClient($id: ID!) {\n    apiClient(id: $id) {\n      lastUsedAt\n      secrets {\n        lastUsedAt\n      }\n    }\n  }\n": types.OAuthClientDocument,
    "\n  query OAuthGroups($filter: GroupFilter) {\n    groups(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.OAuthGroupsDocument,
    "\n  query OutreachCalendar($districtId: ID) {\n    outreachCalendar(districtId: $districtId)\n  }\n": types.OutreachCalendarDocument,
    "\n  query OutreachActivityTotals($filter: ActivityFilter) {\n    activityTotals(filter: $filter) {\n      activities\n      participants\n      groupsStarted\n      byType {\n        type\n        activities\n        participants\n        groupsStarted\n      }\n      byDistrict {\n        district {\n          id\n        }\n        activities\n      }\n    }\n  }\n": types.OutreachActivityTotalsDocument,
    "\n  query OutreachActivitiesCsvExport($filter: ActivityFilter) {\n    outreachActivitiesCsv(filter: $filter)\n  }\n": types.OutreachActivitiesCsvExportDocument,
    "\n  query OutreachActivityCountForTotals($filter: ActivityFilter) {\n    outreachActivities(filter: $filter) {\n      totalCount\n    }\n  }\n": types.OutreachActivityCountForTotalsDocument,
    "\n  query OutreachActivityIdForTotals($id: ID!) {\n    outreachActivity(id: $id) {\n      id\n    }\n  }\n": types.OutreachActivityIdForTotalsDocument,
    "\n  query OutreachActivitiesInPeriod($filter: ActivityFilter) {\n    outreachActivities(filter: $filter) {\n      totalCount\n    }\n  }\n": types.OutreachActivitiesInPeriodDocument,
    "\n  mutation RemoveOutreachActivityOutcome($id: ID!) {\n    removeActivityOutcome(id: $id) {\n      id\n      outcomes {\n        id\n      }\n    }\n  }\n": types.RemoveOutreachActivityOutcomeDocument,
    "\n  mutation RemoveOutreachActivity($id: ID!, $version: Int!) {\n    removeOutreachActivity(id: $id, version: $version)\n  }\n": types.RemoveOutreachActivityDocument,
    "\n  query OutreachActivityId($id: ID!) {\n    outreachActivity(id: $id) {\n      id\n    }\n  }\n": types.OutreachActivityIdDocument,
    "\n  query GroupOriginActivities($id: ID!) {\n    group(id: $id) {\n      originActivities {\n        id\n      }\n    }\n  }\n": types.GroupOriginActivitiesDocument,
    "\n  query OutreachActivityLogPage($first: Int!) {\n    outreachActivities(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          district {\n            id\n          }\n          municipality {\n            name\n          }\n          staff {\n            name\n          }\n          partners {\n            name\n            lastContactOn\n          }\n          themes {\n            id\n          }\n          outcomes {\n            kind\n            group {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OutreachActivityLogPageDocument,
    "\n  query OverviewAll($period: PeriodInput, $districts: [ID!]) {\n    overview(period: $period, districts: $districts) {\n      period {\n        from\n        to\n      }\n      districts {\n        id\n      }\n      suppressionThreshold\n      tables {\n        ...OverviewTableParts\n      }\n      coverage {\n        counties {\n          county {\n            number\n          }\n          municipalities\n          covered\n        }\n        coveredMunicipalityNumbers\n      }\n      previousPeriod {\n        period {\n          from\n          to\n        }\n        tables {\n          ...OverviewTableParts\n        }\n        previousPeriod {\n          period {\n            from\n          }\n        }\n      }\n    }\n  }\n\n  fragment OverviewTableParts on StatTable {\n    key\n    title\n    rowLabel\n    columnLabel\n    protected\n    suppressed\n    rows {\n      key\n      label\n    }\n    columns {\n      key\n      label\n    }\n    cells {\n      value\n      display\n      suppressed\n    }\n    rowTotals {\n      value\n      display\n      suppressed\n    }\n    columnTotals {\n      value\n      display\n      suppressed\n    }\n    total {\n      value\n      display\n      suppressed\n    }\n  }\n": types.OverviewAllDocument,
    "\n  query OverviewOneTable($period: PeriodInput, $districts: [ID!], $key: StatTableKey!) {\n    overview(period: $period, districts: $districts) {\n      districts {\n        id\n      }\n      table(key: $key) {\n        ...OverviewTableParts\n      }\n    }\n  }\n": types.OverviewOneTableDocument,
    "\n  query PartnerPageWithContacts($id: ID!) {\n    partner(id: $id) {\n      lastContactOn\n      contacts {\n        name\n        email\n        role\n        since\n      }\n      activities {\n        id\n        type\n        participantCount\n        staff {\n          id\n        }\n        outcomes {\n          kind\n        }\n      }\n      groupsStartedTogether {\n        id\n        name\n        originActivities {\n          id\n        }\n      }\n    }\n  }\n": types.PartnerPageWithContactsDocument,
    "\n  query PartnerContactDetails($id: ID!) {\n    partner(id: $id) {\n      name\n      contacts {\n        name\n        email\n        phone\n        consentNote\n      }\n    }\n  }\n": types.PartnerContactDetailsDocument,
    "\n  mutation MovePartnerContact($input: MoveContactInput!) {\n    moveContact(input: $input) {\n      id\n      version\n      role\n      since\n      partner {\n        id\n      }\n      history {\n        partner {\n          id\n        }\n        role\n        fromDate\n        toDate\n      }\n    }\n  }\n": types.MovePartnerContactDocument,
    "\n  query PartnerFormerContacts($id: ID!) {\n    partner(id: $id) {\n      contacts {\n        id\n      }\n      formerContacts {\n        contact {\n          name\n        }\n      }\n    }\n  }\n": types.PartnerFormerContactsDocument,
    "\n  query FilteredPartnerNames($filter: PartnerFilter) {\n    partners(filter: $filter, first: 100) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": types.FilteredPartnerNamesDocument,
    "\n  query PartnerNetworkPage($first: Int!) {\n    partners(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          lastContactOn\n          municipality {\n            name\n          }\n          contacts {\n            name\n            email\n            partner {\n              id\n            }\n          }\n          agreements {\n            title\n            inForce\n            attachment {\n              fileName\n            }\n          }\n          venues {\n            name\n            groups {\n              id\n            }\n          }\n          activities {\n            title\n            partners {\n              id\n            }\n            staff {\n              name\n            }\n            outcomes {\n              kind\n            }\n          }\n          groupsStartedTogether {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.PartnerNetworkPageDocument,
    "\n  query EditedPartner($id: ID!) {\n    partner(id: $id) {\n      name\n      version\n    }\n  }\n": types.EditedPartnerDocument,
    "\n  query PartnerIdInDistrict($id: ID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n": types.PartnerIdInDistrictDocument,
    "\n  query DistrictsOfPartners {\n    partners(first: 100) {\n      edges {\n        node {\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.DistrictsOfPartnersDocument,
    "\n  query PeerSuggestions($caseId: ID!) {\n    peerSuggestions(caseId: $caseId) {\n      caseId\n      caseVersion\n      suggestions {\n        peer {\n          id\n          name\n        }\n        sharedThemes {\n          id\n        }\n        sharedLanguage\n        distance\n        freeCapacity\n        reasons {\n          code\n          text\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n": types.PeerSuggestionsDocument,
    "\n  mutation ConfirmPeerMatch($caseId: ID!, $peerId: ID!, $caseVersion: Int!) {\n    confirmPeerMatch(caseId: $caseId, peerId: $peerId, caseVersion: $caseVersion) {\n      caseId\n      caseVersion\n      peerMatchedOn\n      peer {\n        id\n        load {\n          activeFollowUps\n          freeCapacity\n          followingSince\n          nextCheckInDue\n        }\n      }\n    }\n  }\n": types.ConfirmPeerMatchDocument,
    "\n  query MatchedPeerLoad($id: ID!) {\n    volunteerPeer(id: $id) {\n      load {\n        activeFollowUps\n        freeCapacity\n      }\n    }\n  }\n": types.MatchedPeerLoadDocument,
    "\n  query ReadPathFacilitatorVersion($id: ID!) {\n    facilitator(id: $id) {\n      version\n    }\n  }\n": types.ReadPathFacilitatorVersionDocument,
    "\n  query ReadPathContactVersion($id: ID!) {\n    contactPerson(id: $id) {\n      version\n    }\n  }\n": types.ReadPathContactVersionDocument,
    "\n  mutation ReadPathCreateFacilitator($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      __typename\n      id\n    }\n  }\n": types.ReadPathCreateFacilitatorDocument,
    "\n  mutation ReadPathUpdateFacilitator($input: UpdateFacilitatorInput!) {\n    updateFacilitator(input: $input) {\n      __typename\n      id\n    }\n  }\n": types.ReadPathUpdateFacilitatorDocument,
    "\n  mutation ReadPathForgetFacilitator($id: ID!) {\n    forgetFacilitator(id: $id) {\n      __typename\n      id\n    }\n  }\n": types.ReadPathForgetFacilitatorDocument,
    "\n  mutation ReadPathAddContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      __typename\n      id\n    }\n  }\n": types.ReadPathAddContactDocument,
    "\n  mutation ReadPathUpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      __typename\n      id\n    }\n  }\n": types.ReadPathUpdateContactDocument,
    "\n  mutation ReadPathMoveContact($input: MoveContactInput!) {\n    moveContact(input: $input) {\n      __typename\n      id\n    }\n  }\n": types.ReadPathMoveContactDocument,
    "\n  mutation ReadPathCompleteCourse($input: ChangeTrainingCourseStatusInput!) {\n    changeTrainingCourseStatus(input: $input) {\n      completedFacilitators {\n        __typename\n        id\n      }\n    }\n  }\n": types.ReadPathCompleteCourseDocument,
    "\n  mutation ReadPathCreateCourse($course: TrainingCourseInput!) {\n    createTrainingCourse(course: $course) {\n      id\n      version\n    }\n  }\n": types.ReadPathCreateCourseDocument,
    "\n  mutation ReadPathEnrol($input: EnrolInput!) {\n    enrol(input: $input) {\n      gotSeat\n    }\n  }\n": types.ReadPathEnrolDocument,
    "\n  mutation ReadPathCourseStatus($input: ChangeTrainingCourseStatusInput!) {\n    changeTrainingCourseStatus(input: $input) {\n      course {\n        version\n      }\n    }\n  }\n": types.ReadPathCourseStatusDocument,
    "\n  query ReadPathCourse($id: ID!) {\n    trainingCourse(id: $id) {\n      version\n      sessions {\n        id\n      }\n      enrolments {\n        id\n      }\n    }\n  }\n": types.ReadPathCourseDocument,
    "\n  mutation ReadPathAttendance($courseId: ID!, $attendance: [AttendanceInput!]!) {\n    recordAttendance(courseId: $courseId, attendance: $attendance) {\n      id\n    }\n  }\n": types.ReadPathAttendanceDocument,
    "\n  query ReadPathMe {\n    me {\n      id\n      email\n    }\n  }\n": types.ReadPathMeDocument,
    "\n  mutation ReadPathCreateFeed {\n    createCalendarFeed {\n      token\n    }\n  }\n": types.ReadPathCreateFeedDocument,
    "\n  query ReadPathMyFeed {\n    myCalendarFeed {\n      createdAt\n    }\n  }\n": types.ReadPathMyFeedDocument,
    "\n  query ReadPathTrainingHistories {\n    facilitators(first: 100) {\n      edges {\n        node {\n          id\n          trainingHistory {\n            enrolmentStatus\n            course {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReadPathTrainingHistoriesDocument,
    "\n  query ReadPathRedactedDetails {\n    facilitators(first: 10) {\n      edges {\n        node {\n          id\n          email\n          phone\n          notes\n          consent {\n            text\n          }\n        }\n      }\n    }\n    partners(first: 10) {\n      edges {\n        node {\n          contacts {\n            id\n            email\n            phone\n            consentNote\n          }\n        }\n      }\n    }\n  }\n": types.ReadPathRedactedDetailsDocument,
    "\n  fragment ReferralResourceFields on ReferralResource {\n    id\n    district {\n      id\n    }\n    name\n    type\n    offers\n    areaKind\n    municipalities {\n      number\n    }\n    howToRefer\n    phone\n    website\n    partner {\n      id\n    }\n    archivedAt\n    version\n  }\n": types.ReferralResourceFieldsFragmentDoc,
    "\n  mutation CreateReferralResource($resource: ReferralResourceInput!) {\n    createReferralResource(resource: $resource) {\n      ...ReferralResourceFields\n    }\n  }\n": types.CreateReferralResourceDocument,
    "\n  mutation UpdateReferralResource($input: UpdateReferralResourceInput!) {\n    updateReferralResource(input: $input) {\n      ...ReferralResourceFields\n    }\n  }\n": types.UpdateReferralResourceDocument,
    "\n  mutation ArchiveReferralResource($id: ID!, $version: Int!) {\n    archiveReferralResource(id: $id, version: $version) {\n      ...ReferralResourceFields\n    }\n  }\n": types.ArchiveReferralResourceDocument,
    "\n  query ReferralResourceList($filter: ReferralResourceFilter) {\n    referralResources(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ReferralResourceListDocument,
    "\n  query ReferralResourceById($id: ID!) {\n    referralResource(id: $id) {\n      ...ReferralResourceFields\n    }\n  }\n": types.ReferralResourceByIdDocument,
    "\n  query ReportDownload($period: ReportPeriodInput!, $district: ID, $format: ReportFileFormat!) {\n    reportDownload(period: $period, district: $district, format: $format) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": types.ReportDownloadDocument,
    "\n  mutation StartReportJob($period: ReportPeriodInput!) {\n    startReportJob(period: $period) {\n      id\n      status\n      progressDone\n      progressTotal\n      periodFrom\n      periodTo\n    }\n  }\n": types.StartReportJobDocument,
    "\n  query ReportJobPage($id: ID!) {\n    reportJob(id: $id) {\n      id\n      status\n      progressDone\n      progressTotal\n      error\n      files {\n        id\n        fileName\n        format\n        district {\n          id\n        }\n        byteSize\n      }\n    }\n  }\n": types.ReportJobPageDocument,
    "\n  query ReportJobList {\n    reportJobs(first: 5) {\n      id\n      status\n    }\n  }\n": types.ReportJobListDocument,
    "\n  query ReportFileDownload($id: ID!) {\n    reportFile(id: $id) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": types.ReportFileDownloadDocument,
    "\n  query OverviewForReport($period: PeriodInput) {\n    overview(period: $period) {\n      tables {\n        key\n        title\n        rowLabel\n        rows {\n          label\n        }\n        columns {\n          label\n        }\n        cells {\n          value\n          display\n          suppressed\n        }\n        rowTotals {\n          value\n          display\n          suppressed\n        }\n        columnTotals {\n          value\n          display\n          suppressed\n        }\n        total {\n          value\n          display\n          suppressed\n        }\n      }\n    }\n  }\n": types.OverviewForReportDocument,
    "\n  query ReportDownloadForOverview($period: ReportPeriodInput!, $district: ID, $format: ReportFileFormat!) {\n    reportDownload(period: $period, district: $district, format: $format) {\n      fileName\n      contentBase64\n    }\n  }\n": types.ReportDownloadForOverviewDocument,
    "\n  query RetentionSettingsOfViewer {\n    retentionSettings {\n      district {\n        id\n      }\n      closedCaseMonths\n      inquiryWithoutCaseMonths\n      stoppedPeerMonths\n      customised\n    }\n  }\n": types.RetentionSettingsOfViewerDocument,
    "\n  mutation SetRetentionSettings($input: RetentionSettingsInput!) {\n    setRetentionSettings(input: $input) {\n      district {\n        id\n      }\n      closedCaseMonths\n      inquiryWithoutCaseMonths\n      stoppedPeerMonths\n      customised\n    }\n  }\n": types.SetRetentionSettingsDocument,
    "\n  query RetentionRuns($first: Int) {\n    retentionRuns(first: $first) {\n      id\n      trigger\n      asOf\n      casesAnonymised\n      inquiriesAnonymised\n      peersAnonymised\n      districts {\n        district {\n          id\n        }\n        inquiriesAnonymised\n      }\n      deleted {\n        sessions\n        loginAttempts\n        passwordResetTokens\n        calendarFeedTokens\n        apiUsageEntries\n        groupFeedEntries\n      }\n    }\n  }\n": types.RetentionRunsDocument,
    "\n  mutation ReferralClientCreate($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n    }\n  }\n": types.ReferralClientCreateDocument,
    "\n  mutation SubmitReferral($input: SubmitReferralInput!) {\n    submitReferral(input: $input) {\n      id\n      reference\n      kind\n      status\n      submittedAt\n    }\n  }\n": types.SubmitReferralDocument,
    "\n  mutation RequestTalk($input: RequestTalkInput!) {\n    requestTalk(input: $input) {\n      id\n      kind\n      status\n    }\n  }\n": types.RequestTalkDocument,
    "\n  query ServiceReferralStatus($reference: String!) {\n    serviceReferral(reference: $reference) {\n      id\n      reference\n      kind\n      status\n      submittedAt\n    }\n  }\n": types.ServiceReferralStatusDocument,
    "\n  query ReferralQueue($filter: InquiryFilter) {\n    inquiries(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          channel\n          inquirerType\n          publicServiceType\n          personAlias\n          contact {\n            method\n            value\n          }\n          consents {\n            purpose\n            givenOn\n            wording\n          }\n          actions\n          serviceReferral {\n            kind\n            reference\n            clientName\n            serviceUnit\n            contactTimes\n            talkTopic\n            talkAudienceSize\n          }\n        }\n      }\n    }\n  }\n": types.ReferralQueueDocument,
    "\n  mutation ReferralPlanActivity($input: PlanActivityFromInquiryInput!) {\n    planActivityFromInquiry(input: $input) {\n      activity {\n        id\n        status\n        plannedFromInquiryId\n      }\n    }\n  }\n": types.ReferralPlanActivityDocument,
    "\n  query SessionCacheMe {\n    me {\n      id\n      name\n    }\n  }\n": types.SessionCacheMeDocument,
    "\n  mutation SessionCacheLogout {\n    logout\n  }\n": types.SessionCacheLogoutDocument,
    "\n  mutation SessionCacheDeactivate($input: DeactivateStaffUserInput!) {\n    deactivateStaffUser(input: $input) {\n      id\n      active\n    }\n  }\n": types.SessionCacheDeactivateDocument,
    "\n  mutation Create($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        role\n        version\n        district {\n          id\n        }\n      }\n    }\n  }\n": types.CreateDocument,
    "\n  mutation DeactivateStaffUser($input: DeactivateStaffUserInput!) {\n    deactivateStaffUser(input: $input) {\n      id\n      active\n      version\n    }\n  }\n": types.DeactivateStaffUserDocument,
    "\n  mutation ResetStaffUserPassword($id: ID!) {\n    resetStaffUserPassword(id: $id) {\n      token\n      user {\n        email\n      }\n    }\n  }\n": types.ResetStaffUserPasswordDocument,
    "\n  mutation CompletePasswordReset($token: String!, $password: String!) {\n    completePasswordReset(token: $token, newPassword: $password)\n  }\n": types.CompletePasswordResetDocument,
    "\n  query StaffUsers($filter: StaffUserFilter, $first: Int, $after: String) {\n    staffUsers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.StaffUsersDocument,
    "\n  query StaffUser($id: ID!) {\n    staffUser(id: $id) {\n      id\n      version\n    }\n  }\n": types.StaffUserDocument,
    "\n  query MyId {\n    me {\n      id\n    }\n  }\n": types.MyIdDocument,
    "\n  mutation LoginAfterDeactivation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.LoginAfterDeactivationDocument,
    "\n  fragment SurveyFields on Survey {\n    id\n    district {\n      id\n    }\n    title\n    intro\n    publicToken\n    templateKey\n    opensOn\n    closesOn\n    phase\n    hasResponses\n    version\n    questions {\n      id\n      position\n      kind\n      text\n      options\n      scaleMin\n      scaleMax\n      required\n      templateKey\n      sensitive\n    }\n  }\n": types.SurveyFieldsFragmentDoc,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": types.CreateSurveyDocument,
    "\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n": types.UpdateSurveyDocument,
    "\n  mutation CloseSurvey($id: ID!, $version: Int!) {\n    closeSurvey(id: $id, version: $version) {\n      ...SurveyFields\n    }\n  }\n": types.CloseSurveyDocument,
    "\n  query Surveys {\n    surveys {\n      id\n      district {\n        id\n      }\n    }\n  }\n": types.SurveysDocument,
    "\n  query SurveyById($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": types.SurveyByIdDocument,
    "\n  query SurveyResults($id: ID!) {\n    surveyResults(id: $id) {\n      responses {\n        value\n        suppressed\n        display\n      }\n      freeTextVisible\n      questions {\n        question {\n          id\n          templateKey\n          kind\n        }\n        tooFewAnswers\n        answered\n        options {\n          index\n          label\n          count {\n            value\n            suppressed\n            display\n          }\n        }\n        scale {\n          value\n          count {\n            value\n            suppressed\n          }\n        }\n        scaleMean\n        freeTextAnswers\n      }\n    }\n  }\n": types.SurveyResultsDocument,
    "\n  query SurveyComparison($templateKey: String!, $from: Date, $to: Date) {\n    surveyTemplateComparison(templateKey: $templateKey, from: $from, to: $to, language: EN) {\n      templateKey\n      tables {\n        questionKey\n        question\n        columns\n        rows {\n          district {\n            id\n          }\n          cells {\n            value\n            suppressed\n            display\n          }\n          total {\n            value\n            suppressed\n          }\n        }\n        total {\n          value\n        }\n      }\n    }\n  }\n": types.SurveyComparisonDocument,
    "\n  query PublicSurvey($token: String!) {\n    publicSurvey(token: $token) {\n      title\n      intro\n      opensOn\n      closesOn\n      phase\n      questions {\n        id\n        kind\n        text\n        options\n        sensitive\n      }\n      helpLines {\n        name\n        phone\n      }\n    }\n  }\n": types.PublicSurveyDocument,
    "\n  mutation SubmitSurveyResponse($token: String!, $answers: [SurveyAnswerInput!]!) {\n    submitSurveyResponse(token: $token, answers: $answers) {\n      ok\n    }\n  }\n": types.SubmitSurveyResponseDocument,
    "\n  mutation CreateTrainingFacilitator($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      id\n      name\n      qualification {\n        status\n      }\n    }\n  }\n": types.CreateTrainingFacilitatorDocument,
    "\n  mutation CreateTrainingCourseForTest($course: TrainingCourseInput!) {\n    createTrainingCourse(course: $course) {\n      id\n      version\n      sessions {\n        id\n      }\n    }\n  }\n": types.CreateTrainingCourseForTestDocument,
    "\n  mutation EnrolInTrainingCourse($input: EnrolInput!) {\n    enrol(input: $input) {\n      gotSeat\n      enrolment {\n        id\n        status\n        waitingPosition\n        facilitator {\n          id\n        }\n      }\n      course {\n        enrolledCount\n        waitingCount\n      }\n    }\n  }\n": types.EnrolInTrainingCourseDocument,
    "\n  query TrainingCourseForTest($id: ID!) {\n    trainingCourse(id: $id) {\n      id\n      version\n      status\n      enrolledCount\n      waitingCount\n      sessions {\n        id\n      }\n      enrolments {\n        id\n        status\n        waitingPosition\n        completed\n        attendedSessionIds\n        facilitator {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.TrainingCourseForTestDocument,
    "\n  mutation ChangeTrainingCourseStatusForTest($input: ChangeTrainingCourseStatusInput!) {\n    changeTrainingCourseStatus(input: $input) {\n      course {\n        id\n        version\n        status\n        enrolments {\n          id\n          status\n          completed\n          facilitator {\n            id\n            qualification {\n              status\n            }\n          }\n        }\n      }\n      completedFacilitators {\n        id\n      }\n    }\n  }\n": types.ChangeTrainingCourseStatusForTestDocument,
    "\n  mutation CancelTrainingEnrolment($id: ID!) {\n    cancelEnrolment(id: $id) {\n      promoted {\n        facilitator {\n          id\n        }\n      }\n      course {\n        enrolledCount\n        waitingCount\n      }\n    }\n  }\n": types.CancelTrainingEnrolmentDocument,
    "\n  mutation RecordTrainingAttendance($courseId: ID!, $attendance: [AttendanceInput!]!) {\n    recordAttendance(courseId: $courseId, attendance: $attendance) {\n      id\n    }\n  }\n": types.RecordTrainingAttendanceDocument,
    "\n  query TrainingCalendarForTest {\n    trainingCalendar\n  }\n": types.TrainingCalendarForTestDocument,
    "\n  mutation ImportGroupsCount($input: ImportGroupsInput!) {\n    importGroups(input: $input) {\n      validCount\n    }\n  }\n": types.ImportGroupsCountDocument,
    "\n  mutation CreateAgreementWithDocument($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      attachment {\n        byteSize\n      }\n    }\n  }\n": types.CreateAgreementWithDocumentDocument,
    "\n  query AgreementContent($id: ID!) {\n    agreement(id: $id) {\n      attachment {\n        contentBase64\n      }\n    }\n  }\n": types.AgreementContentDocument,
    "\n  query PartnerAgreements($id: ID!) {\n    partner(id: $id) {\n      agreements {\n        id\n      }\n    }\n  }\n": types.PartnerAgreementsDocument,
    "\n  mutation CreateVolunteerPeer($input: CreateVolunteerPeerInput!) {\n    createVolunteerPeer(input: $input) {\n      id\n      name\n      email\n      phone\n      version\n      facilitator {\n        id\n        name\n        trainingHistory {\n          completedOn\n        }\n      }\n    }\n  }\n": types.CreateVolunteerPeerDocument,
    "\n  mutation UpdateVolunteerPeer($input: UpdateVolunteerPeerInput!) {\n    updateVolunteerPeer(input: $input) {\n      id\n      name\n      capacity\n      version\n    }\n  }\n": types.UpdateVolunteerPeerDocument,
    "\n  mutation StopVolunteerPeer($input: StopVolunteerPeerInput!) {\n    stopVolunteerPeer(input: $input) {\n      id\n      stoppedOn\n      version\n    }\n  }\n": types.StopVolunteerPeerDocument,
    "\n  mutation RegisterPeerCheckIn($input: RegisterPeerCheckInInput!) {\n    registerPeerCheckIn(input: $input) {\n      id\n      date\n      note\n      nextCheckInOn\n      staffUser {\n        id\n      }\n    }\n  }\n": types.RegisterPeerCheckInDocument,
    "\n  query VolunteerPeer($id: ID!) {\n    volunteerPeer(id: $id) {\n      id\n      name\n      email\n      capacity\n      stoppedOn\n      version\n      load {\n        activeFollowUps\n        freeCapacity\n        followingSince\n        lastCheckInOn\n        nextCheckInDue\n      }\n      checkIns {\n        date\n        note\n        nextCheckInOn\n      }\n    }\n  }\n": types.VolunteerPeerDocument,
    "\n  query VolunteerPeers($filter: VolunteerPeerFilter, $first: Int, $after: String) {\n    volunteerPeers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          load {\n            activeFollowUps\n          }\n        }\n      }\n    }\n  }\n": types.VolunteerPeersDocument,
    "\n  query VolunteerPeersNested($first: Int) {\n    volunteerPeers(first: $first, filter: { search: \"Last\" }) {\n      edges {\n        node {\n          id\n          load {\n            activeFollowUps\n            nextCheckInDue\n          }\n          checkIns {\n            date\n            note\n          }\n          facilitator {\n            name\n          }\n          followUpStaff {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.VolunteerPeersNestedDocument,
    "\n  query PeerCheckInsDue {\n    peerCheckInsDue {\n      dueOn\n      overdue\n      peer {\n        id\n      }\n    }\n  }\n": types.PeerCheckInsDueDocument,
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
export function graphql(source: "\n  mutation ApiClientCreate($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        id\n        version\n        scopes\n        districts {\n          id\n        }\n        secrets {\n          lastFour\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiClientCreate($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        id\n        version\n        scopes\n        districts {\n          id\n        }\n        secrets {\n          lastFour\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiClientUpdate($input: UpdateApiClientInput!) {\n    updateApiClient(input: $input) {\n      id\n      version\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ApiClientUpdate($input: UpdateApiClientInput!) {\n    updateApiClient(input: $input) {\n      id\n      version\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiClientRotate($input: RotateApiClientSecretInput!) {\n    rotateApiClientSecret(input: $input) {\n      key\n      client {\n        version\n        secrets {\n          lastFour\n          validUntil\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiClientRotate($input: RotateApiClientSecretInput!) {\n    rotateApiClientSecret(input: $input) {\n      key\n      client {\n        version\n        secrets {\n          lastFour\n          validUntil\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiClientRevoke($id: ID!) {\n    revokeApiClient(id: $id) {\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApiClientRevoke($id: ID!) {\n    revokeApiClient(id: $id) {\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiClientList {\n    apiClients {\n      id\n      name\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiClientList {\n    apiClients {\n      id\n      name\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiClientGroups($filter: GroupFilter) {\n    groups(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiClientGroups($filter: GroupFilter) {\n    groups(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiClientGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ApiClientGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiClientActivities($filter: ActivityFilter) {\n    outreachActivities(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiClientActivities($filter: ActivityFilter) {\n    outreachActivities(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiClientOverview($districts: [ID!]) {\n    overview(districts: $districts) {\n      districts {\n        id\n      }\n      tables {\n        key\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiClientOverview($districts: [ID!]) {\n    overview(districts: $districts) {\n      districts {\n        id\n      }\n      tables {\n        key\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementFields on Agreement {\n    id\n    title\n    startsOn\n    endsOn\n    inForce\n    version\n    attachment {\n      id\n      fileName\n      contentType\n      byteSize\n      sha256\n    }\n  }\n"): (typeof documents)["\n  fragment AgreementFields on Agreement {\n    id\n    title\n    startsOn\n    endsOn\n    inForce\n    version\n    attachment {\n      id\n      fileName\n      contentType\n      byteSize\n      sha256\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTestAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTestAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTestAgreement($input: UpdateAgreementInput!) {\n    updateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTestAgreement($input: UpdateAgreementInput!) {\n    updateAgreement(input: $input) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTestAgreement($id: ID!) {\n    removeAgreement(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveTestAgreement($id: ID!) {\n    removeAgreement(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementIdInDistrict($id: ID!) {\n    agreement(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AgreementIdInDistrict($id: ID!) {\n    agreement(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementDocumentContent($id: ID!) {\n    agreement(id: $id) {\n      attachment {\n        contentBase64\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgreementDocumentContent($id: ID!) {\n    agreement(id: $id) {\n      attachment {\n        contentBase64\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerAgreementDocuments($id: ID!) {\n    partner(id: $id) {\n      agreements {\n        id\n        version\n        inForce\n        attachment {\n          id\n          fileName\n          contentType\n          byteSize\n          sha256\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerAgreementDocuments($id: ID!) {\n    partner(id: $id) {\n      agreements {\n        id\n        version\n        inForce\n        attachment {\n          id\n          fileName\n          contentType\n          byteSize\n          sha256\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!, $realm: PortalRealmInput) {\n    login(email: $email, password: $password, realm: $realm) {\n      token\n      expiresAt\n      idleTimeoutSeconds\n      user {\n        email\n        role\n        district {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!, $realm: PortalRealmInput) {\n    login(email: $email, password: $password, realm: $realm) {\n      token\n      expiresAt\n      idleTimeoutSeconds\n      user {\n        email\n        role\n        district {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      district {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      district {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      token\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      token\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed($token: String!, $districtId: ID) {\n    outreachCalendarFeed(token: $token, districtId: $districtId)\n  }\n"): (typeof documents)["\n  query CalendarFeed($token: String!, $districtId: ID) {\n    outreachCalendarFeed(token: $token, districtId: $districtId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoggedInOutreachCalendar {\n    outreachCalendar\n  }\n"): (typeof documents)["\n  query LoggedInOutreachCalendar {\n    outreachCalendar\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  query MyCalendarFeed {\n    myCalendarFeed {\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateParticipant($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateParticipant($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateParticipantsCourse($course: TrainingCourseInput!) {\n    createTrainingCourse(course: $course) {\n      id\n      version\n      sessions {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateParticipantsCourse($course: TrainingCourseInput!) {\n    createTrainingCourse(course: $course) {\n      id\n      version\n      sessions {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolParticipant($input: EnrolInput!) {\n    enrol(input: $input) {\n      enrolment {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolParticipant($input: EnrolInput!) {\n    enrol(input: $input) {\n      enrolment {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeParticipantsCourseStatus($input: ChangeTrainingCourseStatusInput!) {\n    changeTrainingCourseStatus(input: $input) {\n      course {\n        id\n        version\n      }\n      completedFacilitators {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeParticipantsCourseStatus($input: ChangeTrainingCourseStatusInput!) {\n    changeTrainingCourseStatus(input: $input) {\n      course {\n        id\n        version\n      }\n      completedFacilitators {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordParticipantsAttendance($courseId: ID!, $attendance: [AttendanceInput!]!) {\n    recordAttendance(courseId: $courseId, attendance: $attendance) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordParticipantsAttendance($courseId: ID!, $attendance: [AttendanceInput!]!) {\n    recordAttendance(courseId: $courseId, attendance: $attendance) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelParticipantEnrolment($id: ID!, $confirmed: CancelEnrolmentConfirmation) {\n    cancelEnrolment(id: $id, confirmed: $confirmed) {\n      enrolment {\n        id\n        status\n      }\n      promoted {\n        id\n      }\n      course {\n        enrolledCount\n        waitingCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelParticipantEnrolment($id: ID!, $confirmed: CancelEnrolmentConfirmation) {\n    cancelEnrolment(id: $id, confirmed: $confirmed) {\n      enrolment {\n        id\n        status\n      }\n      promoted {\n        id\n      }\n      course {\n        enrolledCount\n        waitingCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveParticipantException($input: ApproveAttendanceExceptionInput!) {\n    approveAttendanceException(input: $input) {\n      id\n      attendanceException {\n        reason\n        approvedAt\n        approvedBy {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveParticipantException($input: ApproveAttendanceExceptionInput!) {\n    approveAttendanceException(input: $input) {\n      id\n      attendanceException {\n        reason\n        approvedAt\n        approvedBy {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantsCourse($id: ID!) {\n    trainingCourse(id: $id) {\n      id\n      version\n      status\n      enrolments {\n        id\n        status\n        waitingPosition\n        completed\n        attendanceException {\n          reason\n        }\n        facilitator {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParticipantsCourse($id: ID!) {\n    trainingCourse(id: $id) {\n      id\n      version\n      status\n      enrolments {\n        id\n        status\n        waitingPosition\n        completed\n        attendanceException {\n          reason\n        }\n        facilitator {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentSession {\n    currentSession {\n      realm {\n        districtId\n      }\n      expiresAt\n      idleExpiresAt\n      idleTimeoutSeconds\n    }\n  }\n"): (typeof documents)["\n  query CurrentSession {\n    currentSession {\n      realm {\n        districtId\n      }\n      expiresAt\n      idleExpiresAt\n      idleTimeoutSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestDistrictAgenda($districtId: ID, $first: Int) {\n    districtAgenda(districtId: $districtId, first: $first) {\n      district {\n        id\n      }\n      today\n      upcomingUntil\n      groupFollowUps {\n        totalCount\n        overdueCount\n        items {\n          id\n          name\n          nextFollowUpDue\n        }\n      }\n      startingGroups {\n        totalCount\n        overdueCount\n        items {\n          id\n          name\n          schedule {\n            startDate\n          }\n        }\n      }\n      caseFollowUps {\n        totalCount\n        overdueCount\n        items {\n          dueOn\n          overdue\n          followUpCase {\n            id\n            reference\n          }\n        }\n      }\n      peerCheckIns {\n        totalCount\n        overdueCount\n        items {\n          dueOn\n          overdue\n          peer {\n            id\n            name\n          }\n        }\n      }\n      lapsingFacilitators {\n        totalCount\n        items {\n          id\n          name\n          qualification {\n            lapsesOn\n          }\n        }\n      }\n      courseSessions {\n        totalCount\n        items {\n          course {\n            id\n            title\n          }\n          session {\n            id\n            date\n          }\n        }\n      }\n      activities {\n        totalCount\n        items {\n          id\n          title\n          date\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestDistrictAgenda($districtId: ID, $first: Int) {\n    districtAgenda(districtId: $districtId, first: $first) {\n      district {\n        id\n      }\n      today\n      upcomingUntil\n      groupFollowUps {\n        totalCount\n        overdueCount\n        items {\n          id\n          name\n          nextFollowUpDue\n        }\n      }\n      startingGroups {\n        totalCount\n        overdueCount\n        items {\n          id\n          name\n          schedule {\n            startDate\n          }\n        }\n      }\n      caseFollowUps {\n        totalCount\n        overdueCount\n        items {\n          dueOn\n          overdue\n          followUpCase {\n            id\n            reference\n          }\n        }\n      }\n      peerCheckIns {\n        totalCount\n        overdueCount\n        items {\n          dueOn\n          overdue\n          peer {\n            id\n            name\n          }\n        }\n      }\n      lapsingFacilitators {\n        totalCount\n        items {\n          id\n          name\n          qualification {\n            lapsesOn\n          }\n        }\n      }\n      courseSessions {\n        totalCount\n        items {\n          course {\n            id\n            title\n          }\n          session {\n            id\n            date\n          }\n        }\n      }\n      activities {\n        totalCount\n        items {\n          id\n          title\n          date\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroupForFacilitator($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroupForFacilitator($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeGroupStatusForFacilitator($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeGroupStatusForFacilitator($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTrainingFacilitator($input: AssignFacilitatorInput!) {\n    assignFacilitator(input: $input) {\n      id\n      toDate\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTrainingFacilitator($input: AssignFacilitatorInput!) {\n    assignFacilitator(input: $input) {\n      id\n      toDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitatorAssignmentsAndTraining($id: ID!) {\n    facilitator(id: $id) {\n      assignments {\n        group {\n          id\n        }\n        fromDate\n        toDate\n      }\n      trainingHistory {\n        completedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilitatorAssignmentsAndTraining($id: ID!) {\n    facilitator(id: $id) {\n      assignments {\n        group {\n          id\n        }\n        fromDate\n        toDate\n      }\n      trainingHistory {\n        completedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgetTrainingFacilitator($id: ID!) {\n    forgetFacilitator(id: $id) {\n      name\n      email\n      phone\n      notes\n      consent {\n        text\n      }\n      forgottenAt\n      trainingHistory {\n        enrolmentStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForgetTrainingFacilitator($id: ID!) {\n    forgetFacilitator(id: $id) {\n      name\n      email\n      phone\n      notes\n      consent {\n        text\n      }\n      forgottenAt\n      trainingHistory {\n        enrolmentStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingFacilitatorId($id: ID!) {\n    facilitator(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query TrainingFacilitatorId($id: ID!) {\n    facilitator(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingFacilitatorContact($id: ID!) {\n    facilitator(id: $id) {\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query TrainingFacilitatorContact($id: ID!) {\n    facilitator(id: $id) {\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FairUseCreateClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FairUseCreateClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FairUseUsage($id: ID!, $days: Int) {\n    apiClient(id: $id) {\n      usage(days: $days) {\n        days\n        totals {\n          requests\n          rateLimited\n          errors\n          pointsSpent\n        }\n        perDay {\n          day\n          counts {\n            requests\n          }\n        }\n        perOperation {\n          operationName\n          counts {\n            requests\n            rateLimited\n            errors\n            pointsSpent\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FairUseUsage($id: ID!, $days: Int) {\n    apiClient(id: $id) {\n      usage(days: $days) {\n        days\n        totals {\n          requests\n          rateLimited\n          errors\n          pointsSpent\n        }\n        perDay {\n          day\n          counts {\n            requests\n          }\n        }\n        perOperation {\n          operationName\n          counts {\n            requests\n            rateLimited\n            errors\n            pointsSpent\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InquiryToCaseToPeer($id: ID!) {\n    inquiry(id: $id) {\n      id\n      followUpCase {\n        id\n        inquiry {\n          id\n        }\n        peer {\n          id\n          load {\n            activeFollowUps\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InquiryToCaseToPeer($id: ID!) {\n    inquiry(id: $id) {\n      id\n      followUpCase {\n        id\n        inquiry {\n          id\n        }\n        peer {\n          id\n          load {\n            activeFollowUps\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesWithInquiryAndPeer($first: Int) {\n    followUpCases(first: $first) {\n      edges {\n        node {\n          id\n          inquiry {\n            id\n            themes {\n              id\n            }\n          }\n          peer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasesWithInquiryAndPeer($first: Int) {\n    followUpCases(first: $first) {\n      edges {\n        node {\n          id\n          inquiry {\n            id\n            themes {\n              id\n            }\n          }\n          peer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InquiriesWithTheirCases($first: Int) {\n    inquiries(first: $first, filter: { hasCase: true }) {\n      edges {\n        node {\n          id\n          followUpCase {\n            id\n            reference\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InquiriesWithTheirCases($first: Int) {\n    inquiries(first: $first, filter: { hasCase: true }) {\n      edges {\n        node {\n          id\n          followUpCase {\n            id\n            reference\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenFollowUpCaseInput!) {\n    openFollowUpCase(input: $input) {\n      id\n      reference\n      status\n      inquiryId\n      peerId\n      nextFollowUpOn\n      version\n      responsibleStaffUser {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCase($input: OpenFollowUpCaseInput!) {\n    openFollowUpCase(input: $input) {\n      id\n      reference\n      status\n      inquiryId\n      peerId\n      nextFollowUpOn\n      version\n      responsibleStaffUser {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n      date\n      text\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseNote($input: AddCaseNoteInput!) {\n    addCaseNote(input: $input) {\n      id\n      date\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseWithNotes($id: ID!) {\n    followUpCase(id: $id) {\n      id\n      mayReadNotes\n      notes {\n        text\n        author {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseWithNotes($id: ID!) {\n    followUpCase(id: $id) {\n      id\n      mayReadNotes\n      notes {\n        text\n        author {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseOnly($id: ID!) {\n    followUpCase(id: $id) {\n      id\n      status\n      referrals {\n        referralResourceName\n      }\n      statusChanges {\n        fromStatus\n        toStatus\n        outcome\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseOnly($id: ID!) {\n    followUpCase(id: $id) {\n      id\n      status\n      referrals {\n        referralResourceName\n      }\n      statusChanges {\n        fromStatus\n        toStatus\n        outcome\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoHasReadCase($id: ID!) {\n    followUpCase(id: $id) {\n      accessLog(first: 100) {\n        totalCount\n        edges {\n          node {\n            occurredAt\n            staffUser {\n              id\n              name\n            }\n            role\n            actorDistrict {\n              id\n            }\n            action\n            outcome\n            purpose\n          }\n        }\n      }\n      noteGrants {\n        id\n        active\n        staffUser {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhoHasReadCase($id: ID!) {\n    followUpCase(id: $id) {\n      accessLog(first: 100) {\n        totalCount\n        edges {\n          node {\n            occurredAt\n            staffUser {\n              id\n              name\n            }\n            role\n            actorDistrict {\n              id\n            }\n            action\n            outcome\n            purpose\n          }\n        }\n      }\n      noteGrants {\n        id\n        active\n        staffUser {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {\n    changeCaseStatus(input: $input) {\n      id\n      status\n      outcome\n      closedOn\n      nextFollowUpOn\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {\n    changeCaseStatus(input: $input) {\n      id\n      status\n      outcome\n      closedOn\n      nextFollowUpOn\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseReferral($input: AddCaseReferralInput!) {\n    addCaseReferral(input: $input) {\n      referralResourceName\n      date\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseReferral($input: AddCaseReferralInput!) {\n    addCaseReferral(input: $input) {\n      referralResourceName\n      date\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCase($input: UpdateFollowUpCaseInput!) {\n    updateFollowUpCase(input: $input) {\n      id\n      version\n      nextFollowUpOn\n      responsibleStaffUser {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCase($input: UpdateFollowUpCaseInput!) {\n    updateFollowUpCase(input: $input) {\n      id\n      version\n      nextFollowUpOn\n      responsibleStaffUser {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesDue($responsibleStaffUserId: ID) {\n    followUpCasesDue(responsibleStaffUserId: $responsibleStaffUserId) {\n      dueOn\n      overdue\n      followUpCase {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasesDue($responsibleStaffUserId: ID) {\n    followUpCasesDue(responsibleStaffUserId: $responsibleStaffUserId) {\n      dueOn\n      overdue\n      followUpCase {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportCase($id: ID!) {\n    exportFollowUpCase(id: $id)\n  }\n"): (typeof documents)["\n  mutation ExportCase($id: ID!) {\n    exportFollowUpCase(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseList($filter: FollowUpCaseFilter, $first: Int) {\n    followUpCases(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseList($filter: FollowUpCaseFilter, $first: Int) {\n    followUpCases(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantNotes($caseId: ID!, $staffUserId: ID!, $until: DateTime!) {\n    grantCaseNoteAccess(caseId: $caseId, staffUserId: $staffUserId, until: $until) {\n      id\n      active\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation GrantNotes($caseId: ID!, $staffUserId: ID!, $until: DateTime!) {\n    grantCaseNoteAccess(caseId: $caseId, staffUserId: $staffUserId, until: $until) {\n      id\n      active\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeNotes($id: ID!) {\n    revokeCaseNoteAccess(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeNotes($id: ID!) {\n    revokeCaseNoteAccess(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupFeedClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n    }\n  }\n"): (typeof documents)["\n  mutation GroupFeedClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupFeed($after: String, $first: Int) {\n    groupFeed(after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          groupId\n          kind\n          changedAt\n          group {\n            id\n            name\n            district {\n              id\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupFeed($after: String, $first: Int) {\n    groupFeed(after: $after, first: $first) {\n      edges {\n        cursor\n        node {\n          groupId\n          kind\n          changedAt\n          group {\n            id\n            name\n            district {\n              id\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupFields on Group {\n    id\n    slug\n    name\n    version\n    status\n    isPublic\n    nextFollowUpDue\n    municipality {\n      number\n      name\n    }\n    district {\n      id\n    }\n    themes {\n      id\n      label\n    }\n    venue {\n      name\n      postalCode\n    }\n    schedule {\n      kind\n      weekday\n      startTime\n      timezone\n    }\n  }\n"): (typeof documents)["\n  fragment GroupFields on Group {\n    id\n    slug\n    name\n    version\n    status\n    isPublic\n    nextFollowUpDue\n    municipality {\n      number\n      name\n    }\n    district {\n      id\n    }\n    themes {\n      id\n      label\n    }\n    venue {\n      name\n      postalCode\n    }\n    schedule {\n      kind\n      weekday\n      startTime\n      timezone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegistryGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRegistryGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRegistryGroupStatus($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      ...GroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeRegistryGroupStatus($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      ...GroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroupForCalendar($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroupForCalendar($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeGroupStatusForCalendar($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      id\n      version\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeGroupStatusForCalendar($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      id\n      version\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicGroupICalendar($slug: String!) {\n    publicGroupICalendar(slug: $slug)\n  }\n"): (typeof documents)["\n  query PublicGroupICalendar($slug: String!) {\n    publicGroupICalendar(slug: $slug)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportGroupsWithDuplicates($input: ImportGroupsInput!) {\n    importGroups(input: $input) {\n      committed\n      validCount\n      invalidCount\n      duplicateCount\n      createdCount\n      rows {\n        line\n        name\n        valid\n        duplicate\n        errors {\n          column\n          message\n          reason\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportGroupsWithDuplicates($input: ImportGroupsInput!) {\n    importGroups(input: $input) {\n      committed\n      validCount\n      invalidCount\n      duplicateCount\n      createdCount\n      rows {\n        line\n        name\n        valid\n        duplicate\n        errors {\n          column\n          message\n          reason\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountDuplicateGroups {\n    groups(first: 1, filter: { search: \"Dublettgruppe\" }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CountDuplicateGroups {\n    groups(first: 1, filter: { search: \"Dublettgruppe\" }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportGroups($input: ImportGroupsInput!) {\n    importGroups(input: $input) {\n      dryRun\n      committed\n      validCount\n      invalidCount\n      createdCount\n      rows {\n        line\n        name\n        valid\n        errors {\n          column\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportGroups($input: ImportGroupsInput!) {\n    importGroups(input: $input) {\n      dryRun\n      committed\n      validCount\n      invalidCount\n      createdCount\n      rows {\n        line\n        name\n        valid\n        errors {\n          column\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountGroups {\n    groups(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CountGroups {\n    groups(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportGroups($search: String!) {\n    groupsCsv(filter: { search: $search })\n  }\n"): (typeof documents)["\n  query ExportGroups($search: String!) {\n    groupsCsv(filter: { search: $search })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupsWithNestedData($first: Int!) {\n    groups(first: $first) {\n      totalCount\n      statusCounts {\n        status\n        count\n      }\n      edges {\n        node {\n          id\n          name\n          venue {\n            name\n            postalCode\n          }\n          municipality {\n            name\n            county {\n              name\n            }\n          }\n          district {\n            name\n          }\n          themes {\n            id\n            label\n          }\n          statusHistory {\n            to\n            changedBy {\n              name\n            }\n          }\n          followUps {\n            date\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupsWithNestedData($first: Int!) {\n    groups(first: $first) {\n      totalCount\n      statusCounts {\n        status\n        count\n      }\n      edges {\n        node {\n          id\n          name\n          venue {\n            name\n            postalCode\n          }\n          municipality {\n            name\n            county {\n              name\n            }\n          }\n          district {\n            name\n          }\n          themes {\n            id\n            label\n          }\n          statusHistory {\n            to\n            changedBy {\n              name\n            }\n          }\n          followUps {\n            date\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicRegistryGroup($slug: String!) {\n    publicGroup(slug: $slug) {\n      name\n      contact {\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicRegistryGroup($slug: String!) {\n    publicGroup(slug: $slug) {\n      name\n      contact {\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindPublicGroups($search: String!) {\n    publicGroups(filter: { search: $search }) {\n      edges {\n        node {\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindPublicGroups($search: String!) {\n    publicGroups(filter: { search: $search }) {\n      edges {\n        node {\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingGuideFeed($districtId: ID!) {\n    meetingGuideFeed(districtId: $districtId)\n  }\n"): (typeof documents)["\n  query MeetingGuideFeed($districtId: ID!) {\n    meetingGuideFeed(districtId: $districtId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupStatusHistory($id: ID!) {\n    group(id: $id) {\n      statusHistory {\n        from\n        to\n        reason\n        changedBy {\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupStatusHistory($id: ID!) {\n    group(id: $id) {\n      statusHistory {\n        from\n        to\n        reason\n        changedBy {\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryGroupICalendar($slug: String!) {\n    publicGroupICalendar(slug: $slug)\n  }\n"): (typeof documents)["\n  query RegistryGroupICalendar($slug: String!) {\n    publicGroupICalendar(slug: $slug)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicGroupMeetings($slug: String!) {\n    publicGroup(slug: $slug) {\n      nextMeetings(count: 2) {\n        start\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicGroupMeetings($slug: String!) {\n    publicGroup(slug: $slug) {\n      nextMeetings(count: 2) {\n        start\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterGroupFollowUp($input: RegisterGroupFollowUpInput!) {\n    registerGroupFollowUp(input: $input) {\n      id\n      nextFollowUpDue\n      followUps {\n        date\n        note\n        registeredBy {\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterGroupFollowUp($input: RegisterGroupFollowUpInput!) {\n    registerGroupFollowUp(input: $input) {\n      id\n      nextFollowUpDue\n      followUps {\n        date\n        note\n        registeredBy {\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupFollowUpsDue($before: Date!) {\n    groupFollowUpsDue(before: $before) {\n      id\n      nextFollowUpDue\n    }\n  }\n"): (typeof documents)["\n  query GroupFollowUpsDue($before: Date!) {\n    groupFollowUpsDue(before: $before) {\n      id\n      nextFollowUpDue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupNextMeetings($id: ID!) {\n    group(id: $id) {\n      nextMeetings(count: 3) {\n        start\n      }\n      schedule {\n        weekday\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupNextMeetings($id: ID!) {\n    group(id: $id) {\n      nextMeetings(count: 3) {\n        start\n      }\n      schedule {\n        weekday\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegistryGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegistryGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountRegistryGroups {\n    groups(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CountRegistryGroups {\n    groups(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupChangeHistory($id: ID!) {\n    group(id: $id) {\n      name\n      history {\n        kind\n        changedBy {\n          email\n        }\n        fields {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupChangeHistory($id: ID!) {\n    group(id: $id) {\n      name\n      history {\n        kind\n        changedBy {\n          email\n        }\n        fields {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupId($id: ID!) {\n    group(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query GroupId($id: ID!) {\n    group(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictsOfGroups {\n    groups(first: 100) {\n      edges {\n        node {\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictsOfGroups {\n    groups(first: 100) {\n      edges {\n        node {\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HarnessLogin($email: String!, $password: String!, $realm: PortalRealmInput) {\n    login(email: $email, password: $password, realm: $realm) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation HarnessLogin($email: String!, $password: String!, $realm: PortalRealmInput) {\n    login(email: $email, password: $password, realm: $realm) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InquiryList($filter: InquiryFilter, $first: Int) {\n    inquiries(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          receivedOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InquiryList($filter: InquiryFilter, $first: Int) {\n    inquiries(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          receivedOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($inquiryId: ID!, $purpose: ConsentPurpose!) {\n    withdrawConsent(inquiryId: $inquiryId, purpose: $purpose) {\n      ...InquiryFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent($inquiryId: ID!, $purpose: ConsentPurpose!) {\n    withdrawConsent(inquiryId: $inquiryId, purpose: $purpose) {\n      ...InquiryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanActivityFromInquiry($input: PlanActivityFromInquiryInput!) {\n    planActivityFromInquiry(input: $input) {\n      inquiry {\n        ...InquiryFields\n      }\n      activity {\n        id\n        plannedFromInquiryId\n        type\n        status\n        title\n        date\n        audiences\n        themes {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlanActivityFromInquiry($input: PlanActivityFromInquiryInput!) {\n    planActivityFromInquiry(input: $input) {\n      inquiry {\n        ...InquiryFields\n      }\n      activity {\n        id\n        plannedFromInquiryId\n        type\n        status\n        title\n        date\n        audiences\n        themes {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InquiryFields on Inquiry {\n    id\n    district {\n      id\n    }\n    receivedOn\n    receivedTime\n    channel\n    inquirerType\n    themes {\n      id\n    }\n    minutesSpent\n    actions\n    note\n    personAlias\n    contact {\n      method\n      value\n    }\n    followUpConsentInForce\n    consents {\n      purpose\n      givenOn\n      withdrawnOn\n      inForce\n    }\n    interestListEntries {\n      id\n      theme {\n        id\n      }\n      municipality {\n        number\n      }\n      closedOn\n      version\n    }\n    activity {\n      id\n      status\n    }\n    hasCase\n    version\n  }\n"): (typeof documents)["\n  fragment InquiryFields on Inquiry {\n    id\n    district {\n      id\n    }\n    receivedOn\n    receivedTime\n    channel\n    inquirerType\n    themes {\n      id\n    }\n    minutesSpent\n    actions\n    note\n    personAlias\n    contact {\n      method\n      value\n    }\n    followUpConsentInForce\n    consents {\n      purpose\n      givenOn\n      withdrawnOn\n      inForce\n    }\n    interestListEntries {\n      id\n      theme {\n        id\n      }\n      municipality {\n        number\n      }\n      closedOn\n      version\n    }\n    activity {\n      id\n      status\n    }\n    hasCase\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogInquiry($input: InquiryInput!) {\n    logInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogInquiry($input: InquiryInput!) {\n    logInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInquiry($input: UpdateInquiryInput!) {\n    updateInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInquiry($input: UpdateInquiryInput!) {\n    updateInquiry(input: $input) {\n      ...InquiryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InquiryById($id: ID!) {\n    inquiry(id: $id) {\n      ...InquiryFields\n    }\n  }\n"): (typeof documents)["\n  query InquiryById($id: ID!) {\n    inquiry(id: $id) {\n      ...InquiryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToInterestList($inquiryId: ID!, $entry: InterestListEntryInput!) {\n    addToInterestList(inquiryId: $inquiryId, entry: $entry) {\n      id\n      version\n      closedOn\n    }\n  }\n"): (typeof documents)["\n  mutation AddToInterestList($inquiryId: ID!, $entry: InterestListEntryInput!) {\n    addToInterestList(inquiryId: $inquiryId, entry: $entry) {\n      id\n      version\n      closedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseInterestListEntry($id: ID!, $version: Int!) {\n    closeInterestListEntry(id: $id, version: $version) {\n      id\n      version\n      closedOn\n    }\n  }\n"): (typeof documents)["\n  mutation CloseInterestListEntry($id: ID!, $version: Int!) {\n    closeInterestListEntry(id: $id, version: $version) {\n      id\n      version\n      closedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterestDemand($filter: InterestDemandFilter) {\n    interestDemand(filter: $filter) {\n      theme {\n        id\n      }\n      municipality {\n        number\n      }\n      count\n    }\n  }\n"): (typeof documents)["\n  query InterestDemand($filter: InterestDemandFilter) {\n    interestDemand(filter: $filter) {\n      theme {\n        id\n      }\n      municipality {\n        number\n      }\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterestContactsForGroup($groupId: ID!, $reach: InterestReach) {\n    interestContactsForGroup(groupId: $groupId, reach: $reach) {\n      group {\n        id\n      }\n      toContact {\n        entry {\n          id\n        }\n        inquiry {\n          id\n          personAlias\n          contact {\n            value\n          }\n        }\n      }\n      withoutConsent\n    }\n  }\n"): (typeof documents)["\n  query InterestContactsForGroup($groupId: ID!, $reach: InterestReach) {\n    interestContactsForGroup(groupId: $groupId, reach: $reach) {\n      group {\n        id\n      }\n      toContact {\n        entry {\n          id\n        }\n        inquiry {\n          id\n          personAlias\n          contact {\n            value\n          }\n        }\n      }\n      withoutConsent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThrottledLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ThrottledLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimedLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation TimedLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroupInLanguage($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroupInLanguage($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginInLanguage($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation LoginInLanguage($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeInLanguage {\n    me {\n      email\n    }\n  }\n"): (typeof documents)["\n  query MeInLanguage {\n    me {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalDistrictLists($districtId: ID!, $search: String!, $from: Date!) {\n    groups(filter: { districtId: $districtId, search: $search }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n    trainingCourses(filter: { districtId: $districtId, from: $from }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n    partners(filter: { districtId: $districtId, search: $search }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n    outreachActivities(filter: { districtId: $districtId, search: $search }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NationalDistrictLists($districtId: ID!, $search: String!, $from: Date!) {\n    groups(filter: { districtId: $districtId, search: $search }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n    trainingCourses(filter: { districtId: $districtId, from: $from }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n    partners(filter: { districtId: $districtId, search: $search }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n    outreachActivities(filter: { districtId: $districtId, search: $search }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoursesOfDistrict($districtId: ID) {\n    trainingCourses(filter: { districtId: $districtId }, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CoursesOfDistrict($districtId: ID) {\n    trainingCourses(filter: { districtId: $districtId }, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersOfDistrict($districtId: ID) {\n    partners(filter: { districtId: $districtId }, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PartnersOfDistrict($districtId: ID) {\n    partners(filter: { districtId: $districtId }, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalReadsInquiries {\n    inquiries(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query NationalReadsInquiries {\n    inquiries(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalReadsCases {\n    followUpCases(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query NationalReadsCases {\n    followUpCases(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalReadsPeers {\n    volunteerPeers(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query NationalReadsPeers {\n    volunteerPeers(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerFields on Partner {\n    id\n    name\n    type\n    organisationNumber\n    status\n    version\n    municipality {\n      number\n    }\n    district {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerFields on Partner {\n    id\n    name\n    type\n    organisationNumber\n    status\n    version\n    municipality {\n      number\n    }\n    district {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on OutreachActivity {\n    id\n    type\n    title\n    status\n    date\n    participantCount\n    version\n    partners {\n      id\n    }\n    staff {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityFields on OutreachActivity {\n    id\n    type\n    title\n    status\n    date\n    participantCount\n    version\n    partners {\n      id\n    }\n    staff {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTestPartner($partner: PartnerInput!) {\n    createPartner(partner: $partner) {\n      ...PartnerFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTestPartner($partner: PartnerInput!) {\n    createPartner(partner: $partner) {\n      ...PartnerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTestPartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTestPartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTestContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      id\n      name\n      email\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddTestContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      id\n      name\n      email\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTestActivity($activity: ActivityInput!) {\n    createOutreachActivity(activity: $activity) {\n      ...ActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTestActivity($activity: ActivityInput!) {\n    createOutreachActivity(activity: $activity) {\n      ...ActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTestActivity($input: UpdateActivityInput!) {\n    updateOutreachActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTestActivity($input: UpdateActivityInput!) {\n    updateOutreachActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTestActivityOutcome($input: AddActivityOutcomeInput!) {\n    addActivityOutcome(input: $input) {\n      id\n      kind\n      group {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddTestActivityOutcome($input: AddActivityOutcomeInput!) {\n    addActivityOutcome(input: $input) {\n      id\n      kind\n      group {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTestNetworkGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTestNetworkGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestPartnerCount {\n    partners(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TestPartnerCount {\n    partners(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestActivityCount {\n    outreachActivities(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TestActivityCount {\n    outreachActivities(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictNetworkMap($districtId: ID) {\n    networkMap(districtId: $districtId) {\n      district {\n        id\n      }\n      withNeither {\n        number\n        name\n      }\n      withoutActivePartner {\n        number\n      }\n      withoutGroup {\n        number\n      }\n      activePartnersByType {\n        type\n        count\n      }\n      municipalities {\n        municipality {\n          number\n        }\n        activePartners\n        partners\n        groups\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictNetworkMap($districtId: ID) {\n    networkMap(districtId: $districtId) {\n      district {\n        id\n      }\n      withNeither {\n        number\n        name\n      }\n      withoutActivePartner {\n        number\n      }\n      withoutGroup {\n        number\n      }\n      activePartnersByType {\n        type\n        count\n      }\n      municipalities {\n        municipality {\n          number\n        }\n        activePartners\n        partners\n        groups\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveGroupMunicipalities($after: String) {\n    groups(first: 100, after: $after, filter: { statuses: [STARTING, RUNNING, PAUSED] }) {\n      edges {\n        node {\n          municipality {\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActiveGroupMunicipalities($after: String) {\n    groups(first: 100, after: $after, filter: { statuses: [STARTING, RUNNING, PAUSED] }) {\n      edges {\n        node {\n          municipality {\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartGroupOnNetworkMap($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartGroupOnNetworkMap($input: ChangeGroupStatusInput!) {\n    changeGroupStatus(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OAuthClientCreate($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      client {\n        id\n        version\n        organisationNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OAuthClientCreate($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      client {\n        id\n        version\n        organisationNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OAuthClientUpdate($input: UpdateApiClientInput!) {\n    updateApiClient(input: $input) {\n      version\n      organisationNumber\n    }\n  }\n"): (typeof documents)["\n  mutation OAuthClientUpdate($input: UpdateApiClientInput!) {\n    updateApiClient(input: $input) {\n      version\n      organisationNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OAuthClientRevoke($id: ID!) {\n    revokeApiClient(id: $id) {\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation OAuthClientRevoke($id: ID!) {\n    revokeApiClient(id: $id) {\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OAuthClient($id: ID!) {\n    apiClient(id: $id) {\n      lastUsedAt\n      secrets {\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query OAuthClient($id: ID!) {\n    apiClient(id: $id) {\n      lastUsedAt\n      secrets {\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OAuthGroups($filter: GroupFilter) {\n    groups(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OAuthGroups($filter: GroupFilter) {\n    groups(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachCalendar($districtId: ID) {\n    outreachCalendar(districtId: $districtId)\n  }\n"): (typeof documents)["\n  query OutreachCalendar($districtId: ID) {\n    outreachCalendar(districtId: $districtId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachActivityTotals($filter: ActivityFilter) {\n    activityTotals(filter: $filter) {\n      activities\n      participants\n      groupsStarted\n      byType {\n        type\n        activities\n        participants\n        groupsStarted\n      }\n      byDistrict {\n        district {\n          id\n        }\n        activities\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutreachActivityTotals($filter: ActivityFilter) {\n    activityTotals(filter: $filter) {\n      activities\n      participants\n      groupsStarted\n      byType {\n        type\n        activities\n        participants\n        groupsStarted\n      }\n      byDistrict {\n        district {\n          id\n        }\n        activities\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachActivitiesCsvExport($filter: ActivityFilter) {\n    outreachActivitiesCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query OutreachActivitiesCsvExport($filter: ActivityFilter) {\n    outreachActivitiesCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachActivityCountForTotals($filter: ActivityFilter) {\n    outreachActivities(filter: $filter) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OutreachActivityCountForTotals($filter: ActivityFilter) {\n    outreachActivities(filter: $filter) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachActivityIdForTotals($id: ID!) {\n    outreachActivity(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OutreachActivityIdForTotals($id: ID!) {\n    outreachActivity(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachActivitiesInPeriod($filter: ActivityFilter) {\n    outreachActivities(filter: $filter) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OutreachActivitiesInPeriod($filter: ActivityFilter) {\n    outreachActivities(filter: $filter) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOutreachActivityOutcome($id: ID!) {\n    removeActivityOutcome(id: $id) {\n      id\n      outcomes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveOutreachActivityOutcome($id: ID!) {\n    removeActivityOutcome(id: $id) {\n      id\n      outcomes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOutreachActivity($id: ID!, $version: Int!) {\n    removeOutreachActivity(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemoveOutreachActivity($id: ID!, $version: Int!) {\n    removeOutreachActivity(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachActivityId($id: ID!) {\n    outreachActivity(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OutreachActivityId($id: ID!) {\n    outreachActivity(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupOriginActivities($id: ID!) {\n    group(id: $id) {\n      originActivities {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupOriginActivities($id: ID!) {\n    group(id: $id) {\n      originActivities {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutreachActivityLogPage($first: Int!) {\n    outreachActivities(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          district {\n            id\n          }\n          municipality {\n            name\n          }\n          staff {\n            name\n          }\n          partners {\n            name\n            lastContactOn\n          }\n          themes {\n            id\n          }\n          outcomes {\n            kind\n            group {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutreachActivityLogPage($first: Int!) {\n    outreachActivities(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          district {\n            id\n          }\n          municipality {\n            name\n          }\n          staff {\n            name\n          }\n          partners {\n            name\n            lastContactOn\n          }\n          themes {\n            id\n          }\n          outcomes {\n            kind\n            group {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewAll($period: PeriodInput, $districts: [ID!]) {\n    overview(period: $period, districts: $districts) {\n      period {\n        from\n        to\n      }\n      districts {\n        id\n      }\n      suppressionThreshold\n      tables {\n        ...OverviewTableParts\n      }\n      coverage {\n        counties {\n          county {\n            number\n          }\n          municipalities\n          covered\n        }\n        coveredMunicipalityNumbers\n      }\n      previousPeriod {\n        period {\n          from\n          to\n        }\n        tables {\n          ...OverviewTableParts\n        }\n        previousPeriod {\n          period {\n            from\n          }\n        }\n      }\n    }\n  }\n\n  fragment OverviewTableParts on StatTable {\n    key\n    title\n    rowLabel\n    columnLabel\n    protected\n    suppressed\n    rows {\n      key\n      label\n    }\n    columns {\n      key\n      label\n    }\n    cells {\n      value\n      display\n      suppressed\n    }\n    rowTotals {\n      value\n      display\n      suppressed\n    }\n    columnTotals {\n      value\n      display\n      suppressed\n    }\n    total {\n      value\n      display\n      suppressed\n    }\n  }\n"): (typeof documents)["\n  query OverviewAll($period: PeriodInput, $districts: [ID!]) {\n    overview(period: $period, districts: $districts) {\n      period {\n        from\n        to\n      }\n      districts {\n        id\n      }\n      suppressionThreshold\n      tables {\n        ...OverviewTableParts\n      }\n      coverage {\n        counties {\n          county {\n            number\n          }\n          municipalities\n          covered\n        }\n        coveredMunicipalityNumbers\n      }\n      previousPeriod {\n        period {\n          from\n          to\n        }\n        tables {\n          ...OverviewTableParts\n        }\n        previousPeriod {\n          period {\n            from\n          }\n        }\n      }\n    }\n  }\n\n  fragment OverviewTableParts on StatTable {\n    key\n    title\n    rowLabel\n    columnLabel\n    protected\n    suppressed\n    rows {\n      key\n      label\n    }\n    columns {\n      key\n      label\n    }\n    cells {\n      value\n      display\n      suppressed\n    }\n    rowTotals {\n      value\n      display\n      suppressed\n    }\n    columnTotals {\n      value\n      display\n      suppressed\n    }\n    total {\n      value\n      display\n      suppressed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewOneTable($period: PeriodInput, $districts: [ID!], $key: StatTableKey!) {\n    overview(period: $period, districts: $districts) {\n      districts {\n        id\n      }\n      table(key: $key) {\n        ...OverviewTableParts\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewOneTable($period: PeriodInput, $districts: [ID!], $key: StatTableKey!) {\n    overview(period: $period, districts: $districts) {\n      districts {\n        id\n      }\n      table(key: $key) {\n        ...OverviewTableParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerPageWithContacts($id: ID!) {\n    partner(id: $id) {\n      lastContactOn\n      contacts {\n        name\n        email\n        role\n        since\n      }\n      activities {\n        id\n        type\n        participantCount\n        staff {\n          id\n        }\n        outcomes {\n          kind\n        }\n      }\n      groupsStartedTogether {\n        id\n        name\n        originActivities {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerPageWithContacts($id: ID!) {\n    partner(id: $id) {\n      lastContactOn\n      contacts {\n        name\n        email\n        role\n        since\n      }\n      activities {\n        id\n        type\n        participantCount\n        staff {\n          id\n        }\n        outcomes {\n          kind\n        }\n      }\n      groupsStartedTogether {\n        id\n        name\n        originActivities {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerContactDetails($id: ID!) {\n    partner(id: $id) {\n      name\n      contacts {\n        name\n        email\n        phone\n        consentNote\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerContactDetails($id: ID!) {\n    partner(id: $id) {\n      name\n      contacts {\n        name\n        email\n        phone\n        consentNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MovePartnerContact($input: MoveContactInput!) {\n    moveContact(input: $input) {\n      id\n      version\n      role\n      since\n      partner {\n        id\n      }\n      history {\n        partner {\n          id\n        }\n        role\n        fromDate\n        toDate\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MovePartnerContact($input: MoveContactInput!) {\n    moveContact(input: $input) {\n      id\n      version\n      role\n      since\n      partner {\n        id\n      }\n      history {\n        partner {\n          id\n        }\n        role\n        fromDate\n        toDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerFormerContacts($id: ID!) {\n    partner(id: $id) {\n      contacts {\n        id\n      }\n      formerContacts {\n        contact {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerFormerContacts($id: ID!) {\n    partner(id: $id) {\n      contacts {\n        id\n      }\n      formerContacts {\n        contact {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredPartnerNames($filter: PartnerFilter) {\n    partners(filter: $filter, first: 100) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FilteredPartnerNames($filter: PartnerFilter) {\n    partners(filter: $filter, first: 100) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerNetworkPage($first: Int!) {\n    partners(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          lastContactOn\n          municipality {\n            name\n          }\n          contacts {\n            name\n            email\n            partner {\n              id\n            }\n          }\n          agreements {\n            title\n            inForce\n            attachment {\n              fileName\n            }\n          }\n          venues {\n            name\n            groups {\n              id\n            }\n          }\n          activities {\n            title\n            partners {\n              id\n            }\n            staff {\n              name\n            }\n            outcomes {\n              kind\n            }\n          }\n          groupsStartedTogether {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerNetworkPage($first: Int!) {\n    partners(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          lastContactOn\n          municipality {\n            name\n          }\n          contacts {\n            name\n            email\n            partner {\n              id\n            }\n          }\n          agreements {\n            title\n            inForce\n            attachment {\n              fileName\n            }\n          }\n          venues {\n            name\n            groups {\n              id\n            }\n          }\n          activities {\n            title\n            partners {\n              id\n            }\n            staff {\n              name\n            }\n            outcomes {\n              kind\n            }\n          }\n          groupsStartedTogether {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditedPartner($id: ID!) {\n    partner(id: $id) {\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  query EditedPartner($id: ID!) {\n    partner(id: $id) {\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerIdInDistrict($id: ID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PartnerIdInDistrict($id: ID!) {\n    partner(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictsOfPartners {\n    partners(first: 100) {\n      edges {\n        node {\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictsOfPartners {\n    partners(first: 100) {\n      edges {\n        node {\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerSuggestions($caseId: ID!) {\n    peerSuggestions(caseId: $caseId) {\n      caseId\n      caseVersion\n      suggestions {\n        peer {\n          id\n          name\n        }\n        sharedThemes {\n          id\n        }\n        sharedLanguage\n        distance\n        freeCapacity\n        reasons {\n          code\n          text\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeerSuggestions($caseId: ID!) {\n    peerSuggestions(caseId: $caseId) {\n      caseId\n      caseVersion\n      suggestions {\n        peer {\n          id\n          name\n        }\n        sharedThemes {\n          id\n        }\n        sharedLanguage\n        distance\n        freeCapacity\n        reasons {\n          code\n          text\n          params {\n            name\n            value\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPeerMatch($caseId: ID!, $peerId: ID!, $caseVersion: Int!) {\n    confirmPeerMatch(caseId: $caseId, peerId: $peerId, caseVersion: $caseVersion) {\n      caseId\n      caseVersion\n      peerMatchedOn\n      peer {\n        id\n        load {\n          activeFollowUps\n          freeCapacity\n          followingSince\n          nextCheckInDue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmPeerMatch($caseId: ID!, $peerId: ID!, $caseVersion: Int!) {\n    confirmPeerMatch(caseId: $caseId, peerId: $peerId, caseVersion: $caseVersion) {\n      caseId\n      caseVersion\n      peerMatchedOn\n      peer {\n        id\n        load {\n          activeFollowUps\n          freeCapacity\n          followingSince\n          nextCheckInDue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchedPeerLoad($id: ID!) {\n    volunteerPeer(id: $id) {\n      load {\n        activeFollowUps\n        freeCapacity\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchedPeerLoad($id: ID!) {\n    volunteerPeer(id: $id) {\n      load {\n        activeFollowUps\n        freeCapacity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadPathFacilitatorVersion($id: ID!) {\n    facilitator(id: $id) {\n      version\n    }\n  }\n"): (typeof documents)["\n  query ReadPathFacilitatorVersion($id: ID!) {\n    facilitator(id: $id) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadPathContactVersion($id: ID!) {\n    contactPerson(id: $id) {\n      version\n    }\n  }\n"): (typeof documents)["\n  query ReadPathContactVersion($id: ID!) {\n    contactPerson(id: $id) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadPathCreateFacilitator($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      __typename\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReadPathCreateFacilitator($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      __typename\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadPathUpdateFacilitator($input: UpdateFacilitatorInput!) {\n    updateFacilitator(input: $input) {\n      __typename\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReadPathUpdateFacilitator($input: UpdateFacilitatorInput!) {\n    updateFacilitator(input: $input) {\n      __typename\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadPathForgetFacilitator($id: ID!) {\n    forgetFacilitator(id: $id) {\n      __typename\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReadPathForgetFacilitator($id: ID!) {\n    forgetFacilitator(id: $id) {\n      __typename\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadPathAddContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      __typename\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReadPathAddContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      __typename\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadPathUpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      __typename\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReadPathUpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      __typename\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadPathMoveContact($input: MoveContactInput!) {\n    moveContact(input: $input) {\n      __typename\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReadPathMoveContact($input: MoveContactInput!) {\n    moveContact(input: $input) {\n      __typename\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadPathCompleteCourse($input: ChangeTrainingCourseStatusInput!) {\n    changeTrainingCourseStatus(input: $input) {\n      completedFacilitators {\n        __typename\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReadPathCompleteCourse($input: ChangeTrainingCourseStatusInput!) {\n    changeTrainingCourseStatus(input: $input) {\n      completedFacilitators {\n        __typename\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadPathCreateCourse($course: TrainingCourseInput!) {\n    createTrainingCourse(course: $course) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReadPathCreateCourse($course: TrainingCourseInput!) {\n    createTrainingCourse(course: $course) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadPathEnrol($input: EnrolInput!) {\n    enrol(input: $input) {\n      gotSeat\n    }\n  }\n"): (typeof documents)["\n  mutation ReadPathEnrol($input: EnrolInput!) {\n    enrol(input: $input) {\n      gotSeat\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadPathCourseStatus($input: ChangeTrainingCourseStatusInput!) {\n    changeTrainingCourseStatus(input: $input) {\n      course {\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReadPathCourseStatus($input: ChangeTrainingCourseStatusInput!) {\n    changeTrainingCourseStatus(input: $input) {\n      course {\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadPathCourse($id: ID!) {\n    trainingCourse(id: $id) {\n      version\n      sessions {\n        id\n      }\n      enrolments {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadPathCourse($id: ID!) {\n    trainingCourse(id: $id) {\n      version\n      sessions {\n        id\n      }\n      enrolments {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadPathAttendance($courseId: ID!, $attendance: [AttendanceInput!]!) {\n    recordAttendance(courseId: $courseId, attendance: $attendance) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReadPathAttendance($courseId: ID!, $attendance: [AttendanceInput!]!) {\n    recordAttendance(courseId: $courseId, attendance: $attendance) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadPathMe {\n    me {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query ReadPathMe {\n    me {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadPathCreateFeed {\n    createCalendarFeed {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ReadPathCreateFeed {\n    createCalendarFeed {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadPathMyFeed {\n    myCalendarFeed {\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query ReadPathMyFeed {\n    myCalendarFeed {\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadPathTrainingHistories {\n    facilitators(first: 100) {\n      edges {\n        node {\n          id\n          trainingHistory {\n            enrolmentStatus\n            course {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadPathTrainingHistories {\n    facilitators(first: 100) {\n      edges {\n        node {\n          id\n          trainingHistory {\n            enrolmentStatus\n            course {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadPathRedactedDetails {\n    facilitators(first: 10) {\n      edges {\n        node {\n          id\n          email\n          phone\n          notes\n          consent {\n            text\n          }\n        }\n      }\n    }\n    partners(first: 10) {\n      edges {\n        node {\n          contacts {\n            id\n            email\n            phone\n            consentNote\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadPathRedactedDetails {\n    facilitators(first: 10) {\n      edges {\n        node {\n          id\n          email\n          phone\n          notes\n          consent {\n            text\n          }\n        }\n      }\n    }\n    partners(first: 10) {\n      edges {\n        node {\n          contacts {\n            id\n            email\n            phone\n            consentNote\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralResourceFields on ReferralResource {\n    id\n    district {\n      id\n    }\n    name\n    type\n    offers\n    areaKind\n    municipalities {\n      number\n    }\n    howToRefer\n    phone\n    website\n    partner {\n      id\n    }\n    archivedAt\n    version\n  }\n"): (typeof documents)["\n  fragment ReferralResourceFields on ReferralResource {\n    id\n    district {\n      id\n    }\n    name\n    type\n    offers\n    areaKind\n    municipalities {\n      number\n    }\n    howToRefer\n    phone\n    website\n    partner {\n      id\n    }\n    archivedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReferralResource($resource: ReferralResourceInput!) {\n    createReferralResource(resource: $resource) {\n      ...ReferralResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReferralResource($resource: ReferralResourceInput!) {\n    createReferralResource(resource: $resource) {\n      ...ReferralResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReferralResource($input: UpdateReferralResourceInput!) {\n    updateReferralResource(input: $input) {\n      ...ReferralResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReferralResource($input: UpdateReferralResourceInput!) {\n    updateReferralResource(input: $input) {\n      ...ReferralResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveReferralResource($id: ID!, $version: Int!) {\n    archiveReferralResource(id: $id, version: $version) {\n      ...ReferralResourceFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveReferralResource($id: ID!, $version: Int!) {\n    archiveReferralResource(id: $id, version: $version) {\n      ...ReferralResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralResourceList($filter: ReferralResourceFilter) {\n    referralResources(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralResourceList($filter: ReferralResourceFilter) {\n    referralResources(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralResourceById($id: ID!) {\n    referralResource(id: $id) {\n      ...ReferralResourceFields\n    }\n  }\n"): (typeof documents)["\n  query ReferralResourceById($id: ID!) {\n    referralResource(id: $id) {\n      ...ReferralResourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportDownload($period: ReportPeriodInput!, $district: ID, $format: ReportFileFormat!) {\n    reportDownload(period: $period, district: $district, format: $format) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ReportDownload($period: ReportPeriodInput!, $district: ID, $format: ReportFileFormat!) {\n    reportDownload(period: $period, district: $district, format: $format) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartReportJob($period: ReportPeriodInput!) {\n    startReportJob(period: $period) {\n      id\n      status\n      progressDone\n      progressTotal\n      periodFrom\n      periodTo\n    }\n  }\n"): (typeof documents)["\n  mutation StartReportJob($period: ReportPeriodInput!) {\n    startReportJob(period: $period) {\n      id\n      status\n      progressDone\n      progressTotal\n      periodFrom\n      periodTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportJobPage($id: ID!) {\n    reportJob(id: $id) {\n      id\n      status\n      progressDone\n      progressTotal\n      error\n      files {\n        id\n        fileName\n        format\n        district {\n          id\n        }\n        byteSize\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportJobPage($id: ID!) {\n    reportJob(id: $id) {\n      id\n      status\n      progressDone\n      progressTotal\n      error\n      files {\n        id\n        fileName\n        format\n        district {\n          id\n        }\n        byteSize\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportJobList {\n    reportJobs(first: 5) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query ReportJobList {\n    reportJobs(first: 5) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportFileDownload($id: ID!) {\n    reportFile(id: $id) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ReportFileDownload($id: ID!) {\n    reportFile(id: $id) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewForReport($period: PeriodInput) {\n    overview(period: $period) {\n      tables {\n        key\n        title\n        rowLabel\n        rows {\n          label\n        }\n        columns {\n          label\n        }\n        cells {\n          value\n          display\n          suppressed\n        }\n        rowTotals {\n          value\n          display\n          suppressed\n        }\n        columnTotals {\n          value\n          display\n          suppressed\n        }\n        total {\n          value\n          display\n          suppressed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewForReport($period: PeriodInput) {\n    overview(period: $period) {\n      tables {\n        key\n        title\n        rowLabel\n        rows {\n          label\n        }\n        columns {\n          label\n        }\n        cells {\n          value\n          display\n          suppressed\n        }\n        rowTotals {\n          value\n          display\n          suppressed\n        }\n        columnTotals {\n          value\n          display\n          suppressed\n        }\n        total {\n          value\n          display\n          suppressed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportDownloadForOverview($period: ReportPeriodInput!, $district: ID, $format: ReportFileFormat!) {\n    reportDownload(period: $period, district: $district, format: $format) {\n      fileName\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ReportDownloadForOverview($period: ReportPeriodInput!, $district: ID, $format: ReportFileFormat!) {\n    reportDownload(period: $period, district: $district, format: $format) {\n      fileName\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionSettingsOfViewer {\n    retentionSettings {\n      district {\n        id\n      }\n      closedCaseMonths\n      inquiryWithoutCaseMonths\n      stoppedPeerMonths\n      customised\n    }\n  }\n"): (typeof documents)["\n  query RetentionSettingsOfViewer {\n    retentionSettings {\n      district {\n        id\n      }\n      closedCaseMonths\n      inquiryWithoutCaseMonths\n      stoppedPeerMonths\n      customised\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRetentionSettings($input: RetentionSettingsInput!) {\n    setRetentionSettings(input: $input) {\n      district {\n        id\n      }\n      closedCaseMonths\n      inquiryWithoutCaseMonths\n      stoppedPeerMonths\n      customised\n    }\n  }\n"): (typeof documents)["\n  mutation SetRetentionSettings($input: RetentionSettingsInput!) {\n    setRetentionSettings(input: $input) {\n      district {\n        id\n      }\n      closedCaseMonths\n      inquiryWithoutCaseMonths\n      stoppedPeerMonths\n      customised\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionRuns($first: Int) {\n    retentionRuns(first: $first) {\n      id\n      trigger\n      asOf\n      casesAnonymised\n      inquiriesAnonymised\n      peersAnonymised\n      districts {\n        district {\n          id\n        }\n        inquiriesAnonymised\n      }\n      deleted {\n        sessions\n        loginAttempts\n        passwordResetTokens\n        calendarFeedTokens\n        apiUsageEntries\n        groupFeedEntries\n      }\n    }\n  }\n"): (typeof documents)["\n  query RetentionRuns($first: Int) {\n    retentionRuns(first: $first) {\n      id\n      trigger\n      asOf\n      casesAnonymised\n      inquiriesAnonymised\n      peersAnonymised\n      districts {\n        district {\n          id\n        }\n        inquiriesAnonymised\n      }\n      deleted {\n        sessions\n        loginAttempts\n        passwordResetTokens\n        calendarFeedTokens\n        apiUsageEntries\n        groupFeedEntries\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferralClientCreate($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n    }\n  }\n"): (typeof documents)["\n  mutation ReferralClientCreate($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReferral($input: SubmitReferralInput!) {\n    submitReferral(input: $input) {\n      id\n      reference\n      kind\n      status\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReferral($input: SubmitReferralInput!) {\n    submitReferral(input: $input) {\n      id\n      reference\n      kind\n      status\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestTalk($input: RequestTalkInput!) {\n    requestTalk(input: $input) {\n      id\n      kind\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestTalk($input: RequestTalkInput!) {\n    requestTalk(input: $input) {\n      id\n      kind\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceReferralStatus($reference: String!) {\n    serviceReferral(reference: $reference) {\n      id\n      reference\n      kind\n      status\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  query ServiceReferralStatus($reference: String!) {\n    serviceReferral(reference: $reference) {\n      id\n      reference\n      kind\n      status\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralQueue($filter: InquiryFilter) {\n    inquiries(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          channel\n          inquirerType\n          publicServiceType\n          personAlias\n          contact {\n            method\n            value\n          }\n          consents {\n            purpose\n            givenOn\n            wording\n          }\n          actions\n          serviceReferral {\n            kind\n            reference\n            clientName\n            serviceUnit\n            contactTimes\n            talkTopic\n            talkAudienceSize\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralQueue($filter: InquiryFilter) {\n    inquiries(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          channel\n          inquirerType\n          publicServiceType\n          personAlias\n          contact {\n            method\n            value\n          }\n          consents {\n            purpose\n            givenOn\n            wording\n          }\n          actions\n          serviceReferral {\n            kind\n            reference\n            clientName\n            serviceUnit\n            contactTimes\n            talkTopic\n            talkAudienceSize\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferralPlanActivity($input: PlanActivityFromInquiryInput!) {\n    planActivityFromInquiry(input: $input) {\n      activity {\n        id\n        status\n        plannedFromInquiryId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReferralPlanActivity($input: PlanActivityFromInquiryInput!) {\n    planActivityFromInquiry(input: $input) {\n      activity {\n        id\n        status\n        plannedFromInquiryId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionCacheMe {\n    me {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SessionCacheMe {\n    me {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionCacheLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation SessionCacheLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionCacheDeactivate($input: DeactivateStaffUserInput!) {\n    deactivateStaffUser(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SessionCacheDeactivate($input: DeactivateStaffUserInput!) {\n    deactivateStaffUser(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Create($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        role\n        version\n        district {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Create($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        email\n        role\n        version\n        district {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateStaffUser($input: DeactivateStaffUserInput!) {\n    deactivateStaffUser(input: $input) {\n      id\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateStaffUser($input: DeactivateStaffUserInput!) {\n    deactivateStaffUser(input: $input) {\n      id\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetStaffUserPassword($id: ID!) {\n    resetStaffUserPassword(id: $id) {\n      token\n      user {\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetStaffUserPassword($id: ID!) {\n    resetStaffUserPassword(id: $id) {\n      token\n      user {\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompletePasswordReset($token: String!, $password: String!) {\n    completePasswordReset(token: $token, newPassword: $password)\n  }\n"): (typeof documents)["\n  mutation CompletePasswordReset($token: String!, $password: String!) {\n    completePasswordReset(token: $token, newPassword: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsers($filter: StaffUserFilter, $first: Int, $after: String) {\n    staffUsers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffUsers($filter: StaffUserFilter, $first: Int, $after: String) {\n    staffUsers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          district {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUser($id: ID!) {\n    staffUser(id: $id) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  query StaffUser($id: ID!) {\n    staffUser(id: $id) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyId {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query MyId {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginAfterDeactivation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation LoginAfterDeactivation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyFields on Survey {\n    id\n    district {\n      id\n    }\n    title\n    intro\n    publicToken\n    templateKey\n    opensOn\n    closesOn\n    phase\n    hasResponses\n    version\n    questions {\n      id\n      position\n      kind\n      text\n      options\n      scaleMin\n      scaleMax\n      required\n      templateKey\n      sensitive\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyFields on Survey {\n    id\n    district {\n      id\n    }\n    title\n    intro\n    publicToken\n    templateKey\n    opensOn\n    closesOn\n    phase\n    hasResponses\n    version\n    questions {\n      id\n      position\n      kind\n      text\n      options\n      scaleMin\n      scaleMax\n      required\n      templateKey\n      sensitive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSurvey($input: UpdateSurveyInput!) {\n    updateSurvey(input: $input) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurvey($id: ID!, $version: Int!) {\n    closeSurvey(id: $id, version: $version) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSurvey($id: ID!, $version: Int!) {\n    closeSurvey(id: $id, version: $version) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Surveys {\n    surveys {\n      id\n      district {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Surveys {\n    surveys {\n      id\n      district {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyById($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  query SurveyById($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResults($id: ID!) {\n    surveyResults(id: $id) {\n      responses {\n        value\n        suppressed\n        display\n      }\n      freeTextVisible\n      questions {\n        question {\n          id\n          templateKey\n          kind\n        }\n        tooFewAnswers\n        answered\n        options {\n          index\n          label\n          count {\n            value\n            suppressed\n            display\n          }\n        }\n        scale {\n          value\n          count {\n            value\n            suppressed\n          }\n        }\n        scaleMean\n        freeTextAnswers\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyResults($id: ID!) {\n    surveyResults(id: $id) {\n      responses {\n        value\n        suppressed\n        display\n      }\n      freeTextVisible\n      questions {\n        question {\n          id\n          templateKey\n          kind\n        }\n        tooFewAnswers\n        answered\n        options {\n          index\n          label\n          count {\n            value\n            suppressed\n            display\n          }\n        }\n        scale {\n          value\n          count {\n            value\n            suppressed\n          }\n        }\n        scaleMean\n        freeTextAnswers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyComparison($templateKey: String!, $from: Date, $to: Date) {\n    surveyTemplateComparison(templateKey: $templateKey, from: $from, to: $to, language: EN) {\n      templateKey\n      tables {\n        questionKey\n        question\n        columns\n        rows {\n          district {\n            id\n          }\n          cells {\n            value\n            suppressed\n            display\n          }\n          total {\n            value\n            suppressed\n          }\n        }\n        total {\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyComparison($templateKey: String!, $from: Date, $to: Date) {\n    surveyTemplateComparison(templateKey: $templateKey, from: $from, to: $to, language: EN) {\n      templateKey\n      tables {\n        questionKey\n        question\n        columns\n        rows {\n          district {\n            id\n          }\n          cells {\n            value\n            suppressed\n            display\n          }\n          total {\n            value\n            suppressed\n          }\n        }\n        total {\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicSurvey($token: String!) {\n    publicSurvey(token: $token) {\n      title\n      intro\n      opensOn\n      closesOn\n      phase\n      questions {\n        id\n        kind\n        text\n        options\n        sensitive\n      }\n      helpLines {\n        name\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicSurvey($token: String!) {\n    publicSurvey(token: $token) {\n      title\n      intro\n      opensOn\n      closesOn\n      phase\n      questions {\n        id\n        kind\n        text\n        options\n        sensitive\n      }\n      helpLines {\n        name\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSurveyResponse($token: String!, $answers: [SurveyAnswerInput!]!) {\n    submitSurveyResponse(token: $token, answers: $answers) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSurveyResponse($token: String!, $answers: [SurveyAnswerInput!]!) {\n    submitSurveyResponse(token: $token, answers: $answers) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrainingFacilitator($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      id\n      name\n      qualification {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTrainingFacilitator($input: CreateFacilitatorInput!) {\n    createFacilitator(input: $input) {\n      id\n      name\n      qualification {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrainingCourseForTest($course: TrainingCourseInput!) {\n    createTrainingCourse(course: $course) {\n      id\n      version\n      sessions {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTrainingCourseForTest($course: TrainingCourseInput!) {\n    createTrainingCourse(course: $course) {\n      id\n      version\n      sessions {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolInTrainingCourse($input: EnrolInput!) {\n    enrol(input: $input) {\n      gotSeat\n      enrolment {\n        id\n        status\n        waitingPosition\n        facilitator {\n          id\n        }\n      }\n      course {\n        enrolledCount\n        waitingCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolInTrainingCourse($input: EnrolInput!) {\n    enrol(input: $input) {\n      gotSeat\n      enrolment {\n        id\n        status\n        waitingPosition\n        facilitator {\n          id\n        }\n      }\n      course {\n        enrolledCount\n        waitingCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingCourseForTest($id: ID!) {\n    trainingCourse(id: $id) {\n      id\n      version\n      status\n      enrolledCount\n      waitingCount\n      sessions {\n        id\n      }\n      enrolments {\n        id\n        status\n        waitingPosition\n        completed\n        attendedSessionIds\n        facilitator {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingCourseForTest($id: ID!) {\n    trainingCourse(id: $id) {\n      id\n      version\n      status\n      enrolledCount\n      waitingCount\n      sessions {\n        id\n      }\n      enrolments {\n        id\n        status\n        waitingPosition\n        completed\n        attendedSessionIds\n        facilitator {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeTrainingCourseStatusForTest($input: ChangeTrainingCourseStatusInput!) {\n    changeTrainingCourseStatus(input: $input) {\n      course {\n        id\n        version\n        status\n        enrolments {\n          id\n          status\n          completed\n          facilitator {\n            id\n            qualification {\n              status\n            }\n          }\n        }\n      }\n      completedFacilitators {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeTrainingCourseStatusForTest($input: ChangeTrainingCourseStatusInput!) {\n    changeTrainingCourseStatus(input: $input) {\n      course {\n        id\n        version\n        status\n        enrolments {\n          id\n          status\n          completed\n          facilitator {\n            id\n            qualification {\n              status\n            }\n          }\n        }\n      }\n      completedFacilitators {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTrainingEnrolment($id: ID!) {\n    cancelEnrolment(id: $id) {\n      promoted {\n        facilitator {\n          id\n        }\n      }\n      course {\n        enrolledCount\n        waitingCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTrainingEnrolment($id: ID!) {\n    cancelEnrolment(id: $id) {\n      promoted {\n        facilitator {\n          id\n        }\n      }\n      course {\n        enrolledCount\n        waitingCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTrainingAttendance($courseId: ID!, $attendance: [AttendanceInput!]!) {\n    recordAttendance(courseId: $courseId, attendance: $attendance) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTrainingAttendance($courseId: ID!, $attendance: [AttendanceInput!]!) {\n    recordAttendance(courseId: $courseId, attendance: $attendance) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingCalendarForTest {\n    trainingCalendar\n  }\n"): (typeof documents)["\n  query TrainingCalendarForTest {\n    trainingCalendar\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportGroupsCount($input: ImportGroupsInput!) {\n    importGroups(input: $input) {\n      validCount\n    }\n  }\n"): (typeof documents)["\n  mutation ImportGroupsCount($input: ImportGroupsInput!) {\n    importGroups(input: $input) {\n      validCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgreementWithDocument($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      attachment {\n        byteSize\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgreementWithDocument($input: CreateAgreementInput!) {\n    createAgreement(input: $input) {\n      id\n      attachment {\n        byteSize\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementContent($id: ID!) {\n    agreement(id: $id) {\n      attachment {\n        contentBase64\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgreementContent($id: ID!) {\n    agreement(id: $id) {\n      attachment {\n        contentBase64\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerAgreements($id: ID!) {\n    partner(id: $id) {\n      agreements {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerAgreements($id: ID!) {\n    partner(id: $id) {\n      agreements {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVolunteerPeer($input: CreateVolunteerPeerInput!) {\n    createVolunteerPeer(input: $input) {\n      id\n      name\n      email\n      phone\n      version\n      facilitator {\n        id\n        name\n        trainingHistory {\n          completedOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVolunteerPeer($input: CreateVolunteerPeerInput!) {\n    createVolunteerPeer(input: $input) {\n      id\n      name\n      email\n      phone\n      version\n      facilitator {\n        id\n        name\n        trainingHistory {\n          completedOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVolunteerPeer($input: UpdateVolunteerPeerInput!) {\n    updateVolunteerPeer(input: $input) {\n      id\n      name\n      capacity\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVolunteerPeer($input: UpdateVolunteerPeerInput!) {\n    updateVolunteerPeer(input: $input) {\n      id\n      name\n      capacity\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopVolunteerPeer($input: StopVolunteerPeerInput!) {\n    stopVolunteerPeer(input: $input) {\n      id\n      stoppedOn\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation StopVolunteerPeer($input: StopVolunteerPeerInput!) {\n    stopVolunteerPeer(input: $input) {\n      id\n      stoppedOn\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPeerCheckIn($input: RegisterPeerCheckInInput!) {\n    registerPeerCheckIn(input: $input) {\n      id\n      date\n      note\n      nextCheckInOn\n      staffUser {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPeerCheckIn($input: RegisterPeerCheckInInput!) {\n    registerPeerCheckIn(input: $input) {\n      id\n      date\n      note\n      nextCheckInOn\n      staffUser {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerPeer($id: ID!) {\n    volunteerPeer(id: $id) {\n      id\n      name\n      email\n      capacity\n      stoppedOn\n      version\n      load {\n        activeFollowUps\n        freeCapacity\n        followingSince\n        lastCheckInOn\n        nextCheckInDue\n      }\n      checkIns {\n        date\n        note\n        nextCheckInOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerPeer($id: ID!) {\n    volunteerPeer(id: $id) {\n      id\n      name\n      email\n      capacity\n      stoppedOn\n      version\n      load {\n        activeFollowUps\n        freeCapacity\n        followingSince\n        lastCheckInOn\n        nextCheckInDue\n      }\n      checkIns {\n        date\n        note\n        nextCheckInOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerPeers($filter: VolunteerPeerFilter, $first: Int, $after: String) {\n    volunteerPeers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          load {\n            activeFollowUps\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerPeers($filter: VolunteerPeerFilter, $first: Int, $after: String) {\n    volunteerPeers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          load {\n            activeFollowUps\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerPeersNested($first: Int) {\n    volunteerPeers(first: $first, filter: { search: \"Last\" }) {\n      edges {\n        node {\n          id\n          load {\n            activeFollowUps\n            nextCheckInDue\n          }\n          checkIns {\n            date\n            note\n          }\n          facilitator {\n            name\n          }\n          followUpStaff {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerPeersNested($first: Int) {\n    volunteerPeers(first: $first, filter: { search: \"Last\" }) {\n      edges {\n        node {\n          id\n          load {\n            activeFollowUps\n            nextCheckInDue\n          }\n          checkIns {\n            date\n            note\n          }\n          facilitator {\n            name\n          }\n          followUpStaff {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerCheckInsDue {\n    peerCheckInsDue {\n      dueOn\n      overdue\n      peer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeerCheckInsDue {\n    peerCheckInsDue {\n      dueOn\n      overdue\n      peer {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;