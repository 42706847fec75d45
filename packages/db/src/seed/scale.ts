import { Prisma } from '../generated/prisma/client.js';
import type { Database } from '../database.js';
import { databaseInternals } from '../database.js';
import { assertDemoSeedAllowed } from './seed.js';

/** `pnpm db:seed --scale large`: the size the lists must stay fast at. */
export const LARGE_GROUP_COUNT = 20_000;

/** Slugs of the copies end like this, so that a second run tops up instead of copying copies. */
const COPY_SLUG = '-kopi-';

/**
 * Copies the groups that are not copies themselves (the demo groups) until the registry holds
 * `target` groups, for measuring the lists at scale: each copy keeps its district, status,
 * venue and schedule, gets its own id and slug and a numbered name ("Sorggruppe Bergen 17").
 * One INSERT … SELECT, so 20,000 groups take seconds on either backend. No status history or
 * change log for the copies: nothing the lists read. Returns how many it added.
 */
export async function inflateGroups(db: Database, target: number = LARGE_GROUP_COUNT): Promise<number> {
  assertDemoSeedAllowed();
  const { prisma } = databaseInternals(db);
  const [{ groups = 0, originals = 0 } = {}] = await prisma.$queryRaw<{ groups: number; originals: number }[]>`
    SELECT count(*)::int AS groups, count(*) FILTER (WHERE slug NOT LIKE ${`%${COPY_SLUG}%`})::int AS originals
    FROM self_help_group`;
  const missing = target - groups;
  if (missing <= 0 || originals === 0) return 0;
  const copies = Math.ceil(target / originals);
  const added = await prisma.$executeRaw(Prisma.sql`
    INSERT INTO self_help_group (
      id, district_id, slug, name, description, theme_ids, target_group, municipality_number, format,
      venue_id, meeting_url, languages, open_for_new_members, max_size, schedule_kind, weekday, nth,
      meeting_dates, start_time, duration_minutes, start_date, end_date, meeting_weekdays, status,
      status_changed_at, next_follow_up_due, version, created_by_id, updated_by_id, created_at, updated_at)
    SELECT gen_random_uuid(), g.district_id, g.slug || ${COPY_SLUG} || n, g.name || ' ' || n, g.description,
      g.theme_ids, g.target_group, g.municipality_number, g.format, g.venue_id, g.meeting_url, g.languages,
      g.open_for_new_members, g.max_size, g.schedule_kind, g.weekday, g.nth, g.meeting_dates, g.start_time,
      g.duration_minutes, g.start_date, g.end_date, g.meeting_weekdays, g.status, g.status_changed_at,
      g.next_follow_up_due, 1, g.created_by_id, g.updated_by_id, g.created_at, g.updated_at
    FROM (SELECT * FROM self_help_group WHERE slug NOT LIKE ${`%${COPY_SLUG}%`}) g
    CROSS JOIN generate_series(1, ${copies}::int) n
    WHERE NOT EXISTS (SELECT 1 FROM self_help_group taken WHERE taken.slug = g.slug || ${COPY_SLUG} || n)
    ORDER BY n, g.slug
    LIMIT ${missing}::int`);
  // What autovacuum does to a table soon after a bulk load: fresh statistics (or the planner keeps
  // costing the lists for the demo's 73 rows) and the visibility map (or the index-only scans that
  // count a district's groups visit every row in the heap).
  await prisma.$executeRaw`VACUUM (ANALYZE) self_help_group`;
  return added;
}
