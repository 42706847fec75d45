import { districtScope, municipalitiesInDistrict, NATIONAL_SCOPE, PARTNER_TYPES } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { countQueries } from '../../database.js';
import {
  createTestActivity,
  createTestFacilitator,
  createTestGroup,
  createTestPartner,
  testBackends,
  outreachAsTheGatewayDoes,
  refusalOf,
} from '../../testing/index.js';

const vest = districtScope('vest');
const nord = districtScope('nord');
const midt = districtScope('midt');
const now = new Date('2026-11-22T10:00:00.000Z');

// The rules are the domain's, run as the gateway's service runs them (facts → rule → write).
const networkRule = refusalOf;

describe.each(testBackends())('OutreachRepository outcomes and network map on $name', ({ open }) => {
  let db: Database;
  const outreach = () => db.repositories.outreach;
  const asTheGateway = () => outreachAsTheGatewayDoes(db);

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('links completed activities to what came of them, under the rules', async () => {
    const partner = await createTestPartner(db, { type: 'MUNICIPALITY', name: 'Askøy kommune' });
    const newcomer = await createTestPartner(db, { name: 'Ny frivilligsentral' });
    const day = await createTestActivity(db, {
      type: 'PROFESSIONAL_DAY',
      partnerIds: [partner.id],
      participantCount: 40,
      date: '2026-09-01',
    });
    const talk = await createTestActivity(db, { partnerIds: [partner.id], participantCount: 12, date: '2026-10-01' });
    const planned = await createTestActivity(db, {
      status: 'PLANNED',
      participantCount: null,
      date: '2026-12-01',
      partnerIds: [partner.id],
    });
    const [groupB, groupA, northern] = await Promise.all([
      createTestGroup(db, { data: { name: 'B-gruppe' } }),
      createTestGroup(db, { data: { name: 'A-gruppe' } }),
      createTestGroup(db, { data: { districtId: 'nord' } }),
    ]);
    const facilitator = await createTestFacilitator(db);
    await db.repositories.facilitators.forget(vest, facilitator.id, now);

    let tick = 0;
    const outcome = (
      activityId: string,
      kind: 'GROUP_STARTED' | 'FACILITATOR_RECRUITED' | 'NEW_PARTNER',
      targetId: string,
      scope = vest,
    ) =>
      asTheGateway().addOutcome(scope, {
        activityId,
        data: { kind, targetId, note: null },
        now: new Date(now.getTime() + (tick += 1000)),
      });
    expect(await outcome(day.id, 'GROUP_STARTED', groupB.id, nord)).toBeNull();
    expect(await outcome('nope', 'GROUP_STARTED', groupB.id)).toBeNull();
    expect(await networkRule(outcome(planned.id, 'GROUP_STARTED', groupB.id))).toBe('ACTIVITY_NOT_COMPLETED');
    expect(await networkRule(outcome(day.id, 'GROUP_STARTED', northern.id))).toBe('OUTCOME_TARGET_NOT_FOUND');
    expect(await networkRule(outcome(day.id, 'GROUP_STARTED', facilitator.id))).toBe('OUTCOME_TARGET_NOT_FOUND');
    expect(await networkRule(outcome(day.id, 'NEW_PARTNER', 'x'))).toBe('OUTCOME_TARGET_NOT_FOUND');

    const started = await outcome(day.id, 'GROUP_STARTED', groupB.id);
    expect(started).toMatchObject({
      activityId: day.id,
      districtId: 'vest',
      kind: 'GROUP_STARTED',
      groupId: groupB.id,
      facilitatorId: null,
      partnerId: null,
    });
    expect(await networkRule(outcome(day.id, 'GROUP_STARTED', groupB.id))).toBe('OUTCOME_ALREADY_LINKED');
    await outcome(day.id, 'GROUP_STARTED', groupA.id);
    await outcome(talk.id, 'GROUP_STARTED', groupB.id);
    // A forgotten facilitator still exists (anonymously).
    expect(await outcome(day.id, 'FACILITATOR_RECRUITED', facilitator.id)).toMatchObject({
      facilitatorId: facilitator.id,
    });
    const recruited = await outcome(talk.id, 'NEW_PARTNER', newcomer.id);

    const outcomes = await outreach().outcomesFor(vest, [day.id, talk.id, planned.id]);
    expect(outcomes.get(day.id)!.map((item) => item.kind)).toEqual([
      'GROUP_STARTED',
      'GROUP_STARTED',
      'FACILITATOR_RECRUITED',
    ]);
    expect(outcomes.get(talk.id)!.map((item) => item.kind)).toEqual(['GROUP_STARTED', 'NEW_PARTNER']);
    expect(outcomes.get(planned.id)).toEqual([]);
    expect((await outreach().outcomesFor(nord, [day.id])).get(day.id)).toEqual([]);

    expect((await outreach().groupsStartedWithPartners(vest, [partner.id, newcomer.id])).get(partner.id)).toEqual([
      groupA.id,
      groupB.id,
    ]);
    expect((await outreach().groupsStartedWithPartners(nord, [partner.id])).get(partner.id)).toEqual([]);
    const origins = await outreach().originActivitiesOfGroups(vest, [groupA.id, groupB.id]);
    expect(origins.get(groupB.id)!.map((item) => item.id)).toEqual([talk.id, day.id]);
    expect(origins.get(groupA.id)!.map((item) => item.id)).toEqual([day.id]);
    const ofPartners = await outreach().activitiesOfPartners(vest, [partner.id, newcomer.id]);
    expect(ofPartners.get(partner.id)!.map((item) => item.id)).toEqual([planned.id, talk.id, day.id]);
    expect(ofPartners.get(newcomer.id)).toEqual([]);
    expect((await outreach().activitiesOfPartners(nord, [partner.id])).get(partner.id)).toEqual([]);

    // Groups started count once per total, however many activities they came out of.
    const totals = await outreach().totals(vest, { partnerId: partner.id, statuses: ['COMPLETED'] });
    expect(totals).toMatchObject({ activities: 2, participants: 52, groupsStarted: 2 });
    expect(totals.byType.find((row) => row.type === 'PROFESSIONAL_DAY')).toMatchObject({
      activities: 1,
      groupsStarted: 2,
    });
    expect(totals.byType.find((row) => row.type === 'TALK')).toMatchObject({ activities: 1, groupsStarted: 1 });

    expect(await outreach().removeOutcome(nord, recruited!.id)).toBeNull();
    expect(await outreach().removeOutcome(vest, recruited!.id)).toBe(talk.id);
    expect(await outreach().removeOutcome(vest, recruited!.id)).toBeNull();
  });

  it('maps the partners and groups of each municipality of the district', async () => {
    expect(await outreach().networkMap(vest, 'midt')).toBeNull();
    const empty = await outreach().networkMap(midt, 'midt');
    const municipalities = municipalitiesInDistrict('midt');
    expect(empty!.municipalities).toHaveLength(municipalities.length);
    expect(
      empty!.municipalities.every(
        (row) => row.partners === 0 && row.groups === 0 && row.activePartnersByType.length === 0,
      ),
    ).toBe(true);
    const names = empty!.municipalities.map(
      (row) => municipalities.find((municipality) => municipality.number === row.municipalityNumber)!.name,
    );
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')));

    await Promise.all([
      createTestPartner(db, { districtId: 'midt', municipalityNumber: '5001', type: 'LIBRARY' }),
      createTestPartner(db, { districtId: 'midt', municipalityNumber: '5001', type: 'LIBRARY' }),
      createTestPartner(db, { districtId: 'midt', municipalityNumber: '5001', type: 'NAV_OFFICE' }),
      createTestPartner(db, { districtId: 'midt', municipalityNumber: '5001', type: 'SCHOOL', status: 'PROSPECT' }),
      createTestPartner(db, { districtId: 'midt', municipalityNumber: '5006', type: 'DPS', status: 'DORMANT' }),
      // Works with the district from elsewhere (a national user organisation in Oslo).
      createTestPartner(db, { districtId: 'midt', municipalityNumber: '0301', type: 'USER_ORGANISATION' }),
      createTestPartner(db, { districtId: 'vest', municipalityNumber: '5001', type: 'LIBRARY' }),
      createTestGroup(db, { data: { districtId: 'midt', municipalityNumber: '5001' } }),
      createTestGroup(db, { data: { districtId: 'midt', municipalityNumber: '5025' }, status: 'STARTING' }),
      createTestGroup(db, { data: { districtId: 'midt', municipalityNumber: '5025' }, status: 'IDEA' }),
      createTestGroup(db, { data: { districtId: 'midt', municipalityNumber: '5021' }, status: 'CLOSED' }),
    ]);
    const { count, result: map } = await countQueries(db, () => outreach().networkMap(NATIONAL_SCOPE, 'midt'));
    expect(count).toBeLessThanOrEqual(3);
    const row = (number: string) => map!.municipalities.find((item) => item.municipalityNumber === number)!;
    expect(row('5001')).toEqual({
      municipalityNumber: '5001',
      activePartners: 3,
      partners: 4,
      groups: 1,
      activePartnersByType: [
        { type: 'NAV_OFFICE', count: 1 },
        { type: 'LIBRARY', count: 2 },
      ],
    });
    expect(row('5006')).toMatchObject({ activePartners: 0, partners: 1, groups: 0, activePartnersByType: [] });
    expect(row('5025')).toMatchObject({ partners: 0, groups: 1 });
    expect(row('5021')).toMatchObject({ partners: 0, groups: 0 });
    expect(map!.activePartnersByType.map((entry) => entry.type)).toEqual([...PARTNER_TYPES]);
    expect(map!.activePartnersByType.filter((entry) => entry.count > 0)).toEqual([
      { type: 'NAV_OFFICE', count: 1 },
      { type: 'USER_ORGANISATION', count: 1 },
      { type: 'LIBRARY', count: 2 },
    ]);
    expect(map!.activePartnersElsewhere).toBe(1);
    const neither = map!.municipalities
      .filter((item) => item.partners === 0 && item.groups === 0)
      .map((item) => item.municipalityNumber);
    expect(neither).toContain('5021');
    expect(neither).not.toContain('5001');
    expect(neither).toHaveLength(municipalities.length - 3);
  });
});
