import type { Database } from '@selvhjelp/db';
import { testBackends } from '@selvhjelp/db/testing';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';
import { createActivity, dataOf, errorOf } from './network-fixtures.js';

const CREATE = 'mutation { createCalendarFeed { token createdAt } }';
const FEED = 'query ($token: String!) { outreachCalendarFeed(token: $token) }';

// A calendar app subscribes with the secret address and no login.
describe.each(testBackends())('calendar subscription on $name', (backend) => {
  let db: Database;
  let gateway: TestGateway;

  beforeAll(async () => {
    db = await backend.open();
    gateway = await startTestGateway(db);
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.close();
  });

  async function newFeed(token: string): Promise<string> {
    return dataOf(await gateway.gql<{ createCalendarFeed: { token: string } }>(CREATE, {}, token)).createCalendarFeed
      .token;
  }

  it("serves the owner's district calendar to anyone holding the address, and records the use", async () => {
    const nord = await gateway.login('nord.ansatt@demo.selvhjelp.no');
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

    const ics = dataOf(
      await gateway.gql<{ outreachCalendarFeed: string }>(FEED, { token: feedToken }),
    ).outreachCalendarFeed;
    const events = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.summary)).toContain(title);
    // The same feed as the logged-in download.
    const loggedIn = dataOf(
      await gateway.gql<{ outreachCalendar: string }>('query { outreachCalendar }', {}, nord),
    ).outreachCalendar;
    expect(ics.replace(/DTSTAMP:.*\r\n/g, '')).toBe(loggedIn.replace(/DTSTAMP:.*\r\n/g, ''));

    // A district's own portal serves only its own staff's addresses.
    expect(
      dataOf(
        await gateway.gql<{ outreachCalendarFeed: string }>(
          'query ($token: String!) { outreachCalendarFeed(token: $token, districtId: "nord") }',
          { token: feedToken },
        ),
      ).outreachCalendarFeed,
    ).toContain(title);
    expect(
      errorOf(
        await gateway.gql('query ($token: String!) { outreachCalendarFeed(token: $token, districtId: "vest") }', {
          token: feedToken,
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });

    const mine = dataOf(
      await gateway.gql<{ myCalendarFeed: { lastUsedAt: string | null } | null }>(
        'query { myCalendarFeed { createdAt lastUsedAt } }',
        {},
        nord,
      ),
    );
    expect(mine.myCalendarFeed?.lastUsedAt).not.toBeNull();
  });

  it('keeps one address per person: a new one or revoking stops the old, and nothing else answers', async () => {
    const vest = await gateway.login('vest.ansatt@demo.selvhjelp.no');
    const first = await newFeed(vest);
    const second = await newFeed(vest);
    expect(errorOf(await gateway.gql(FEED, { token: first }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      dataOf(await gateway.gql<{ outreachCalendarFeed: string }>(FEED, { token: second })).outreachCalendarFeed,
    ).toContain('BEGIN:VCALENDAR');
    expect(
      dataOf(await gateway.gql<{ revokeCalendarFeed: boolean }>('mutation { revokeCalendarFeed }', {}, vest))
        .revokeCalendarFeed,
    ).toBe(true);
    expect(errorOf(await gateway.gql(FEED, { token: second }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      dataOf(await gateway.gql<{ myCalendarFeed: unknown }>('query { myCalendarFeed { createdAt } }', {}, vest))
        .myCalendarFeed,
    ).toBeNull();
    for (const token of ['', 'x', 'a'.repeat(43), `${second}x`]) {
      expect(errorOf(await gateway.gql(FEED, { token })), token).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('stops when the owner is deactivated', async () => {
    const lead = await gateway.login('sor.leder@demo.selvhjelp.no');
    const feedToken = await newFeed(lead);
    const [user] = await db.repositories.staffUsers.findByIds(NATIONAL_SCOPE, [
      dataOf(await gateway.gql<{ me: { id: string } }>('query { me { id } }', {}, lead)).me.id,
    ]);
    await db.repositories.staffUsers.deactivate(NATIONAL_SCOPE, user!.id, user!.version, new Date());
    expect(errorOf(await gateway.gql(FEED, { token: feedToken }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is for district staff: national users are refused, and a login is needed to make one', async () => {
    const national = await gateway.login('nasjonal@demo.selvhjelp.no');
    expect(errorOf(await gateway.gql(CREATE, {}, national))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await gateway.gql(CREATE, {}))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
