import type { Database } from '@selvhjelp/db';
import { testBackends } from '@selvhjelp/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { useTestGateway } from './suite.js';

// Retention per district (decision 0020): the district lead reads and sets their district's
// months, staff read them, national staff and administrators read every district's; the job's
// runs are for administrators.

const SETTINGS = graphql(`
  query RetentionSettingsOfViewer {
    retentionSettings {
      district {
        id
      }
      closedCaseMonths
      inquiryWithoutCaseMonths
      stoppedPeerMonths
      customised
    }
  }
`);

const SET = graphql(`
  mutation SetRetentionSettings($input: RetentionSettingsInput!) {
    setRetentionSettings(input: $input) {
      district {
        id
      }
      closedCaseMonths
      inquiryWithoutCaseMonths
      stoppedPeerMonths
      customised
    }
  }
`);

const RUNS = graphql(`
  query RetentionRuns($first: Int) {
    retentionRuns(first: $first) {
      id
      trigger
      asOf
      casesAnonymised
      inquiriesAnonymised
      peersAnonymised
      districts {
        district {
          id
        }
        inquiriesAnonymised
      }
      deleted {
        sessions
        loginAttempts
        passwordResetTokens
        calendarFeedTokens
        apiUsageEntries
        groupFeedEntries
      }
    }
  }
`);

describe.each(testBackends())('retention settings and runs on $name', (backend) => {
  const suite = useTestGateway(backend, {
    users: {
      vestLead: { districtId: 'vest', role: 'DISTRICT_LEAD' },
      vestStaff: { districtId: 'vest', role: 'DISTRICT_STAFF' },
      nordLead: { districtId: 'nord', role: 'DISTRICT_LEAD' },
      national: { role: 'NATIONAL' },
      admin: { role: 'ADMIN' },
    },
  });
  let db: Database;
  let gateway: TestGateway;
  let tokens: (typeof suite)['tokens'];
  beforeAll(() => ({ db, gateway, tokens } = suite));

  it('lets the district lead set their district’s months, a month left out taking its default', async () => {
    const before = await gateway.run(SETTINGS, {}, tokens.vestStaff);
    expect(before.data?.retentionSettings).toEqual([
      {
        district: { id: 'vest' },
        closedCaseMonths: 12,
        inquiryWithoutCaseMonths: 6,
        stoppedPeerMonths: 24,
        customised: false,
      },
    ]);

    const set = await gateway.run(
      SET,
      { input: { closedCaseMonths: 18, inquiryWithoutCaseMonths: 3 } },
      tokens.vestLead,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data?.setRetentionSettings).toEqual({
      district: { id: 'vest' },
      closedCaseMonths: 18,
      inquiryWithoutCaseMonths: 3,
      stoppedPeerMonths: 24,
      customised: true,
    });
    // Staff of the district see it; another district's lead sees their own only.
    expect((await gateway.run(SETTINGS, {}, tokens.vestStaff)).data?.retentionSettings[0]?.closedCaseMonths).toBe(18);
    expect((await gateway.run(SETTINGS, {}, tokens.nordLead)).data?.retentionSettings).toEqual([
      expect.objectContaining({ district: { id: 'nord' }, closedCaseMonths: 12, customised: false }),
    ]);
    // The national office and administrators read every district.
    for (const token of [tokens.national, tokens.admin]) {
      const all = (await gateway.run(SETTINGS, {}, token)).data?.retentionSettings ?? [];
      expect(all.map((s) => s.district.id)).toEqual(['nord', 'midt', 'vest', 'sorvest', 'sor', 'innlandet', 'ost']);
      expect(all.find((s) => s.district.id === 'vest')).toMatchObject({ closedCaseMonths: 18, stoppedPeerMonths: 24 });
    }
    // The retention job reads the same months.
    const [vest] = (await db.repositories.retention.settings({ kind: 'district', districtId: 'vest' })) ?? [];
    expect(vest).toMatchObject({ closedCaseMonths: 18, inquiryWithoutCaseMonths: 3 });
  });

  it('refuses months out of range with the field, and anyone but the lead', async () => {
    for (const [input, field] of [
      [{ closedCaseMonths: 0 }, 'input.closedCaseMonths'],
      [{ stoppedPeerMonths: 61 }, 'input.stoppedPeerMonths'],
      [{ inquiryWithoutCaseMonths: 2.5 }, 'input.inquiryWithoutCaseMonths'],
    ] as const) {
      const refused = await gateway.gql(
        'mutation ($input: RetentionSettingsInput!) { setRetentionSettings(input: $input) { closedCaseMonths } }',
        { input },
        tokens.vestLead,
        { 'accept-language': 'en' },
      );
      // 2.5 is not an Int: GraphQL refuses it before the service does.
      if (field === 'input.inquiryWithoutCaseMonths') {
        expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        continue;
      }
      expect(refused.errors?.[0]).toMatchObject({
        message: 'The retention period must be a whole number of months from 1 to 60.',
        extensions: { code: 'BAD_USER_INPUT', reason: 'RETENTION_MONTHS_RANGE', field },
      });
    }
    for (const token of [tokens.vestStaff, tokens.national, tokens.admin]) {
      const refused = await gateway.run(SET, { input: { closedCaseMonths: 1 } }, token);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'DISTRICT_SETTINGS_LEAD_ONLY',
      });
    }
    expect((await gateway.run(SET, { input: {} }, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gateway.run(SETTINGS, {}, tokens.vestStaff)).data?.retentionSettings[0]?.closedCaseMonths).toBe(18);
  });

  it('shows the job’s latest runs to administrators only', async () => {
    // As of a day long before the demo data: nothing is due.
    await db.repositories.retention.run({ now: new Date('2000-01-01T12:00:00Z'), trigger: 'ON_DEMAND' });
    const runs = await gateway.run(RUNS, { first: 5 }, tokens.admin);
    expect(runs.errors).toBeUndefined();
    expect(runs.data?.retentionRuns).toEqual([
      expect.objectContaining({ trigger: 'ON_DEMAND', asOf: '2000-01-01T12:00:00.000Z', inquiriesAnonymised: 0 }),
    ]);
    // Nothing was 90 days past use in 2000.
    expect(runs.data?.retentionRuns[0]?.deleted).toEqual({
      sessions: 0,
      loginAttempts: 0,
      passwordResetTokens: 0,
      calendarFeedTokens: 0,
      apiUsageEntries: 0,
      groupFeedEntries: 0,
    });
    expect(runs.data?.retentionRuns[0]?.districts.map((d) => d.district.id)).toEqual([
      'nord',
      'midt',
      'vest',
      'sorvest',
      'sor',
      'innlandet',
      'ost',
    ]);
    for (const token of [tokens.national, tokens.vestLead, tokens.vestStaff]) {
      const refused = await gateway.run(RUNS, {}, token);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RETENTION_RUNS_ADMIN_ONLY' });
    }
    const tooMany = await gateway.run(RUNS, { first: 101 }, tokens.admin);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
