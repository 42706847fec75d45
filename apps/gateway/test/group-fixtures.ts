import { graphql } from './generated/index.js';
import type { GroupInput, GroupStatus, VenueInput } from './generated/graphql.js';
import type { TestGateway } from './harness.js';

/** The venue of `groupInput()`, for tests that change one of its fields. */
export const GROUP_VENUE = {
  name: 'Frivilligsentralen',
  streetAddress: 'Strandgaten 18',
  postalCode: '5013',
  postalPlace: 'Bergen',
  stepFreeAccess: true,
  hearingLoop: false,
  accessibilityNotes: 'Heis til andre etasje.',
} satisfies VenueInput;

/** A valid `GroupInput` for Bergen; tests override what they are about. */
export function groupInput(overrides: Partial<GroupInput> = {}) {
  return {
    name: 'Sorggruppe for etterlatte',
    description: 'En gruppe for deg som har mistet noen som sto deg nær. Vi møtes for å dele erfaringer.',
    themeIds: ['grief'],
    targetGroup: 'AFFECTED',
    municipalityNumber: '4601',
    format: 'IN_PERSON',
    venue: GROUP_VENUE,
    languages: ['nb'],
    openForNewMembers: true,
    maxSize: 10,
    schedule: {
      kind: 'WEEKLY',
      weekday: 'TUESDAY',
      startTime: '18:00',
      durationMinutes: 90,
      startDate: '2026-09-01',
    },
    ...overrides,
  } satisfies GroupInput;
}

/** What the group tests read back of a group. */
export const GROUP_FIELDS_FRAGMENT = graphql(`
  fragment GroupFields on Group {
    id
    slug
    name
    version
    status
    isPublic
    nextFollowUpDue
    municipality {
      number
      name
    }
    district {
      id
    }
    themes {
      id
      label
    }
    venue {
      name
      postalCode
    }
    schedule {
      kind
      weekday
      startTime
      timezone
    }
  }
`);

export const CREATE_GROUP = graphql(`
  mutation CreateRegistryGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...GroupFields
    }
  }
`);
export const CHANGE_GROUP_STATUS = graphql(`
  mutation ChangeRegistryGroupStatus($input: ChangeGroupStatusInput!) {
    changeGroupStatus(input: $input) {
      ...GroupFields
    }
  }
`);

/** Creates `groupInput(overrides)` as the holder of `token`; throws with the errors if refused. */
export async function createGroup(gateway: TestGateway, token: string, overrides: Partial<GroupInput> = {}) {
  const result = await gateway.run(CREATE_GROUP, { input: { group: groupInput(overrides) } }, token);
  if (!result.data?.createGroup) throw new Error(JSON.stringify(result.errors));
  return result.data.createGroup;
}

/** Moves a group to `status` at its current version; throws with the errors if refused. */
export async function changeGroupStatus(
  gateway: TestGateway,
  token: string,
  group: { id: string; version: number },
  status: GroupStatus,
  reason = 'Klar for neste steg',
) {
  const result = await gateway.run(
    CHANGE_GROUP_STATUS,
    { input: { id: group.id, version: group.version, status, reason } },
    token,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.changeGroupStatus;
}

/** `lines` rows of a semicolon CSV with bokmål headers; `bad` maps a row index to a broken field. */
export function groupCsv(
  lines: number,
  bad: Record<number, 'postalCode' | 'municipality' | 'weekday'> = {},
  status = 'idé',
): string {
  const header =
    'navn;beskrivelse;tema;målgruppe;kommune;format;møtested;adresse;postnummer;poststed;frekvens;ukedag;klokkeslett;varighet_minutter;startdato;åpen_for_nye;status';
  const rows = Array.from({ length: lines }, (_, index) => {
    const broken = bad[index];
    return [
      `Importgruppe ${index + 1}`,
      'Samtalegruppe for pårørende.',
      'pårørende',
      'pårørende',
      broken === 'municipality' ? '9999' : '4601',
      'IN_PERSON',
      'Biblioteket',
      'Strømgaten 6',
      broken === 'postalCode' ? '50150' : '5015',
      'Bergen',
      'ukentlig',
      broken === 'weekday' ? '' : 'onsdag',
      '19:00',
      '90',
      '2026-10-01',
      'ja',
      status,
    ].join(';');
  });
  return [header, ...rows].join('\r\n') + '\r\n';
}
