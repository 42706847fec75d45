import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types generated from the shared SDL. Mappers let resolvers receive domain and
// repository records instead of GraphQL shapes, so field resolvers stay the only translation.
// The tests get typed documents from the same SDL (the portal's client preset), so a test that
// asks for a field the schema no longer has fails the typecheck instead of at run time.
const config: CodegenConfig = {
  schema: '../../packages/graphql/src/schema/*.graphql',
  documents: ['test/**/*.ts', '!test/generated/**'],
  // NodeNext resolution wants the `.js` on the generated files' relative imports.
  emitLegacyCommonJSImports: false,
  // Only `graphql(...)` from test/generated is a document; the harness's untyped `gql` carries
  // deliberately malformed and over-limit queries that must not be parsed here.
  pluckConfig: { modules: [], globalGqlIdentifierName: 'graphql', gqlMagicComment: 'typed-graphql' },
  generates: {
    'test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // A multipart request sends an upload's variable as null; the file goes in its own part.
        scalars: { DateTime: 'string', Date: 'string', ID: 'string', Upload: 'null' },
        skipTypename: true,
      },
    },
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        useTypeImports: true,
        contextType: '../kernel/context.js#GatewayContext',
        enumsAsTypes: true,
        mapperTypeSuffix: 'Model',
        scalars: { DateTime: 'Date', Date: 'string', Upload: '../uploads/read-upload.js#UploadArg' },
        mappers: {
          StaffUser: '@selvhjelp/db#StaffUserRecord',
          District: '@selvhjelp/domain#District',
          County: '@selvhjelp/domain#County',
          Municipality: '@selvhjelp/domain#Municipality',
          Theme: '@selvhjelp/domain#Theme',
          Group: '@selvhjelp/db#GroupRecord',
          PublicGroup: '@selvhjelp/db#GroupRecord',
          Venue: '@selvhjelp/db#VenueRecord',
          PublicVenue: '@selvhjelp/db#VenueRecord',
          GroupSchedule: '@selvhjelp/domain#Schedule',
          Meeting: '@selvhjelp/domain#MeetingTime',
          GroupStatusChange: '@selvhjelp/db#GroupStatusChangeRecord',
          GroupFollowUp: '@selvhjelp/db#GroupFollowUpRecord',
          GroupChange: '@selvhjelp/db#GroupChangeRecord',
          Facilitator: '@selvhjelp/db#FacilitatorRecord',
          Qualification: '@selvhjelp/domain#Qualification',
          FacilitatorAssignment: '@selvhjelp/db#FacilitatorAssignmentRecord',
          TrainingHistoryEntry: '@selvhjelp/db#TrainingHistoryRecord',
          FacilitatorAttention: '@selvhjelp/db#NeedsAttention',
          DistrictSettings: '@selvhjelp/db#DistrictSettingRecord',
          RetentionSettings: '@selvhjelp/db#RetentionSettingsRecord',
          RetentionRun: '@selvhjelp/db#RetentionRunRecord',
          TrainingCourse: '@selvhjelp/db#TrainingCourseRecord',
          CourseSession: '@selvhjelp/db#CourseSessionRecord',
          Enrolment: '@selvhjelp/db#EnrolmentRecord',
          AttendanceException: '@selvhjelp/db#AttendanceExceptionRecord',
          Partner: '@selvhjelp/db#PartnerRecord',
          ContactPerson: '@selvhjelp/db#ContactPersonRecord',
          ContactAffiliation: '@selvhjelp/db#ContactAffiliationRecord',
          Agreement: '@selvhjelp/db#AgreementRecord',
          AgreementAttachment: '@selvhjelp/db#AgreementAttachmentRecord',
          OutreachActivity: '@selvhjelp/db#OutreachActivityRecord',
          ActivityOutcome: '@selvhjelp/db#ActivityOutcomeRecord',
          CalendarFeed: '@selvhjelp/db#CalendarFeedTokenRecord',
          ActivityTotals: '@selvhjelp/db#ActivityTotalsRecord',
          NetworkMap: '@selvhjelp/db#NetworkMapRecord',
          NetworkMunicipality: '@selvhjelp/db#NetworkMunicipalityRecord',
          PartnerTypeCount: '@selvhjelp/db#PartnerTypeCountRecord',
          Inquiry: '@selvhjelp/db#InquiryRecord',
          Consent: '@selvhjelp/db#InquiryConsentRecord',
          InterestListEntry: '@selvhjelp/db#InterestListEntryRecord',
          InterestDemand: '@selvhjelp/db#InterestDemandRecord',
          InterestContact: '../modules/inquiries/views.js#InterestContactView',
          InterestContactsForGroup: '../modules/inquiries/views.js#InterestContactsView',
          PlannedActivity: '@selvhjelp/db#PlannedActivityResult',
          ReferralResource: '@selvhjelp/db#ReferralResourceRecord',
          VolunteerPeer: '@selvhjelp/db#VolunteerPeerRecord',
          PeerLoad: '@selvhjelp/db#VolunteerPeerRecord',
          PeerCheckIn: '@selvhjelp/db#PeerCheckInRecord',
          PeerCheckInDue: '../modules/volunteer-peers/models.js#PeerCheckInDueModel',
          PeerSuggestion: '../modules/volunteer-peers/models.js#PeerSuggestionModel',
          PeerSuggestions: '../modules/volunteer-peers/models.js#PeerSuggestionsModel',
          PeerMatchReason: '../modules/volunteer-peers/models.js#PeerMatchReasonModel',
          PeerMatchConfirmation: '../modules/volunteer-peers/models.js#PeerMatchRecord',
        },
        resolverTypeWrapperSignature: 'T | Promise<T>',
      },
    },
  },
};

export default config;
