// `pnpm bench`: speed goals as ratios, on every test backend (PGlite; PostgreSQL too when
// TEST_DATABASE_URL is set). Timings vary with the machine; the ratios and statement counts
// are what to watch:
//   - groups(first: 100) vs groups(first: 20) with nested data: statements equal, time < 5×.
//   - a public finder page vs a staff page of the same size.
//   - partners(first: 100) vs partners(first: 20) with contacts, agreements, venues, activities
//     and last contact: statements equal; the activity log's totals: a fixed number of statements.
import { organisationNumberCheckDigit } from '@selvhjelp/domain';
import { testBackends } from '@selvhjelp/db/testing';
import { groupCsv } from '../test/group-fixtures.js';
import { countRequestStatements, startTestGateway } from '../test/harness.js';

const RUNS = 15;

const staffQuery = (first: number) => `query { groups(first: ${first}) { totalCount statusCounts { status count }
  edges { node { id name venue { name } municipality { name county { name } } district { name } themes { id label }
    nextMeetings(count: 3) { start } statusHistory { to changedBy { name } } followUps { date } history { kind } } } } }`;
const partnerQuery = (first: number) => `query { partners(first: ${first}) { totalCount
  edges { node { id name lastContactOn municipality { name } contacts { name email } formerContacts { role }
    agreements { title inForce } venues { name groups { name } } activities { title participantCount } groupsStartedTogether { name } } } } }`;
const activityQuery = (first: number) => `query { outreachActivities(first: ${first}) { totalCount
  edges { node { id title staff { name } partners { name } outcomes { kind group { name } } themes { label } } } } }`;
const totalsQuery = `query { activityTotals(filter: { from: "2020-01-01" }) { activities participants groupsStarted
  byType { type activities participants } byDistrict { district { name } activities } } }`;

/** 150 partners with a contact each and 300 completed activities, through the API. */
async function seedNetwork(gateway: Awaited<ReturnType<typeof startTestGateway>>, token: string): Promise<void> {
  const partnerIds: string[] = [];
  for (let index = 0; index < 150; index++) {
    const base = String(81_000_000 + index * 7);
    const check = organisationNumberCheckDigit(base);
    const created = await gateway.gql<{ createPartner: { id: string } }>(
      'mutation ($partner: PartnerInput!) { createPartner(partner: $partner) { id } }',
      {
        partner: {
          name: `Benkpartner ${index}`,
          type: 'VOLUNTEER_CENTRE',
          organisationNumber: check === null ? null : base + check,
          municipalityNumber: '4601',
          status: 'ACTIVE',
        },
      },
      token,
    );
    if (created.errors || !created.data) throw new Error(JSON.stringify(created.errors));
    const id = created.data.createPartner.id;
    partnerIds.push(id);
    await gateway.gql(
      'mutation ($input: AddContactInput!) { addContact(input: $input) { id } }',
      { input: { partnerId: id, contact: { name: `Kontakt ${index}` } } },
      token,
    );
  }
  for (let index = 0; index < 300; index++) {
    const activity = {
      type: 'TALK',
      title: `Benkforedrag ${index}`,
      status: 'COMPLETED',
      date: `2026-0${1 + (index % 9)}-1${index % 10}`,
      place: 'Bergen',
      partnerIds: [partnerIds[index % partnerIds.length], partnerIds[(index * 7) % partnerIds.length]],
      participantCount: index % 50,
    };
    const created = await gateway.gql(
      'mutation ($activity: ActivityInput!) { createOutreachActivity(activity: $activity) { id } }',
      { activity },
      token,
    );
    if (created.errors) throw new Error(JSON.stringify(created.errors));
  }
}

const publicQuery = (first: number) => `query { publicGroups(first: ${first}) { totalCount
  edges { node { slug name venue { name } municipality { name } themes { label } nextMeetings(count: 3) { start } contact { email } } } } }`;

async function median(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

for (const backend of testBackends()) {
  const db = await backend.open();
  const gateway = await startTestGateway(db);
  try {
    const token = await gateway.login('vest.ansatt@demo.selvhjelp.no');
    const imported = await gateway.gqlWithFiles(
      'mutation ($input: ImportGroupsInput!) { importGroups(input: $input) { createdCount } }',
      { input: { file: null, dryRun: false } },
      { 'variables.input.file': { bytes: Buffer.from(groupCsv(300, {}, 'i gang')), fileName: 'grupper.csv' } },
      token,
    );
    if (imported.errors) throw new Error(JSON.stringify(imported.errors));

    const rows: string[][] = [];
    const measure = async (label: string, query: string, auth: string | null) => {
      // Beyond authentication: a session lookup happens or not as the session cache is warm (decision 0016).
      const { count } = await countRequestStatements(db, () => gateway.gql(query, {}, auth));
      const ms = await median(() => gateway.gql(query, {}, auth));
      rows.push([label, String(count), ms.toFixed(1)]);
      return { count, ms };
    };
    const staff20 = await measure('staff groups(first: 20)', staffQuery(20), token);
    const staff100 = await measure('staff groups(first: 100)', staffQuery(100), token);
    const public20 = await measure('publicGroups(first: 20)', publicQuery(20), null);
    const public100 = await measure('publicGroups(first: 100)', publicQuery(100), null);
    const login = await median(() => gateway.login('vest.leder@demo.selvhjelp.no'));
    await seedNetwork(gateway, token);
    const partners20 = await measure('partners(first: 20)', partnerQuery(20), token);
    const partners100 = await measure('partners(first: 100)', partnerQuery(100), token);
    const activities20 = await measure('outreachActivities(first: 20)', activityQuery(20), token);
    const activities100 = await measure('outreachActivities(first: 100)', activityQuery(100), token);
    await measure('activityTotals (all)', totalsQuery, token);

    console.log(`\n${backend.name}`);
    console.log(`  ${'operation'.padEnd(32)} ${'SQL'.padStart(4)} ${'median ms'.padStart(10)}`);
    for (const [label, count, ms] of rows)
      console.log(`  ${label!.padEnd(32)} ${count!.padStart(4)} ${ms!.padStart(10)}`);
    console.log(`  login (argon2id 19 MiB, t=2)  ${login.toFixed(1).padStart(15)}`);
    console.log(
      `  ratio staff 100/20: time ${(staff100.ms / staff20.ms).toFixed(2)}×, statements ${staff100.count}/${staff20.count}`,
    );
    console.log(
      `  ratio public 100/20: time ${(public100.ms / public20.ms).toFixed(2)}×, statements ${public100.count}/${public20.count}`,
    );
    console.log(
      `  ratio partners 100/20: time ${(partners100.ms / partners20.ms).toFixed(2)}×, statements ${partners100.count}/${partners20.count}`,
    );
    console.log(
      `  ratio activities 100/20: time ${(activities100.ms / activities20.ms).toFixed(2)}×, statements ${activities100.count}/${activities20.count}`,
    );
  } finally {
    await gateway.close();
    await db.close();
  }
}
