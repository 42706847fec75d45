import { clearPartnerNetwork, testBackends } from '@selvhjelp/db/testing';
import { ACTIVITY_TYPES, addMonths, parseCsv } from '@selvhjelp/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { GROUP_VENUE } from './group-fixtures.js';
import type { TestGateway } from './harness.js';
import { useTestGateway } from './suite.js';
import {
  ADD_OUTCOME,
  CREATE_ACTIVITY,
  UPDATE_ACTIVITY,
  activityInput,
  createActivity,
  createGroup,
  createPartner,
  dataOf,
  errorOf,
} from './network-fixtures.js';

const TODAY = '2026-11-22';

const TOTALS = graphql(`
  query OutreachActivityTotals($filter: ActivityFilter) {
    activityTotals(filter: $filter) {
      activities
      participants
      groupsStarted
      byType {
        type
        activities
        participants
        groupsStarted
      }
      byDistrict {
        district {
          id
        }
        activities
      }
    }
  }
`);
const CSV = graphql(`
  query OutreachActivitiesCsvExport($filter: ActivityFilter) {
    outreachActivitiesCsv(filter: $filter)
  }
`);
const ACTIVITY_COUNT = graphql(`
  query OutreachActivityCountForTotals($filter: ActivityFilter) {
    outreachActivities(filter: $filter) {
      totalCount
    }
  }
`);
const ACTIVITY_ID = graphql(`
  query OutreachActivityIdForTotals($id: ID!) {
    outreachActivity(id: $id) {
      id
    }
  }
`);

