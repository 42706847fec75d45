import type { Database } from '@selvhjelp/db';
import {
  clearPartnerNetwork,
  createSignedInStaffUser,
  createTestActivity,
  createTestPartner,
  testBackends,
} from '@selvhjelp/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { ActivityInput } from './generated/graphql.js';
import { GROUP_VENUE } from './group-fixtures.js';
import type { TestGateway } from './harness.js';
import { countRequestStatements } from './harness.js';
import { useTestGateway } from './suite.js';
import {
  ADD_OUTCOME,
  CREATE_ACTIVITY,
  UPDATE_ACTIVITY,
  activityCount,
  activityInput,
  createActivity,
  createGroup,
  dataOf,
  errorOf,
} from './network-fixtures.js';

const ACTIVITIES_IN_PERIOD = graphql(`
  query OutreachActivitiesInPeriod($filter: ActivityFilter) {
    outreachActivities(filter: $filter) {
      totalCount
    }
  }
`);
const REMOVE_OUTCOME = graphql(`
  mutation RemoveOutreachActivityOutcome($id: ID!) {
    removeActivityOutcome(id: $id) {
      id
      outcomes {
        id
      }
    }
  }
`);
const REMOVE = graphql(`
  mutation RemoveOutreachActivity($id: ID!, $version: Int!) {
    removeOutreachActivity(id: $id, version: $version)
  }
`);
const ACTIVITY_ID = graphql(`
  query OutreachActivityId($id: ID!) {
    outreachActivity(id: $id) {
      id
    }
  }
`);
const ORIGIN_ACTIVITIES = graphql(`
  query GroupOriginActivities($id: ID!) {
    group(id: $id) {
      originActivities {
        id
      }
    }
  }
`);
const ACTIVITY_LOG = graphql(`
  query OutreachActivityLogPage($first: Int!) {
    outreachActivities(first: $first) {
      totalCount
      edges {
        node {
          id
          title
          district {
            id
          }
          municipality {
            name
          }
          staff {
            name
          }
          partners {
            name
            lastContactOn
          }
          themes {
            id
          }
          outcomes {
            kind
            group {
              id
            }
          }
        }
      }
    }
  }
`);

