import type { Database } from '@selvhjelp/db';
import { countQueries } from '@selvhjelp/db';
import { clearPartnerNetwork, createTestActivity, createTestPartner, testBackends } from '@selvhjelp/db/testing';
import { ACTIVITY_TYPES, addMonths, municipalitiesInDistrict, parseCsv } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP_FIELDS, groupInput } from './group-fixtures.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import type { ActivityShape } from './network-fixtures.js';
import {
  ADD_OUTCOME,
  CREATE_ACTIVITY,
  UPDATE_ACTIVITY,
  activityCount,
  activityInput,
  createActivity,
  createPartner,
  dataOf,
  errorOf,
} from './network-fixtures.js';

const TODAY = '2026-11-22';

interface TotalsShape {
  activities: number;
  participants: number;
  groupsStarted: number;
  byType: { type: string; activities: number; participants: number; groupsStarted: number }[];
  byDistrict: { district: { id: string }; activities: number }[];
}
const TOTALS =
  'query ($filter: ActivityFilter) { activityTotals(filter: $filter) { activities participants groupsStarted byType { type activities participants groupsStarted } byDistrict { district { id } activities } } }';

describe.each(testBackends())('outreach log on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;
  let vest: string;
  let sorvest: string;
  let national: string;

  beforeAll(async () => {
    db = await backend.open();
    gateway = await startTestGateway(db);
    // The demo network would blur the exact sets these tests count.
    await clearPartnerNetwork(db);
    gateway.clock.now = new Date('2026-11-22T10:00:00Z');
    vest = await gateway.login('vest.ansatt@demo.selvhjelp.no');
    sorvest = await gateway.login('sorvest.ansatt@demo.selvhjelp.no');
    national = await gateway.login('nasjonal@demo.selvhjelp.no');
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  async function createGroup(token: string, overrides: Record<string, unknown> = {}) {
    return dataOf(
      await gateway.gql<{ createGroup: { id: string; version: number } }>(
        `mutation ($input: CreateGroupInput!) { createGroup(input: $input) { ${GROUP_FIELDS} } }`,
        { input: { group: groupInput(overrides) } },
        token,
      ),
    ).createGroup;
  }

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
    const group = await createGroup(sorvest, {
      municipalityNumber: '1103',
      venue: { ...groupInput().venue, postalCode: '4005', postalPlace: 'Stavanger' },
    });
    dataOf(
      await gateway.gql(
        ADD_OUTCOME,
        { input: { activityId: made[2]!.id, kind: 'GROUP_STARTED', targetId: group.id } },
        sorvest,
      ),
    );

    const filter = { from: addMonths(TODAY, -12), to: TODAY };
    const totals = dataOf(
      await gateway.gql<{ activityTotals: TotalsShape }>(TOTALS, { filter }, sorvest),
    ).activityTotals;
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

    const csv = dataOf(
      await gateway.gql<{ outreachActivitiesCsv: string }>(
        'query ($filter: ActivityFilter) { outreachActivitiesCsv(filter: $filter) }',
        { filter },
        sorvest,
      ),
    ).outreachActivitiesCsv;
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

    const page = dataOf(
      await gateway.gql<{ outreachActivities: { totalCount: number } }>(
        'query ($filter: ActivityFilter) { outreachActivities(filter: $filter) { totalCount } }',
        { filter },
        sorvest,
      ),
    );
    expect(page.outreachActivities.totalCount).toBe(5);
    const byPartner = dataOf(
      await gateway.gql<{ activityTotals: TotalsShape }>(
        TOTALS,
        { filter: { ...filter, partnerId: partner.id } },
        sorvest,
      ),
    ).activityTotals;
    expect(byPartner).toMatchObject({ activities: 2, participants: 110 });
  });

  it('acceptance 3: the network map lists exactly the municipalities with neither an active partner nor a group', async () => {
    const sor = await gateway.login('sor.ansatt@demo.selvhjelp.no');
    const MAP =
      'query { networkMap { district { id } withNeither { number name } withoutActivePartner { number } withoutGroup { number } activePartnersByType { type count } municipalities { municipality { number } activePartners partners groups } } }';
    type MapShape = {
      district: { id: string };
      withNeither: { number: string; name: string }[];
      withoutActivePartner: { number: string }[];
      withoutGroup: { number: string }[];
      activePartnersByType: { type: string; count: number }[];
      municipalities: { municipality: { number: string }; activePartners: number; partners: number; groups: number }[];
    };
    const before = dataOf(await gateway.gql<{ networkMap: MapShape }>(MAP, {}, sor)).networkMap;

    // The state the map should reflect: groups starting, running or paused, and active partners, from the registry itself.
    const withGroup = new Set<string>();
    let after: string | null = null;
    do {
      const page: {
        groups: {
          edges: { node: { municipality: { number: string } } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = dataOf(
        await gateway.gql(
          'query ($after: String) { groups(first: 100, after: $after, filter: { statuses: [STARTING, RUNNING, PAUSED] }) { edges { node { municipality { number } } } pageInfo { hasNextPage endCursor } } }',
          { after },
          sor,
        ),
      );
      page.groups.edges.forEach((edge) => withGroup.add(edge.node.municipality.number));
      after = page.groups.pageInfo.hasNextPage ? page.groups.pageInfo.endCursor : null;
    } while (after);
    const all = municipalitiesInDistrict('sor');
    const expectedBefore = all
      .filter((municipality) => !withGroup.has(municipality.number))
      .map((municipality) => municipality.number);
    expect(before.withNeither.map((municipality) => municipality.number).sort()).toEqual(expectedBefore.sort());
    expect(before.municipalities).toHaveLength(all.length);
    expect(expectedBefore.length).toBeGreaterThan(3);

    // An active partner and a starting group take two municipalities off the list; a prospect and an idea do not.
    const [activeHere, groupHere, prospectHere, ideaHere] = before.withNeither.map(
      (municipality) => municipality.number,
    );
    await createPartner(gateway, sor, {
      name: 'Aktiv partner',
      municipalityNumber: activeHere,
      postalCode: null,
      postalPlace: null,
      status: 'ACTIVE',
      type: 'NAV_OFFICE',
    });
    await createPartner(gateway, sor, {
      name: 'Aktuell partner',
      municipalityNumber: prospectHere,
      postalCode: null,
      postalPlace: null,
      status: 'PROSPECT',
    });
    const starting = await createGroup(sor, {
      municipalityNumber: groupHere,
      venue: { ...groupInput().venue, postalCode: '4608', postalPlace: 'Kristiansand' },
    });
    dataOf(
      await gateway.gql(
        'mutation ($input: ChangeGroupStatusInput!) { changeGroupStatus(input: $input) { id } }',
        { input: { id: starting.id, version: starting.version, status: 'STARTING', reason: 'Igangsetter funnet' } },
        sor,
      ),
    );
    await createGroup(sor, {
      municipalityNumber: ideaHere,
      venue: { ...groupInput().venue, postalCode: '4608', postalPlace: 'Kristiansand' },
    });

    const map = dataOf(await gateway.gql<{ networkMap: MapShape }>(MAP, {}, sor)).networkMap;
    expect(map.district.id).toBe('sor');
    expect(map.withNeither.map((municipality) => municipality.number)).toEqual(
      before.withNeither
        .map((municipality) => municipality.number)
        .filter((number) => number !== activeHere && number !== groupHere),
    );
    expect(map.withoutActivePartner.map((municipality) => municipality.number)).not.toContain(activeHere);
    expect(map.withoutGroup.map((municipality) => municipality.number)).not.toContain(groupHere);
    expect(map.activePartnersByType.find((row) => row.type === 'NAV_OFFICE')?.count).toBe(1);
    expect(map.municipalities.find((row) => row.municipality.number === prospectHere)).toMatchObject({
      activePartners: 0,
      partners: 1,
      groups: 0,
    });
    const names = map.withNeither.map((municipality) => municipality.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')));

    expect(
      errorOf(await gateway.gql('query { networkMap(districtId: "vest") { district { id } } }', {}, sor))?.code,
    ).toBe('NOT_FOUND');
    expect(errorOf(await gateway.gql('query { networkMap { district { id } } }', {}, national))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'districtId',
    });
    expect(
      dataOf(
        await gateway.gql<{ networkMap: MapShape }>(
          'query { networkMap(districtId: "sor") { district { id } withNeither { number name } } }',
          {},
          national,
        ),
      ).networkMap.withNeither,
    ).toEqual(map.withNeither);
  });

  it('refuses negative participants, an end before the start, a completed activity in the future and a bad period, writing nothing', async () => {
    const before = await activityCount(gateway, vest);
    const cases: [Record<string, unknown>, string][] = [
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
      const result = await gateway.gql(CREATE_ACTIVITY, { activity: activityInput(overrides) }, vest);
      expect(errorOf(result), JSON.stringify(overrides)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(
      dataOf(
        await gateway.gql<{ createOutreachActivity: ActivityShape }>(
          CREATE_ACTIVITY,
          { activity: activityInput({ status: 'PLANNED', date: '2026-11-23', participantCount: null }) },
          vest,
        ),
      ).createOutreachActivity.participantCount,
    ).toBeNull();
    expect(await activityCount(gateway, vest)).toBe(before + 1);
    const period = await gateway.gql(
      'query { outreachActivities(filter: { from: "2026-10-01", to: "2026-09-01" }) { totalCount } }',
      {},
      vest,
    );
    expect(errorOf(period)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
  });

  it('refuses a stale edit with CONFLICT, outcomes on activities that have not happened, and targets of another district', async () => {
    const planned = await createActivity(gateway, vest, {
      status: 'PLANNED',
      date: '2026-12-01',
      participantCount: null,
    });
    const update = (version: number, title: string) =>
      gateway.gql<{ updateOutreachActivity: ActivityShape }>(
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
    const negative = await gateway.gql(
      UPDATE_ACTIVITY,
      { input: { id: planned.id, version: 2, activity: activityInput({ participantCount: -5 }) } },
      vest,
    );
    expect(errorOf(negative)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.activity.participantCount' });

    const group = await createGroup(vest, { name: 'Gruppe uten fullført aktivitet' });
    expect(
      errorOf(
        await gateway.gql(
          ADD_OUTCOME,
          { input: { activityId: planned.id, kind: 'GROUP_STARTED', targetId: group.id } },
          vest,
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ACTIVITY_NOT_COMPLETED', field: 'input.activityId' });
    const done = await createActivity(gateway, vest);
    const nordGroup = await createGroup(await gateway.login('nord.ansatt@demo.selvhjelp.no'), {
      municipalityNumber: '5501',
      venue: { ...groupInput().venue, postalCode: '9008', postalPlace: 'Tromsø' },
    });
    expect(
      errorOf(
        await gateway.gql(
          ADD_OUTCOME,
          { input: { activityId: done.id, kind: 'GROUP_STARTED', targetId: nordGroup.id } },
          vest,
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUTCOME_TARGET_NOT_FOUND', field: 'input.targetId' });

    const outcome = dataOf(
      await gateway.gql<{ addActivityOutcome: { id: string } }>(
        ADD_OUTCOME,
        { input: { activityId: done.id, kind: 'GROUP_STARTED', targetId: group.id } },
        vest,
      ),
    ).addActivityOutcome;
    const removed = await gateway.gql<{ removeActivityOutcome: { id: string; outcomes: unknown[] } }>(
      `mutation { removeActivityOutcome(id: "${outcome.id}") { id outcomes { id } } }`,
      {},
      vest,
    );
    expect(dataOf(removed).removeActivityOutcome).toEqual({ id: done.id, outcomes: [] });
  });

  it('deletes an activity entered by mistake with its outcomes: own district, current version only', async () => {
    const activity = await createActivity(gateway, vest, { title: 'Registrert to ganger' });
    const group = await createGroup(vest, { name: 'Gruppe fra dobbeltregistrering' });
    dataOf(
      await gateway.gql(
        ADD_OUTCOME,
        { input: { activityId: activity.id, kind: 'GROUP_STARTED', targetId: group.id } },
        vest,
      ),
    );
    const REMOVE = 'mutation ($id: ID!, $version: Int!) { removeOutreachActivity(id: $id, version: $version) }';
    expect(errorOf(await gateway.gql(REMOVE, { id: activity.id, version: activity.version }, sorvest))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(errorOf(await gateway.gql(REMOVE, { id: activity.id, version: activity.version }, national))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(errorOf(await gateway.gql(REMOVE, { id: activity.id, version: activity.version + 1 }, vest))).toMatchObject({
      code: 'CONFLICT',
      field: 'version',
    });
    expect(
      dataOf(
        await gateway.gql<{ removeOutreachActivity: string }>(
          REMOVE,
          { id: activity.id, version: activity.version },
          vest,
        ),
      ).removeOutreachActivity,
    ).toBe(activity.id);
    expect(
      errorOf(await gateway.gql(`query { outreachActivity(id: "${activity.id}") { id } }`, {}, vest)),
    ).toMatchObject({ code: 'NOT_FOUND' });
    // The group stays; only the link to the activity is gone.
    const origin = dataOf(
      await gateway.gql<{ group: { originActivities: unknown[] } }>(
        `query { group(id: "${group.id}") { originActivities { id } } }`,
        {},
        vest,
      ),
    );
    expect(origin.group.originActivities).toEqual([]);
  });

  it('hides other districts’ activities, lets national users read totals across districts and write nothing', async () => {
    const activity = await createActivity(gateway, vest, { title: 'Stand på Festplassen', type: 'STAND' });
    const read = await gateway.gql(`query { outreachActivity(id: "${activity.id}") { id } }`, {}, sorvest);
    expect(errorOf(read)?.code).toBe('NOT_FOUND');
    expect(
      errorOf(
        await gateway.gql(
          UPDATE_ACTIVITY,
          { input: { id: activity.id, version: 1, activity: activityInput() } },
          sorvest,
        ),
      )?.code,
    ).toBe('NOT_FOUND');
    const narrowed = await gateway.gql<{ outreachActivities: { totalCount: number } }>(
      'query { outreachActivities(filter: { districtId: "vest" }) { totalCount } }',
      {},
      sorvest,
    );
    expect(dataOf(narrowed).outreachActivities.totalCount).toBe(0);

    const totals = dataOf(await gateway.gql<{ activityTotals: TotalsShape }>(TOTALS, {}, national)).activityTotals;
    expect(totals.byDistrict.map((row) => row.district.id)).toEqual(expect.arrayContaining(['vest', 'sorvest']));
    const vestOnly = dataOf(
      await gateway.gql<{ activityTotals: TotalsShape }>(TOTALS, { filter: { districtId: 'vest' } }, national),
    ).activityTotals;
    expect(vestOnly.byDistrict.map((row) => row.district.id)).toEqual(['vest']);
    expect(vestOnly.activities).toBe(
      dataOf(await gateway.gql<{ activityTotals: TotalsShape }>(TOTALS, {}, vest)).activityTotals.activities,
    );
    expect(errorOf(await gateway.gql(CREATE_ACTIVITY, { activity: activityInput() }, national))?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('costs the same number of SQL statements for 20 and 100 activities with staff, partners, outcomes and themes', async () => {
    const innlandet = await gateway.login('innlandet.ansatt@demo.selvhjelp.no');
    const me = dataOf(await gateway.gql<{ me: { id: string } }>('query { me { id } }', {}, innlandet)).me;
    const partners = [];
    for (let index = 0; index < 5; index += 1)
      partners.push(await createTestPartner(db, { districtId: 'innlandet', postalCode: '2317', postalPlace: 'Hamar' }));
    for (let index = 0; index < 105; index += 1) {
      await createTestActivity(db, {
        districtId: 'innlandet',
        title: `Aktivitet ${index}`,
        staffUserIds: [me.id],
        partnerIds: [partners[index % 5]!.id],
        themeIds: ['grief'],
      });
    }
    const query = (
      first: number,
    ) => `query { outreachActivities(first: ${first}) { totalCount edges { node { id title district { id } municipality { name }
      staff { name } partners { name lastContactOn } themes { id } outcomes { kind group { id } } } } } }`;
    const twenty = await countQueries(db, () => gateway.gql(query(20), {}, innlandet));
    const hundred = await countQueries(db, () => gateway.gql(query(100), {}, innlandet));
    expect((hundred.result as { errors?: unknown }).errors).toBeUndefined();
    expect(
      (hundred.result as { data: { outreachActivities: { edges: unknown[] } } }).data.outreachActivities.edges,
    ).toHaveLength(100);
    expect(hundred.count).toBe(twenty.count);
  });
});
