import type { IsoDate } from '../groups/types.js';
import type { InquiryData } from '../inquiries/types.js';
import { MIN_MINUTES_SPENT } from '../inquiries/types.js';
import type { ServiceSubmissionData } from './types.js';

/**
 * The inquiry a service's submission becomes in the district's queue (decision 0033): channel
 * REFERRAL, asked by a public service of the type it gave, on the day and time it came in. A
 * referral carries the person's first name, the contact they prefer with the consent to be
 * contacted (the wording and day the service recorded), the reason's themes and words; a talk
 * request is marked as one (TALK_OR_COURSE_REQUESTED), so staff can plan it as an activity.
 * Minutes spent start at the least an inquiry counts (1): staff record their own time when they
 * save it.
 */
export function inquiryOfServiceSubmission(data: ServiceSubmissionData, on: IsoDate, time: string): InquiryData {
  const common = {
    receivedOn: on,
    receivedTime: time,
    channel: 'REFERRAL',
    inquirerType: 'PUBLIC_SERVICE',
    publicServiceType: data.serviceType,
    partnerId: null,
    themeIds: [...data.themeIds],
    languages: [],
    municipalityNumber: data.municipalityNumber,
    minutesSpent: MIN_MINUTES_SPENT,
  } as const;
  if (data.kind === 'TALK_REQUEST')
    return {
      ...common,
      themeIds: [...data.themeIds],
      languages: [],
      actions: ['TALK_OR_COURSE_REQUESTED'],
      note: null,
      person: null,
      consents: [],
    };
  return {
    ...common,
    themeIds: [...data.themeIds],
    languages: [],
    actions: [],
    note: data.reasonText,
    person: { alias: data.person.firstName, contact: { ...data.person.contact } },
    consents: [{ purpose: 'FOLLOW_UP_CONTACT', givenOn: data.consent.givenOn, wording: data.consent.wording }],
  };
}