describe.each(testBackends())('outreach log on $name', (backend) => {
  const suite = useTestGateway(backend, {
    at: '2026-11-22T10:00:00Z',
    // The demo network would blur the exact sets these tests count.
    prepare: clearPartnerNetwork,
    users: { vest: { districtId: 'vest' }, sorvest: { districtId: 'sorvest' }, national: { role: 'NATIONAL' } },
  });
  let db: Database;
  let gateway: TestGateway;
  let vest: string;
  let sorvest: string;
  let national: string;
  beforeAll(() => {
    ({
      db,
      gateway,
      tokens: { vest, sorvest, national },
    } = suite);
  });

  it('refuses negative participants, an end before the start, a completed activity in the future and a bad period, writing nothing', async () => {
    const before = await activityCount(gateway, vest);
    const cases: [Partial<ActivityInput>, string][] = [
      [{ participantCount: -1 }, 'activity.participantCount'],
      [{ startTime: '18:00', endTime: '17:00' }, 'activity.endTime'],
      [{ startTime: '18:00', endTime: null }, 'activity.endTime'],
      [{ date: '2026-11-23' }, 'activity.date'],
      [{ date: '2026-02-30' }, 'activity.date'],
      [{ place: null }, 'activity.place'],
      [{ status: 'COMPLETED', participantCount: null }, 'activity.participantCount'],
      [{ staffUserIds: ['00000000-0000-4000-8000-000000000000'] }, 'activity.staffUserIds'],
    ];
    for (const [overrides, field] of cases) {
      const result = await gateway.run(CREATE_ACTIVITY, { activity: activityInput(overrides) }, vest);
      expect(errorOf(result), JSON.stringify(overrides)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(
      dataOf(
        await gateway.run(
          CREATE_ACTIVITY,
          { activity: activityInput({ status: 'PLANNED', date: '2026-11-23', participantCount: null }) },
          vest,
        ),
      ).createOutreachActivity.participantCount,
    ).toBeNull();
    expect(await activityCount(gateway, vest)).toBe(before + 1);
    const period = await gateway.run(ACTIVITIES_IN_PERIOD, { filter: { from: '2026-10-01', to: '2026-09-01' } }, vest);
    expect(errorOf(period)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
  });

  it('refuses a stale edit with CONFLICT, outcomes on activities that have not happened, and targets of another district', async () => {
    const planned = await createActivity(gateway, vest, {
      status: 'PLANNED',
      date: '2026-12-01',
      participantCount: null,
    });
    const update = (version: number, title: string) =>
      gateway.run(
        UPDATE_ACTIVITY,
        {
          input: {
            id: planned.id,
            version,
            activity: activityInput({ status: 'PLANNED', date: '2026-12-01', participantCount: null, title }),
          },
        },
        vest,
      );
    expect(dataOf(await update(planned.version, 'Nytt foredrag')).updateOutreachActivity.version).toBe(2);
    expect(errorOf(await update(planned.version, 'Gammel tittel'))).toMatchObject({
      code: 'CONFLICT',
      field: 'input.version',
    });
    const negative = await gateway.run(
      UPDATE_ACTIVITY,
      { input: { id: planned.id, version: 2, activity: activityInput({ participantCount: -5 }) } },
      vest,
    );
    expect(errorOf(negative)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.activity.participantCount' });

    const group = await createGroup(gateway, vest, { name: 'Gruppe uten fullført aktivitet' });
    expect(
      errorOf(
        await gateway.run(
          ADD_OUTCOME,
          { input: { activityId: planned.id, kind: 'GROUP_STARTED', targetId: group.id } },
          vest,
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ACTIVITY_NOT_COMPLETED', field: 'input.activityId' });
    const done = await createActivity(gateway, vest);
    const { token: nord } = await createSignedInStaffUser(db, { districtId: 'nord' }, { now: gateway.clock.now });
    const nordGroup = await createGroup(gateway, nord, {
      municipalityNumber: '5501',
      venue: { ...GROUP_VENUE, postalCode: '9008', postalPlace: 'Tromsø' },
    });
    expect(
      errorOf(
        await gateway.run(
          ADD_OUTCOME,
          { input: { activityId: done.id, kind: 'GROUP_STARTED', targetId: nordGroup.id } },
          vest,
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUTCOME_TARGET_NOT_FOUND', field: 'input.targetId' });

    const outcome = dataOf(
      await gateway.run(
        ADD_OUTCOME,
        { input: { activityId: done.id, kind: 'GROUP_STARTED', targetId: group.id } },
        vest,
      ),
    ).addActivityOutcome;
    const removed = await gateway.run(REMOVE_OUTCOME, { id: outcome.id }, vest);
    expect(dataOf(removed).removeActivityOutcome).toEqual({ id: done.id, outcomes: [] });
  });

  it('deletes an activity entered by mistake with its outcomes: own district, current version only', async () => {
    const activity = await createActivity(gateway, vest, { title: 'Registrert to ganger' });
    const group = await createGroup(gateway, vest, { name: 'Gruppe fra dobbeltregistrering' });
    dataOf(
      await gateway.run(
        ADD_OUTCOME,
        { input: { activityId: activity.id, kind: 'GROUP_STARTED', targetId: group.id } },
        vest,
      ),
    );
    expect(errorOf(await gateway.run(REMOVE, { id: activity.id, version: activity.version }, sorvest))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(errorOf(await gateway.run(REMOVE, { id: activity.id, version: activity.version }, national))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(errorOf(await gateway.run(REMOVE, { id: activity.id, version: activity.version + 1 }, vest))).toMatchObject({
      code: 'CONFLICT',
      field: 'version',
    });
    expect(
      dataOf(await gateway.run(REMOVE, { id: activity.id, version: activity.version }, vest)).removeOutreachActivity,
    ).toBe(activity.id);
    expect(errorOf(await gateway.run(ACTIVITY_ID, { id: activity.id }, vest))).toMatchObject({ code: 'NOT_FOUND' });
    // The group stays; only the link to the activity is gone.
    const origin = dataOf(await gateway.run(ORIGIN_ACTIVITIES, { id: group.id }, vest));
    expect(origin.group.originActivities).toEqual([]);
  });

  it('costs the same number of SQL statements for 20 and 100 activities with staff, partners, outcomes and themes', async () => {
    const {
      token: innlandet,
      user: { id: innlandetId },
    } = await createSignedInStaffUser(db, { districtId: 'innlandet' }, { now: gateway.clock.now });
    const partners = [];
    for (let index = 0; index < 5; index += 1)
      partners.push(await createTestPartner(db, { districtId: 'innlandet', postalCode: '2317', postalPlace: 'Hamar' }));
    for (let index = 0; index < 105; index += 1) {
      await createTestActivity(db, {
        districtId: 'innlandet',
        title: `Aktivitet ${index}`,
        staffUserIds: [innlandetId],
        partnerIds: [partners[index % 5]!.id],
        themeIds: ['grief'],
      });
    }
    const twenty = await countRequestStatements(db, () => gateway.run(ACTIVITY_LOG, { first: 20 }, innlandet));
    const hundred = await countRequestStatements(db, () => gateway.run(ACTIVITY_LOG, { first: 100 }, innlandet));
    expect(hundred.result.errors).toBeUndefined();
    expect(hundred.result.data!.outreachActivities.edges).toHaveLength(100);
    expect(hundred.count).toBe(twenty.count);
  });
});
