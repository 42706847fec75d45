import { createTestInquiry, testBackends } from '@selvhjelp/db/testing';
import { describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { inquiryInput, LOG, useInquirySuite } from './inquiry-fixtures.js';
import { dataOf, errorOf } from './network-fixtures.js';

const PLAN = graphql(`
  mutation PlanActivityFromInquiry($input: PlanActivityFromInquiryInput!) {
    planActivityFromInquiry(input: $input) {
      inquiry {
        ...InquiryFields
      }
      activity {
        id
        plannedFromInquiryId
        type
        status
        title
        date
        audiences
        themes {
          id
        }
      }
    }
  }
`);

describe.each(testBackends())('activities planned from inquiries on $name', (backend) => {
  const s = useInquirySuite(backend);
  const { tokens } = s;

  it('makes a planned activity of a school asking for a talk, linked both ways, once', async () => {
    const request = dataOf(
      await s.gateway.run(
        LOG,
        {
          input: inquiryInput({
            channel: 'EMAIL',
            inquirerType: 'PUBLIC_SERVICE',
            publicServiceType: 'SCHOOL',
            actions: ['TALK_OR_COURSE_REQUESTED'],
            person: null,
            consents: [],
            interestList: [],
          }),
        },
        tokens.staff,
      ),
    ).logInquiry;
    const plan = { inquiryId: request.id, title: 'Foredrag om sorg', date: '2027-02-10', place: 'Skolen' };
    const planned = dataOf(await s.gateway.run(PLAN, { input: plan }, tokens.staff)).planActivityFromInquiry;
    expect(planned.activity).toMatchObject({
      type: 'TALK',
      status: 'PLANNED',
      title: 'Foredrag om sorg',
      audiences: ['SCHOOLS'],
      themes: [{ id: 'grief' }],
    });
    expect(planned.inquiry.activity).toEqual({ id: planned.activity.id, status: 'PLANNED' });
    expect(planned.activity.plannedFromInquiryId).toBe(request.id);
    expect(errorOf(await s.gateway.run(PLAN, { input: plan }, tokens.staff))).toMatchObject({
      code: 'CONFLICT',
      reason: 'INQUIRY_ACTIVITY_ALREADY_PLANNED',
      field: 'input.inquiryId',
    });
    const other = await createTestInquiry(s.db);
    expect(errorOf(await s.gateway.run(PLAN, { input: { ...plan, inquiryId: other.id } }, tokens.staff))).toMatchObject(
      {
        code: 'BAD_USER_INPUT',
        reason: 'INQUIRY_NOT_A_TALK_REQUEST',
      },
    );
  });
});
