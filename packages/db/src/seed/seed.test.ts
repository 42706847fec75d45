import {
  addDays,
  addMonths,
  DISTRICTS,
  isValidOrganisationNumber,
  NATIONAL_SCOPE,
  districtScope,
  findNationalIdNumbers,
  isCaseReference,
  todayIn,
} from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../database.js';
import { databaseInternals } from '../database.js';
import { verifyPassword } from '../passwords.js';
import { prepareDatabase } from '../prepare.js';
import { testBackends } from '../testing/index.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { DEMO_FACILITATORS_PER_DISTRICT } from './demo-facilitators.js';
import { DEMO_ACTIVITIES_PER_DISTRICT, DEMO_PLANNED_ACTIVITIES } from './demo-activities.js';
import { DEMO_GROUPS_PER_DISTRICT } from './demo-groups.js';
import { DEMO_PARTNERS_PER_DISTRICT } from './demo-partners.js';
import { DemoSeedRefusedError } from '../errors.js';
import { assertDemoSeedAllowed, seedDemoData } from './seed.js';

describe('DEMO_ACCOUNTS', () => {
  it('has an admin, a national user and a lead and a staff member per district', () => {
    expect(DEMO_ACCOUNTS).toHaveLength(2 + 2 * DISTRICTS.length);
    expect(DEMO_ACCOUNTS).toHaveLength(16);
    expect(new Set(DEMO_ACCOUNTS.map((account) => account.email)).size).toBe(DEMO_ACCOUNTS.length);
    expect(
      DEMO_ACCOUNTS.filter((account) => account.districtId === null)
        .map((account) => account.role)
        .sort(),
    ).toEqual(['ADMIN', 'NATIONAL']);
    for (const district of DISTRICTS) {
      expect(DEMO_ACCOUNTS).toContainEqual(
        expect.objectContaining({
          email: `${district.id}.leder@demo.selvhjelp.no`,
          role: 'DISTRICT_LEAD',
          districtId: district.id,
        }),
      );
      expect(DEMO_ACCOUNTS).toContainEqual(
        expect.objectContaining({
          email: `${district.id}.ansatt@demo.selvhjelp.no`,
          role: 'DISTRICT_STAFF',
          districtId: district.id,
        }),
      );
    }
  });
});

