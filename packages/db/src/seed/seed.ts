import { DISTRICTS, todayIn } from '@selvhjelp/domain';
import type { Database } from '../database.js';
import { databaseInternals } from '../database.js';
import { DemoSeedRefusedError } from '../errors.js';
import { hashPassword } from '../passwords.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import type { DemoActors } from './demo-groups.js';
import { demoGroupPlans, demoId, insertDemoGroups } from './demo-groups.js';
import { demoFacilitatorRows, insertDemoFacilitators } from './demo-facilitators.js';
import { demoNetworkRows, insertDemoNetwork } from './demo-partners.js';
import { demoInquiryRows, insertDemoInquiries } from './demo-inquiries.js';
import { insertDemoSurveys } from './demo-surveys.js';

export interface SeedResult {
  /** E-mail addresses of the demo accounts created now / found already. */
  created: string[];
  alreadyPresent: string[];
  /** Demo groups (by slug) created now / found already. */
  groups: { created: number; alreadyPresent: number };
  /** Demo facilitators created now (with their courses, enrolments and assignments). */
  facilitators: { created: number };
  /** Demo partners and outreach activities created now (with their contacts, agreements, outcomes). */
  network: { partners: number; activities: number };
  /** Demo inquiries created now (with peers, cases, the referral directory and interest lists). */
  inquiries: { created: number };
  /** Demo surveys created now (with their answers). */
  surveys: { created: number };
}

export interface SeedOptions {
  /** The demo groups' dates are relative to this day (Europe/Oslo). Default: now. */
  now?: Date;
}

/**
 * The one guard every way of seeding passes through (db:seed, prepareDatabase's 'if-empty',
 * db:reset): throws DemoSeedRefusedError when NODE_ENV is production, unless GATEWAY_DEMO=true
 * says this is a demo running production builds (what `pnpm start` does; decision 0014).
 */
export function assertDemoSeedAllowed(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV === 'production' && env.GATEWAY_DEMO !== 'true') throw new DemoSeedRefusedError();
}

/**
 * Creates the demo accounts and demo groups that are missing, each kind in one transaction.
 * Existing ones are left as they are (a changed password, a deactivation or an edited group
 * survives a re-seed; `db:reset` restores all), which makes the seed idempotent.
 */
export async function seedDemoData(db: Database, options: SeedOptions = {}): Promise<SeedResult> {
  assertDemoSeedAllowed();
  const { prisma } = databaseInternals(db);
  const emails = DEMO_ACCOUNTS.map((account) => account.email);
  const existing = new Set(
    (await prisma.staffUser.findMany({ where: { email: { in: emails } }, select: { email: true } })).map(
      (row) => row.email,
    ),
  );
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.email));
  // argon2 takes tens of milliseconds per hash: do it before the transaction, not inside it.
  const hashes = await Promise.all(missing.map(() => hashPassword(DEMO_PASSWORD)));
  await prisma.$transaction(async (tx) => {
    for (const [index, account] of missing.entries()) {
      await tx.staffUser.upsert({
        where: { email: account.email },
        create: { ...account, passwordHash: hashes[index] ?? null },
        // Someone else may have created it since we looked: leave theirs alone.
        update: {},
      });
    }
  });
  const now = options.now ?? new Date();
  const groups = await seedDemoGroups(db, now);
  const facilitators = await seedDemoFacilitators(db, now);
  const network = await seedDemoNetwork(db, now);
  const inquiries = await seedDemoInquiries(db, now);
  const surveys = await seedDemoSurveys(db, now);
  return {
    created: missing.map((account) => account.email),
    alreadyPresent: [...existing],
    groups,
    facilitators,
    network,
    inquiries,
    surveys,
  };
}

/**
 * Adds the demo groups that are missing (keyed by slug), created by the district's demo lead
 * and staff member. Existing groups are left as they are, edits and all.
 */
async function seedDemoGroups(db: Database, now: Date): Promise<SeedResult['groups']> {
  const { prisma } = databaseInternals(db);
  const plans = demoGroupPlans(todayIn(now));
  const existing = new Set(
    (
      await prisma.group.findMany({ where: { slug: { in: plans.map((plan) => plan.slug) } }, select: { slug: true } })
    ).map((row) => row.slug),
  );
  const missing = plans.filter((plan) => !existing.has(plan.slug));
  if (missing.length > 0) {
    const actors = await demoActors(db);
    await prisma.$transaction((tx) => insertDemoGroups(tx, missing, actors));
  }
  return { created: missing.length, alreadyPresent: existing.size };
}

/** The district's demo lead and staff member (null where an account is missing). */
async function demoActors(db: Database): Promise<DemoActors> {
  const { prisma } = databaseInternals(db);
  const emails = DISTRICTS.flatMap((district) => [
    `${district.id}.leder@demo.selvhjelp.no`,
    `${district.id}.ansatt@demo.selvhjelp.no`,
  ]);
  const users = new Map(
    (await prisma.staffUser.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } })).map(
      (user) => [user.email, user.id],
    ),
  );
  return Object.fromEntries(
    DISTRICTS.map((district) => [
      district.id,
      {
        lead: users.get(`${district.id}.leder@demo.selvhjelp.no`) ?? null,
        staff: users.get(`${district.id}.ansatt@demo.selvhjelp.no`) ?? null,
      },
    ]),
  ) as DemoActors;
}

/** Demo facilitators and training (see demo-facilitators.ts); what exists is left alone. */
async function seedDemoFacilitators(db: Database, now: Date): Promise<SeedResult['facilitators']> {
  const { prisma } = databaseInternals(db);
  const today = todayIn(now);
  const rows = demoFacilitatorRows(today, demoGroupPlans(today), await demoActors(db));
  const created = await prisma.$transaction((tx) => insertDemoFacilitators(tx, rows));
  return { created };
}

/** The demo partner network and outreach log (see demo-partners.ts); what exists is left alone. */
async function seedDemoNetwork(db: Database, now: Date): Promise<SeedResult['network']> {
  const { prisma } = databaseInternals(db);
  const today = todayIn(now);
  const rows = demoNetworkRows(today, demoGroupPlans(today), await demoActors(db));
  return prisma.$transaction((tx) => insertDemoNetwork(tx, rows));
}

/** Demo inquiries, volunteer peers and follow-up cases (see demo-inquiries.ts); what exists is left alone. */
async function seedDemoInquiries(db: Database, now: Date): Promise<SeedResult['inquiries']> {
  const { prisma } = databaseInternals(db);
  const rows = demoInquiryRows(todayIn(now), await demoActors(db), (districtId, index) =>
    demoId(`facilitator/${districtId}/${index}`),
  );
  const created = await prisma.$transaction((tx) => insertDemoInquiries(tx, rows));
  return { created };
}

/** Demo surveys in vest with their answers (see demo-surveys.ts); what exists is left alone. */
async function seedDemoSurveys(db: Database, now: Date): Promise<SeedResult['surveys']> {
  const { prisma } = databaseInternals(db);
  const { lead } = (await demoActors(db)).vest ?? { lead: null };
  const created = await prisma.$transaction((tx) => insertDemoSurveys(tx, todayIn(now), lead));
  return { created };
}
