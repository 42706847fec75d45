import type { Database } from '@selvhjelp/db';
import { createSignedInStaffUser, testBackends } from '@selvhjelp/db/testing';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { groupInput } from './group-fixtures.js';
import type { TestGateway } from './harness.js';
import { startTestGateway } from './harness.js';

const CREATE_GROUP = graphql(`
  mutation CreateGroupForCalendar($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...GroupFields
    }
  }
`);

const CHANGE_STATUS = graphql(`
  mutation ChangeGroupStatusForCalendar($input: ChangeGroupStatusInput!) {
    changeGroupStatus(input: $input) {
      id
      version
      slug
    }
  }
`);

const ICALENDAR = graphql(`
  query PublicGroupICalendar($slug: String!) {
    publicGroupICalendar(slug: $slug)
  }
`);

// The calendar file is read back with ical.js, the parser Mozilla's calendar uses, so what we
// check is what a calendar application would make of it.
describe.each(testBackends())('iCalendar of a public group on $name', (backend) => {
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

  it('keeps the meetings at 18:00 Oslo time on both sides of the October DST change', async () => {
    const { token } = await createSignedInStaffUser(db, { districtId: 'vest' });
    const created = await gateway.run(
      CREATE_GROUP,
      {
        input: {
          group: groupInput({
            name: 'Høstgruppe; med komma, og semikolon',
            schedule: {
              kind: 'WEEKLY',
              weekday: 'TUESDAY',
              startTime: '18:00',
              durationMinutes: 90,
              startDate: '2026-10-13',
              endDate: '2026-12-15',
            },
          }),
        },
      },
      token,
    );
    let group: { id: string; version: number; slug: string } = created.data!.createGroup;
    for (const status of ['STARTING', 'RUNNING'] as const) {
      const moved = await gateway.run(
        CHANGE_STATUS,
        { input: { id: group.id, version: group.version, status, reason: 'Neste steg i oppstarten' } },
        token,
      );
      group = moved.data!.changeGroupStatus;
    }
    const result = await gateway.run(ICALENDAR, { slug: group.slug });
    const ics = result.data!.publicGroupICalendar;
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);

    const calendar = new ICAL.Component(ICAL.parse(ics));
    const timezone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    ICAL.TimezoneService.register(timezone, 'Europe/Oslo');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Høstgruppe; med komma, og semikolon');
    expect(event.isRecurring()).toBe(true);

    const iterator = event.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next && starts.length < 20; next = iterator.next()) {
      starts.push(next.toJSDate().toISOString());
    }
    // 13 Oct – 15 Dec 2026: ten Tuesdays; summer time (UTC+2) until 25 Oct, then UTC+1.
    expect(starts).toHaveLength(10);
    expect(starts.slice(0, 3)).toEqual([
      '2026-10-13T16:00:00.000Z',
      '2026-10-20T16:00:00.000Z',
      '2026-10-27T17:00:00.000Z',
    ]);
    expect(starts.at(-1)).toBe('2026-12-15T17:00:00.000Z');
    expect(event.endDate.subtractDate(event.startDate).toSeconds()).toBe(90 * 60);
  });
});
