import type { Database } from '@selvhjelp/db';
import { clearPartnerNetwork, createSignedInStaffUser, testBackends } from '@selvhjelp/db/testing';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { ActivityInput } from './generated/graphql.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import { createActivity, createPartner, dataOf, errorOf } from './network-fixtures.js';

const OUTREACH_CALENDAR = graphql(`
  query OutreachCalendar($districtId: ID) {
    outreachCalendar(districtId: $districtId)
  }
`);

// Read back with ical.js, as a calendar application would.
describe.each(testBackends())('outreach calendar on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
    // The demo network would blur the exact sets these tests count.
    await clearPartnerNetwork(db);
    gateway.clock.now = new Date('2026-11-22T10:00:00Z');
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  it('lists planned activities from 30 days back in Oslo time, all-day ones as dates, cancelled ones marked', async () => {
    const { token: midt } = await createSignedInStaffUser(db, { districtId: 'midt' });
    const partner = await createPartner(gateway, midt, {
      name: 'NAV Trondheim',
      type: 'NAV_OFFICE',
      municipalityNumber: '5001',
      postalCode: '7011',
      postalPlace: 'Trondheim',
    });
    const planned = {
      status: 'PLANNED',
      participantCount: null,
      municipalityNumber: '5001',
      place: 'Trondheim folkebibliotek',
    } satisfies Partial<ActivityInput>;
    const talk = await createActivity(gateway, midt, {
      ...planned,
      title: 'Foredrag, mestring; og fellesskap',
      date: '2026-12-03',
      startTime: '18:00',
      endTime: '19:30',
      partnerIds: [partner.id],
    });
    const stand = await createActivity(gateway, midt, {
      ...planned,
      type: 'STAND',
      title: 'Stand på Torvet',
      date: '2027-04-10',
      startTime: null,
      endTime: null,
    });
    const cancelled = await createActivity(gateway, midt, {
      ...planned,
      type: 'INFORMATION_MEETING',
      title: 'Avlyst infomøte',
      date: '2026-11-30',
      status: 'CANCELLED',
    });
    const recent = await createActivity(gateway, midt, {
      ...planned,
      title: 'Planlagt for tre uker siden',
      date: '2026-11-01',
    });
    await createActivity(gateway, midt, { ...planned, title: 'For lenge siden', date: '2026-10-01' });
    await createActivity(gateway, midt, { title: 'Gjennomført', date: '2026-11-20', municipalityNumber: '5001' });

    const ics = dataOf(await gateway.run(OUTREACH_CALENDAR, {}, midt)).outreachCalendar;
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Oslo');
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.summary)).toEqual([
      'Planlagt for tre uker siden',
      'Avlyst infomøte',
      'Foredrag, mestring; og fellesskap',
      'Stand på Torvet',
    ]);
    const byUid = new Map(events.map((event) => [event.uid, event]));

    const talkEvent = byUid.get(`outreach-${talk.id}@selvhjelp.no`)!;
    // 18:00 in Trondheim in December is 17:00 UTC.
    expect(talkEvent.startDate.toJSDate().toISOString()).toBe('2026-12-03T17:00:00.000Z');
    expect(talkEvent.endDate.toJSDate().toISOString()).toBe('2026-12-03T18:30:00.000Z');
    expect(talkEvent.description).toContain('NAV Trondheim');
    expect(talkEvent.location).toBe('Trondheim folkebibliotek');

    const standEvent = byUid.get(`outreach-${stand.id}@selvhjelp.no`)!;
    expect(standEvent.startDate.isDate).toBe(true);
    expect(standEvent.startDate.toString()).toBe('2027-04-10');
    expect(byUid.get(`outreach-${cancelled.id}@selvhjelp.no`)!.component.getFirstPropertyValue('status')).toBe(
      'CANCELLED',
    );
    expect(byUid.has(`outreach-${recent.id}@selvhjelp.no`)).toBe(true);

    const { token: vest } = await createSignedInStaffUser(db, { districtId: 'vest' });
    expect(errorOf(await gateway.run(OUTREACH_CALENDAR, { districtId: 'midt' }, vest))?.code).toBe('NOT_FOUND');
    const { token: national } = await createSignedInStaffUser(db, { role: 'NATIONAL' });
    expect(dataOf(await gateway.run(OUTREACH_CALENDAR, { districtId: 'midt' }, national)).outreachCalendar).toContain(
      `outreach-${talk.id}@selvhjelp.no`,
    );
  });
});
