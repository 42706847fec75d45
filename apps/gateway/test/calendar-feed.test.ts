import type { Database } from '@selvhjelp/db';
import { createSignedInStaffUser, testBackends } from '@selvhjelp/db/testing';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import { createActivity, dataOf, errorOf } from './network-fixtures.js';

const CREATE = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      token
      createdAt
    }
  }
`);
const FEED = graphql(`
  query CalendarFeed($token: String!, $districtId: ID) {
    outreachCalendarFeed(token: $token, districtId: $districtId)
  }
`);
const CALENDAR = graphql(`
  query LoggedInOutreachCalendar {
    outreachCalendar
  }
`);
const MY_FEED = graphql(`
  query MyCalendarFeed {
    myCalendarFeed {
      createdAt
      lastUsedAt
    }
  }
`);
const REVOKE = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

// A calendar app subscribes with the secret address and no login.
describe.each(testBackends())('calendar subscription on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;

  beforeAll(async () => {
    db = await backend.open({ seed: 'demo' });
    gateway = await startTestGateway(db);
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  async function newFeed(token: string): Promise<string> {
    return dataOf(await gateway.run(CREATE, {}, token)).createCalendarFeed.token;
  }

  it("serves the owner's district calendar to anyone holding the address, and records the use", async () => {
    const { token: nord } = await createSignedInStaffUser(db, { districtId: 'nord' });
    const title = `Planlagt foredrag ${Date.now()}`;
    await createActivity(gateway, nord, {
      title,
      status: 'PLANNED',
      participantCount: null,
      date: '2027-01-15',
      startTime: '18:00',
      endTime: '19:30',
      municipalityNumber: '5501',
      place: 'Tromsø bibliotek',
    });
    const feedToken = await newFeed(nord);
    expect(feedToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const ics = dataOf(await gateway.run(FEED, { token: feedToken })).outreachCalendarFeed;
    const events = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.summary)).toContain(title);
    // The same feed as the logged-in download.
    const loggedIn = dataOf(await gateway.run(CALENDAR, {}, nord)).outreachCalendar;
    expect(ics.replace(/DTSTAMP:.*\r\n/g, '')).toBe(loggedIn.replace(/DTSTAMP:.*\r\n/g, ''));

    // A district's own portal serves only its own staff's addresses.
    expect(dataOf(await gateway.run(FEED, { token: feedToken, districtId: 'nord' })).outreachCalendarFeed).toContain(
      title,
    );
    expect(errorOf(await gateway.run(FEED, { token: feedToken, districtId: 'vest' }))).toMatchObject({
      code: 'NOT_FOUND',
    });

    const mine = dataOf(await gateway.run(MY_FEED, {}, nord));
    expect(mine.myCalendarFeed?.lastUsedAt).not.toBeNull();
  });

  it('keeps one address per person: a new one or revoking stops the old, and nothing else answers', async () => {
    const { token: vest } = await createSignedInStaffUser(db, { districtId: 'vest' });
    const first = await newFeed(vest);
    const second = await newFeed(vest);
    expect(errorOf(await gateway.run(FEED, { token: first }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(dataOf(await gateway.run(FEED, { token: second })).outreachCalendarFeed).toContain('BEGIN:VCALENDAR');
    expect(dataOf(await gateway.run(REVOKE, {}, vest)).revokeCalendarFeed).toBe(true);
    expect(errorOf(await gateway.run(FEED, { token: second }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(dataOf(await gateway.run(MY_FEED, {}, vest)).myCalendarFeed).toBeNull();
    for (const token of ['', 'x', 'a'.repeat(43), `${second}x`]) {
      expect(errorOf(await gateway.run(FEED, { token })), token).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('stops when the owner is deactivated', async () => {
    const { user, token: lead } = await createSignedInStaffUser(db, { role: 'DISTRICT_LEAD', districtId: 'sor' });
    const feedToken = await newFeed(lead);
    await db.repositories.staffUsers.deactivate(NATIONAL_SCOPE, user.id, user.version, new Date());
    expect(errorOf(await gateway.run(FEED, { token: feedToken }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is for district staff: national users are refused, and a login is needed to make one', async () => {
    const { token: national } = await createSignedInStaffUser(db, { role: 'NATIONAL' });
    expect(errorOf(await gateway.run(CREATE, {}, national))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await gateway.run(CREATE, {}))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
