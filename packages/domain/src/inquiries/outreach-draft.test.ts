import { describe, expect, it } from 'vitest';
import { makeInquiryInputSchema } from './inquiry-input.js';
import { outreachDraftOfInquiry, plannedActivityRefusal } from './outreach-draft.js';

const parse = makeInquiryInputSchema(new Date('2026-12-04T13:05:00Z')).parse;
const PARTNER_ID = '0b6f7a56-3c0e-4c8e-9d5e-2f1a9c7b1d01';
const request = {
  channel: 'EMAIL',
  inquirerType: 'PUBLIC_SERVICE',
  publicServiceType: 'SCHOOL',
  themeIds: ['grief'],
  municipalityNumber: '4601',
  minutesSpent: 10,
  actions: ['TALK_OR_COURSE_REQUESTED'],
};

describe('outreachDraftOfInquiry', () => {
  it('makes a planned talk from a service asking for one, with what the inquiry knows', () => {
    expect(outreachDraftOfInquiry(parse(request))).toEqual({
      type: 'TALK',
      status: 'PLANNED',
      municipalityNumber: '4601',
      themeIds: ['grief'],
      partnerIds: [],
      audiences: ['SCHOOLS'],
    });
  });

  it('links the partner that asks', () => {
    const draft = outreachDraftOfInquiry(
      parse({ ...request, inquirerType: 'PARTNER', publicServiceType: null, partnerId: PARTNER_ID }),
    );
    expect(draft).toMatchObject({ partnerIds: [PARTNER_ID], audiences: [] });
  });

  it('makes nothing of other inquiries', () => {
    expect(outreachDraftOfInquiry(parse({ ...request, actions: ['INFORMATION_GIVEN'] }))).toBeNull();
    expect(outreachDraftOfInquiry(parse({ ...request, inquirerType: 'RELATIVE', publicServiceType: null }))).toBeNull();
  });
});

describe('plannedActivityRefusal', () => {
  it('plans a request once, and nothing else', () => {
    expect(plannedActivityRefusal(parse(request), null)).toBeNull();
    expect(plannedActivityRefusal(parse(request), PARTNER_ID)).toEqual({
      reason: 'INQUIRY_ACTIVITY_ALREADY_PLANNED',
      field: 'id',
    });
    expect(plannedActivityRefusal(parse({ ...request, actions: ['INFORMATION_GIVEN'] }), null)).toEqual({
      reason: 'INQUIRY_NOT_A_TALK_REQUEST',
      field: 'id',
    });
  });
});
