import type { InquiryRecord, InterestListEntryRecord } from '@selvhjelp/db';

/** A person on the interest list staff may contact: the place, and the inquiry (read and logged on the read path). */
export interface InterestContactView {
  entry: InterestListEntryRecord;
  inquiry: InquiryRecord;
}

/** Whom to tell that a group starts; the group is read by the groups service. */
export interface InterestContactsView {
  groupId: string;
  toContact: InterestContactView[];
  withoutConsent: number;
}
