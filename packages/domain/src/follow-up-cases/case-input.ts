import { z } from 'zod';
import { compareIsoDates, isIsoDate } from '../groups/dates.js';
import { isObjectPayload } from '../groups/schedule-input.js';
import type { IsoDate } from '../groups/types.js';
import { isUuid } from '../input-fields.js';
import { nextDayAfterDate, optionalDay, pastOrToday } from '../dated-input.js';
import { optionalPersonText, requiredPersonText } from '../privacy/free-text.js';
import type { CaseNoteData, CaseReferralData, FollowUpCaseData } from './types.js';

export const CASE_NOTE_MAX_LENGTH = 4000;
export const CASE_REFERRAL_NOTE_MAX_LENGTH = 1000;

const id = (message: string) => z.string({ message }).refine(isUuid, { message });
const optionalId = (message: string) =>
  z.preprocess((value) => (value === '' || value === undefined ? null : value), id(message).nullable());

/** A case as opened or edited on `today`: a next follow-up, when given, is not in the past. */
export function makeFollowUpCaseInputSchema(today: IsoDate) {
  return z.object(
    {
      responsibleStaffUserId: id('CASE_RESPONSIBLE_REQUIRED'),
      peerId: optionalId('PEER_NOT_FOUND'),
      nextFollowUpOn: optionalDay.refine(
        (value) => value === null || !isIsoDate(value) || compareIsoDates(value, today) >= 0,
        {
          message: 'CASE_FOLLOW_UP_IN_PAST',
        },
      ),
    },
    { message: 'CASE_INCOMPLETE' },
  ) satisfies z.ZodType<FollowUpCaseData, unknown>;
}

/** A dated note written on or before `today`; a next follow-up it sets comes after its date. */
export function makeCaseNoteInputSchema(today: IsoDate) {
  return z
    .object({
      date: pastOrToday(today),
      text: requiredPersonText('NOTE_REQUIRED', CASE_NOTE_MAX_LENGTH, 'NOTE_TOO_LONG'),
      nextFollowUpOn: optionalDay,
    })
    .superRefine(nextDayAfterDate('nextFollowUpOn', 'NEXT_FOLLOW_UP_AFTER_DATE'), {
      when: isObjectPayload,
    }) satisfies z.ZodType<CaseNoteData, unknown>;
}

/** A referral made on or before `today` to a resource of the directory. */
export function makeCaseReferralInputSchema(today: IsoDate) {
  return z.object({
    referralResourceId: id('REFERRAL_RESOURCE_REQUIRED'),
    date: pastOrToday(today),
    note: optionalPersonText(CASE_REFERRAL_NOTE_MAX_LENGTH, 'NOTE_TOO_LONG'),
  }) satisfies z.ZodType<CaseReferralData, unknown>;
}