describe.each(testBackends())('demo seed on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('seeds an empty database once and is idempotent', async () => {
    expect(await prepareDatabase(db, { seed: 'if-empty' })).toEqual({ appliedMigrations: [], seeded: true });
    expect(await prepareDatabase(db, { seed: 'if-empty' })).toEqual({ appliedMigrations: [], seeded: false });
    const again = await seedDemoData(db);
    expect(again.created).toEqual([]);
    expect(again.alreadyPresent).toHaveLength(16);
    const totalGroups = Object.values(DEMO_GROUPS_PER_DISTRICT).reduce((sum, count) => sum + count, 0);
    expect(again.groups).toEqual({ created: 0, alreadyPresent: totalGroups });
    // Another day: the same slugs, so still nothing new.
    expect((await seedDemoData(db, { now: new Date(Date.now() + 40 * 86_400_000) })).groups.created).toBe(0);

    const page = await db.repositories.staffUsers.list(NATIONAL_SCOPE, { first: 100 });
    expect(page.totalCount).toBe(16);
    const admin = await db.repositories.staffUsers.findByEmail(NATIONAL_SCOPE, 'admin@demo.selvhjelp.no');
    expect(admin).toMatchObject({ role: 'ADMIN', districtId: null, active: true });
    expect(admin?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(admin!.passwordHash!, DEMO_PASSWORD)).toBe(true);
  });

  it('seeds every district with its groups, history and follow-ups, made by its demo staff', async () => {
    // Seeded by the test above.
    const repo = db.repositories.groups;
    const today = todayIn(new Date());
    for (const district of DISTRICTS) {
      const scope = districtScope(district.id);
      const page = await repo.list(scope, { first: 100 });
      expect(page.totalCount).toBe(DEMO_GROUPS_PER_DISTRICT[district.id]);
      const staff = await db.repositories.staffUsers.list(scope, { first: 10 });
      const staffIds = new Set(staff.nodes.map((user) => user.id));
      expect(page.nodes.every((group) => staffIds.has(group.createdById!) && staffIds.has(group.updatedById!))).toBe(
        true,
      );
      expect((await repo.listPublic(scope, { first: 100 })).totalCount).toBeGreaterThanOrEqual(4);
      expect((await repo.followUpsDue(scope, { before: today })).length).toBeGreaterThanOrEqual(1);
      const ids = page.nodes.map((group) => group.id);
      const [history, followUps, changes] = await Promise.all([
        repo.statusHistoryFor(scope, ids),
        repo.followUpsFor(scope, ids),
        repo.changesFor(scope, ids),
      ]);
      for (const group of page.nodes) {
        const steps = history.get(group.id)!;
        expect(steps.at(-1)!.toStatus).toBe(group.status);
        // One version per recorded change.
        expect(changes.get(group.id)!.length).toBe(group.version);
        expect(changes.get(group.id)!.at(-1)!.kind).toBe('CREATED');
        expect(changes.get(group.id)!.length).toBe(steps.length + followUps.get(group.id)!.length);
      }
    }
  });

  it('seeds facilitators, courses with a waiting list and assignments in every district', async () => {
    // Seeded by the first test; seeding again adds nothing.
    expect((await seedDemoData(db)).facilitators.created).toBe(0);
    const today = todayIn(new Date());
    for (const district of DISTRICTS) {
      const scope = districtScope(district.id);
      const page = await db.repositories.facilitators.list(scope, { first: 100, today });
      expect(page.totalCount).toBe(DEMO_FACILITATORS_PER_DISTRICT[district.id]);
      const count = (status: string) => page.nodes.filter((node) => node.qualification.status === status).length;
      expect([count('QUALIFIED'), count('LAPSED')]).toEqual([6, 2]);
      expect(page.nodes.every((node) => node.themeConsent || node.themeIds.length === 0)).toBe(true);
      const courses = await db.repositories.trainingCourses.list(scope, { first: 10 });
      expect(courses.nodes.map((course) => course.status)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED', 'OPEN']);
      expect(courses.nodes[3]).toMatchObject({
        enrolledCount: 3,
        waitingCount: DEMO_FACILITATORS_PER_DISTRICT[district.id] > 10 ? 2 : 1,
      });
      const assignments = await db.repositories.facilitators.assignmentsFor(
        scope,
        page.nodes.map((node) => node.id),
      );
      expect([...assignments.values()].flat().length).toBeGreaterThanOrEqual(1);
    }
  });

  it('seeds a partner network and an outreach log in every district, leaving towns to reach out to', async () => {
    // Seeded by the first test; seeding again (also on another day) adds nothing.
    expect((await seedDemoData(db)).network).toEqual({ partners: 0, activities: 0 });
    expect((await seedDemoData(db, { now: new Date(Date.now() + 40 * 86_400_000) })).network).toEqual({
      partners: 0,
      activities: 0,
    });
    const today = todayIn(new Date());
    const { partners, outreach } = db.repositories;
    for (const district of DISTRICTS) {
      const scope = districtScope(district.id);
      const page = await partners.list(scope, { first: 100, today });
      expect(page.totalCount).toBe(DEMO_PARTNERS_PER_DISTRICT[district.id]);
      expect(new Set(page.nodes.map((node) => node.status))).toEqual(new Set(['ACTIVE', 'PROSPECT', 'DORMANT']));
      const numbers = page.nodes.flatMap((node) => (node.organisationNumber ? [node.organisationNumber] : []));
      expect(numbers.length).toBeGreaterThanOrEqual(4);
      expect(numbers.every(isValidOrganisationNumber)).toBe(true);
      const ids = page.nodes.map((node) => node.id);
      const contacts = await partners.contactsOfPartners(scope, ids);
      expect([...contacts.values()].every((people) => people.length >= 1 && people.length <= 3)).toBe(true);
      expect([...contacts.values()].flat().every((person) => person.email?.endsWith('@example.no'))).toBe(true);
      expect([...(await partners.agreementsOfPartners(scope, ids)).values()].flat().length).toBeGreaterThanOrEqual(2);
      expect([...(await partners.venuesOfPartners(scope, ids)).values()].flat().length).toBeGreaterThanOrEqual(1);

      const all = await outreach.listAll(scope, {});
      expect(all).toHaveLength(DEMO_ACTIVITIES_PER_DISTRICT[district.id] + DEMO_PLANNED_ACTIVITIES);
      const planned = all.filter((activity) => activity.status === 'PLANNED');
      expect(planned.every((activity) => activity.date > today && activity.date <= addMonths(today, 2))).toBe(true);
      expect(all.every((activity) => activity.staffUserIds.length >= 1 && activity.partnerIds.length >= 1)).toBe(true);
      const year = await outreach.totals(scope, { from: addMonths(today, -12), to: today, statuses: ['COMPLETED'] });
      expect(year.activities).toBeGreaterThanOrEqual(15);
      expect(year.participants).toBeGreaterThan(year.activities);
      const outcomes = [
        ...(
          await outreach.outcomesFor(
            scope,
            all.map((activity) => activity.id),
          )
        ).values(),
      ].flat();
      expect(outcomes.filter((outcome) => outcome.kind === 'GROUP_STARTED').length).toBeGreaterThanOrEqual(1);
      expect(outcomes.filter((outcome) => outcome.kind === 'FACILITATOR_RECRUITED')).toHaveLength(2);

      const map = (await outreach.networkMap(scope, district.id))!;
      const neither = map.municipalities.filter((row) => row.partners === 0 && row.groups === 0);
      expect(neither.length).toBeGreaterThanOrEqual(3);
      expect(map.municipalities.some((row) => row.partners > 0 && row.groups === 0)).toBe(true);
    }
  });
});

