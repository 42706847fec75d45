import { testBackends } from '@selvhjelp/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import type { TestGateway } from './harness.js';
import { recordingSource } from './report-fixtures.js';
import { useTestGateway } from './suite.js';

// One report made on request (issue 13): district staff their own district's, national roles
// any district's and the national one; everything else FORBIDDEN.

const DOWNLOAD = graphql(`
  query ReportDownload($period: ReportPeriodInput!, $district: ID, $format: ReportFileFormat!) {
    reportDownload(period: $period, district: $district, format: $format) {
      fileName
      contentType
      contentBase64
    }
  }
`);

const period = { from: '2026-01-01', to: '2026-12-31' };

describe.each(testBackends())('one report on request on $name', (backend) => {
  const source = recordingSource();
  const suite = useTestGateway(backend, {
    users: {
      national: { role: 'NATIONAL' },
      vestStaff: { districtId: 'vest', role: 'DISTRICT_STAFF' },
    },
    gateway: { reports: { intervalSeconds: 0, source } },
  });
  let gateway: TestGateway;
  let tokens: (typeof suite)['tokens'];
  beforeAll(() => ({ gateway, tokens } = suite));

  it('gives district staff their own district’s report', async () => {
    const result = await gateway.run(DOWNLOAD, { period, district: 'vest', format: 'CSV' }, tokens.vestStaff);
    expect(result.errors).toBeUndefined();
    const file = result.data!.reportDownload;
    expect(file.fileName).toBe('rapport-vest-2026-01-01_2026-12-31.csv');
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(text).toContain(';Selvhjelp Vest;I gang;30\r\n');
    expect(text).not.toContain('Selvhjelp Nord');
  });

  it('refuses district staff another district’s report and the national one', async () => {
    for (const district of ['nord', null]) {
      const result = await gateway.run(DOWNLOAD, { period, district, format: 'XLSX' }, tokens.vestStaff);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REPORT_OWN_DISTRICT_ONLY' });
    }
  });

  it('gives national staff the national report and any district’s, in the reader’s language', async () => {
    const national = await gateway.run(DOWNLOAD, { period, district: null, format: 'XLSX' }, tokens.national);
    expect(national.data?.reportDownload.fileName).toBe('rapport-nasjonal-2026-01-01_2026-12-31.xlsx');
    const nord = await gateway.run(DOWNLOAD, { period, district: 'nord', format: 'CSV' }, tokens.national, {
      'accept-language': 'en',
    });
    const text = Buffer.from(nord.data!.reportDownload.contentBase64, 'base64').toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFtable;row;column;value');
  });

  it('refuses an unknown district and a wrong period as bad input, and the anonymous', async () => {
    const unknown = await gateway.run(DOWNLOAD, { period, district: 'mars', format: 'CSV' }, tokens.national);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_DISTRICT' });
    const wrong = await gateway.run(
      DOWNLOAD,
      { period: { from: '2026-02-30', to: '2026-12-31' }, district: 'vest', format: 'CSV' },
      tokens.national,
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const anonymous = await gateway.run(DOWNLOAD, { period, district: 'vest', format: 'CSV' }, null);
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