describe.each(testBackends())('outreach totals and export on $name', (backend) => {
  const suite = useTestGateway(backend, {
    at: '2026-11-22T10:00:00Z',
    // The demo network would blur the exact sets these tests count.
    prepare: clearPartnerNetwork,
    users: { vest: { districtId: 'vest' }, sorvest: { districtId: 'sorvest' }, national: { role: 'NATIONAL' } },
  });
  let gateway: TestGateway;
  let vest: string;
  let sorvest: string;
  let national: string;
  beforeAll(() => {
    ({
      gateway,
      tokens: { vest, sorvest, national },
    } = suite);
  });

  it('acceptance 2: totals per type for the last 12 months, and the CSV rows add up to the same numbers', async () => {
    const stavanger = { municipalityNumber: '1103', place: 'Sølvberget' };
    const partner = await createPartner(gateway, sorvest, {
      name: 'Stavanger kommune',
      municipalityNumber: '1103',
      postalCode: '4005',
      postalPlace: 'Stavanger',
    });
    const made = [
      await createActivity(gateway, sorvest, {
        ...stavanger,
        type: 'TALK',
        date: '2026-01-10',
        participantCount: 30,
        partnerIds: [partner.id],
      }),
      await createActivity(gateway, sorvest, { ...stavanger, type: 'TALK', date: '2026-03-05', participantCount: 12 }),
      await createActivity(gateway, sorvest, {
        ...stavanger,
        type: 'PROFESSIONAL_DAY',
        date: '2026-09-15',
        participantCount: 80,
        partnerIds: [partner.id],
      }),
      await createActivity(gateway, sorvest, {
        ...stavanger,
        type: 'STAND',
        date: '2025-11-22',
        participantCount: 200,
      }),
      await createActivity(gateway, sorvest, {
        ...stavanger,
        type: 'NETWORK_MEETING',
        status: 'PLANNED',
        date: '2026-12-10',
        participantCount: null,
      }),
      await createActivity(gateway, sorvest, {
        ...stavanger,
        type: 'INFORMATION_MEETING',
        status: 'CANCELLED',
        date: '2026-05-01',
        participantCount: null,
      }),
    ];
    // Outside the period: a day too early, and a day too late.
    await createActivity(gateway, sorvest, { ...stavanger, type: 'TALK', date: '2025-11-21', participantCount: 1000 });
    await createActivity(gateway, sorvest, {
      ...stavanger,
      type: 'TALK',
      status: 'PLANNED',
      date: '2026-11-23',
      participantCount: null,
    });
    const group = await createGroup(gateway, sorvest, {
      municipalityNumber: '1103',
      venue: { ...GROUP_VENUE, postalCode: '4005', postalPlace: 'Stavanger' },
    });
    dataOf(
      await gateway.run(
        ADD_OUTCOME,
        { input: { activityId: made[2]!.id, kind: 'GROUP_STARTED', targetId: group.id } },
        sorvest,
      ),
    );

    const filter = { from: addMonths(TODAY, -12), to: TODAY };
    const totals = dataOf(await gateway.run(TOTALS, { filter }, sorvest)).activityTotals;
    const expected: Record<string, [number, number, number]> = {
      TALK: [2, 42, 0],
      INFORMATION_MEETING: [1, 0, 0],
      PROFESSIONAL_DAY: [1, 80, 1],
      STAND: [1, 200, 0],
      PUBLIC_SERVICE_COURSE: [0, 0, 0],
      NETWORK_MEETING: [0, 0, 0],
      PARTNER_MEETING: [0, 0, 0],
    };
    expect(totals.byType.map((row) => row.type)).toEqual([...ACTIVITY_TYPES]);
    expect(
      Object.fromEntries(totals.byType.map((row) => [row.type, [row.activities, row.participants, row.groupsStarted]])),
    ).toEqual(expected);
    expect(totals).toMatchObject({
      activities: 5,
      participants: 322,
      groupsStarted: 1,
      byDistrict: [{ district: { id: 'sorvest' }, activities: 5 }],
    });

    const csv = dataOf(await gateway.run(CSV, { filter }, sorvest)).outreachActivitiesCsv;
    expect(csv.startsWith('\uFEFFdato;type;')).toBe(true);
    const [header, ...rows] = parseCsv(csv);
    const column = (name: string) => header!.indexOf(name);
    const fromCsv: Record<string, [number, number]> = {};
    for (const row of rows) {
      const type = row[column('type')]!;
      const [count, participants] = fromCsv[type] ?? [0, 0];
      fromCsv[type] = [count + 1, participants + Number(row[column('deltakere')] || 0)];
    }
    expect(fromCsv).toEqual({ Foredrag: [2, 42], Informasjonsmøte: [1, 0], Fagdag: [1, 80], Stand: [1, 200] });
    expect(rows.map((row) => row[column('dato')])).toEqual([
      '2026-09-15',
      '2026-05-01',
      '2026-03-05',
      '2026-01-10',
      '2025-11-22',
    ]);
    const fagdag = rows.find((row) => row[column('type')] === 'Fagdag')!;
    expect(fagdag[column('samarbeidspartnere')]).toBe('Stavanger kommune');
    expect(fagdag[column('resultater')]).toBe('1');

    const page = dataOf(await gateway.run(ACTIVITY_COUNT, { filter }, sorvest));
    expect(page.outreachActivities.totalCount).toBe(5);
    const byPartner = dataOf(
      await gateway.run(TOTALS, { filter: { ...filter, partnerId: partner.id } }, sorvest),
    ).activityTotals;
    expect(byPartner).toMatchObject({ activities: 2, participants: 110 });
  });

  // After acceptance 2, so sorvest has activities of its own to count.
  it('hides other districts’ activities, lets national users read totals across districts and write nothing', async () => {
    const activity = await createActivity(gateway, vest, { title: 'Stand på Festplassen', type: 'STAND' });
    const read = await gateway.run(ACTIVITY_ID, { id: activity.id }, sorvest);
    expect(errorOf(read)?.code).toBe('NOT_FOUND');
    expect(
      errorOf(
        await gateway.run(
          UPDATE_ACTIVITY,
          { input: { id: activity.id, version: 1, activity: activityInput() } },
          sorvest,
        ),
      )?.code,
    ).toBe('NOT_FOUND');
    const narrowed = await gateway.run(ACTIVITY_COUNT, { filter: { districtId: 'vest' } }, sorvest);
    expect(dataOf(narrowed).outreachActivities.totalCount).toBe(0);

    const totals = dataOf(await gateway.run(TOTALS, {}, national)).activityTotals;
    expect(totals.byDistrict.map((row) => row.district.id)).toEqual(expect.arrayContaining(['vest', 'sorvest']));
    const vestOnly = dataOf(await gateway.run(TOTALS, { filter: { districtId: 'vest' } }, national)).activityTotals;
    expect(vestOnly.byDistrict.map((row) => row.district.id)).toEqual(['vest']);
    expect(vestOnly.activities).toBe(dataOf(await gateway.run(TOTALS, {}, vest)).activityTotals.activities);
    expect(errorOf(await gateway.run(CREATE_ACTIVITY, { activity: activityInput() }, national))?.code).toBe(
      'FORBIDDEN',
    );
  });
});
