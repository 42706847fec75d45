import type { DistrictId } from '@selvhjelp/domain';
import { DISTRICTS } from '@selvhjelp/domain';
import type { ReportArea, ReportTable } from '../src/modules/reports/report-table.js';
import type { ReportContents, ReportRequest, ReportSource } from '../src/modules/reports/report-source.js';

// A report source of hand-made tables in the overview's shape: each district's numbers come
// from its position, so a file can be checked against the area it claims to be for.

const cell = (value: number) => ({ value, display: String(value), suppressed: false });
const HIDDEN = { value: null, display: '<5', suppressed: true };

function districtsOf(area: ReportArea) {
  return area.kind === 'national' ? DISTRICTS : DISTRICTS.filter((district) => district.id === area.districtId);
}

/** Groups by status: running = 10 × (position + 1), paused = position, closed hidden. */
export function groupsTable(area: ReportArea): ReportTable {
  const districts = districtsOf(area);
  const position = (id: DistrictId) => DISTRICTS.findIndex((district) => district.id === id);
  return {
    key: 'GROUPS_BY_STATUS',
    title: 'Grupper etter status ved periodens slutt',
    rowHeading: 'Distrikt',
    rowLabels: districts.map((district) => district.name),
    columnLabels: ['I gang', 'Pause', 'Avsluttet'],
    cells: districts.map((district) => [cell(10 * (position(district.id) + 1)), cell(position(district.id)), HIDDEN]),
  };
}

export interface RecordingSource extends ReportSource {
  /** Every request answered, in order. */
  requests: ReportRequest[];
  /** Makes the source throw for this area's report. */
  failFor: ReportArea | null;
}

export function recordingSource(): RecordingSource {
  const source: RecordingSource = {
    requests: [],
    failFor: null,
    async contents(request): Promise<ReportContents> {
      source.requests.push(request);
      // Yield, so that two workers in one process really interleave.
      await new Promise((resolve) => setTimeout(resolve, 2));
      const fail = source.failFor;
      if (fail && JSON.stringify(fail) === JSON.stringify(request.area)) throw new Error('figures unavailable');
      return { tables: [groupsTable(request.area)], threshold: 5 };
    },
  };
  return source;
}
