import { graphql } from '../../generated';

// Fragments shared by several pages; each page's own query sits in its *.server.ts.

export const GroupScheduleFieldsFragment = graphql(`
  fragment GroupScheduleFields on GroupSchedule {
    kind
    weekday
    nth
    dates
    startTime
    durationMinutes
    startDate
    endDate
  }
`);

/** Everything the group form edits, so a saved group can be shown in the form again. */
export const GroupFormFieldsFragment = graphql(`
  fragment GroupFormFields on Group {
    name
    description
    themes {
      id
    }
    targetGroup
    municipality {
      number
      name
    }
    format
    venue {
      name
      streetAddress
      postalCode
      postalPlace
      stepFreeAccess
      hearingLoop
      accessibilityNotes
    }
    meetingUrl
    languages
    openForNewMembers
    maxSize
    schedule {
      ...GroupScheduleFields
    }
  }
`);