describe.each(testBackends())('demo inquiries, peers and cases on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
    await prepareDatabase(db, { seed: 'if-empty' });
  });
  afterAll(() => db?.close());

  it("gives Vest's home page something in every list it shows", async () => {
    const today = todayIn(new Date());
    const vest = districtScope('vest');
    const repos = db.repositories;
    const lists = await repos.agenda.registryLists(
      vest,
      'vest',
      { today, followUpsBy: addDays(today, 14), upcomingUntil: addDays(today, 30) },
      5,
    );
    expect(lists.groupFollowUps.totalCount).toBeGreaterThan(0);
    expect(lists.startingGroups.totalCount).toBeGreaterThan(0);
    expect(lists.courseSessions.totalCount).toBeGreaterThan(0);
    expect(lists.activities.totalCount).toBeGreaterThan(0);
    expect(await repos.facilitators.lapsingBy(vest, 'vest', today, addDays(today, 60))).not.toHaveLength(0);
    expect(await repos.followUpCases.dueBy(vest, addDays(today, 7))).not.toHaveLength(0);
    expect(await repos.volunteerPeers.checkInsDue(vest, today)).not.toHaveLength(0);
  });

  it('seeds every district once, with the cases, peers and interest list the demo walks through', async () => {
    expect((await seedDemoData(db)).inquiries).toEqual({ created: 0 });
    const { prisma } = databaseInternals(db);
    for (const district of DISTRICTS) {
      const where = { districtId: district.id };
      expect(await prisma.inquiry.count({ where })).toBeGreaterThanOrEqual(24);
      expect(await prisma.referralResource.count({ where })).toBe(5);
      const peers = await prisma.volunteerPeer.findMany({ where, include: { cases: true } });
      expect(peers).toHaveLength(8);
      // One person, two roles: the peer who is a facilitator has no name of their own.
      expect(peers.filter((peer) => peer.facilitatorId !== null && peer.name === null)).toHaveLength(1);
      expect(peers.some((peer) => peer.confidentialityDeclaredOn === null)).toBe(true);
      expect(peers.some((peer) => peer.cases.filter((c) => c.status !== 'CLOSED').length === peer.capacity)).toBe(true);
      const cases = await prisma.followUpCase.findMany({ where, include: { notes: true } });
      expect(new Set(cases.map((c) => c.status))).toEqual(new Set(['OPEN', 'PAUSED', 'CLOSED']));
      expect(cases.every((c) => isCaseReference(c.reference) && c.notes.length >= 1)).toBe(true);
      // Personal details only with a follow-up consent, and never an identity number anywhere.
      const inquiries = await prisma.inquiry.findMany({ where, include: { consents: true } });
      for (const inquiry of inquiries) {
        if (inquiry.contactValue !== null)
          expect(inquiry.consents.map((consent) => consent.purpose)).toContain('FOLLOW_UP_CONTACT');
        expect(findNationalIdNumbers(`${inquiry.note ?? ''} ${inquiry.contactValue ?? ''}`)).toEqual([]);
      }
    }
    const grief = await prisma.interestListEntry.findMany({
      where: { districtId: 'vest', themeId: 'grief', municipalityNumber: '4601' },
      include: { inquiry: { include: { consents: true } } },
    });
    expect(grief).toHaveLength(5);
    expect(grief.filter((entry) => entry.inquiry.consents.some((c) => c.purpose === 'INTEREST_LIST'))).toHaveLength(3);
  });
});

describe('demo seed in production', () => {
  it('is refused by every way in, before anything is written', async () => {
    expect(() => assertDemoSeedAllowed({ NODE_ENV: 'production' })).toThrow(DemoSeedRefusedError);
    expect(() => assertDemoSeedAllowed({ NODE_ENV: 'test' })).not.toThrow();
    expect(() => assertDemoSeedAllowed({ NODE_ENV: 'production', GATEWAY_DEMO: 'true' })).not.toThrow();
    expect(() => assertDemoSeedAllowed({ NODE_ENV: 'production', GATEWAY_DEMO: 'false' })).toThrow(
      DemoSeedRefusedError,
    );
    const [backend] = testBackends();
    const db = await backend!.open();
    vi.stubEnv('NODE_ENV', 'production');
    try {
      await expect(seedDemoData(db)).rejects.toThrow(/NODE_ENV is "production"[\s\S]*admin:create/);
      await expect(prepareDatabase(db, { seed: 'if-empty' })).rejects.toThrow(DemoSeedRefusedError);
      await expect(prepareDatabase(db, { seed: 'never' })).resolves.toEqual({ appliedMigrations: [], seeded: false });
      expect(await db.repositories.staffUsers.findByEmail(NATIONAL_SCOPE, DEMO_ACCOUNTS[0]!.email)).toBeNull();
    } finally {
      vi.unstubAllEnvs();
      await db.close();
    }
  });
});
