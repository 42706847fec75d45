-- CreateTable
CREATE TABLE "group_status_span" (
    "group_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "status" "GroupStatus" NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_until" DATE,
    "first_start" BOOLEAN NOT NULL,
    "district_id" TEXT NOT NULL,
    "municipality_number" CHAR(4) NOT NULL,
    "theme_ids" TEXT[],

    CONSTRAINT "group_status_span_pkey" PRIMARY KEY ("group_id","position")
);

-- CreateTable
CREATE TABLE "overview_month_total" (
    "figure" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "key" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "overview_month_total_pkey" PRIMARY KEY ("figure","month","district_id","key")
);

-- CreateIndex
CREATE INDEX "group_status_span_valid_from_idx" ON "group_status_span"("valid_from");

-- CreateIndex
CREATE INDEX "group_status_span_valid_until_idx" ON "group_status_span"("valid_until");

-- AddForeignKey
ALTER TABLE "group_status_span" ADD CONSTRAINT "group_status_span_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "self_help_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "facilitator_qualification_span" (
    "facilitator_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "district_id" TEXT NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_until" DATE NOT NULL,

    CONSTRAINT "facilitator_qualification_span_pkey" PRIMARY KEY ("facilitator_id","position")
);

-- CreateIndex
CREATE INDEX "facilitator_qualification_span_valid_until_idx" ON "facilitator_qualification_span"("valid_until");

-- CreateIndex
CREATE INDEX "group_status_span_status_valid_from_idx" ON "group_status_span"("status", "valid_from");

-- AddForeignKey
ALTER TABLE "facilitator_qualification_span" ADD CONSTRAINT "facilitator_qualification_span_facilitator_id_fkey" FOREIGN KEY ("facilitator_id") REFERENCES "facilitator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The events each figure counts, defined once: the triggers below add them into the monthly
-- totals, and the overview reads the days a period cuts out of a month from the same functions
-- through the views below (decision 0029). A figure of a day's state (groups by status, open
-- cases) is a running sum of +1/−1 events. The functions take columns, not the row: PostgreSQL
-- cannot inline a UNION over a whole-row argument ("variable not found in subplan target list").

CREATE FUNCTION "overview_span_events"(
  district TEXT, status "GroupStatus", valid_from DATE, valid_until DATE, first_start BOOLEAN,
  municipality_number TEXT, theme_ids TEXT[]
) RETURNS TABLE ("figure" TEXT, "district_id" TEXT, "day" DATE, "key" TEXT, "value" INTEGER)
LANGUAGE sql IMMUTABLE AS $$
  SELECT x.figure, district, x.day, x.key, x.value
  FROM (
    SELECT 'groupsByStatus' AS figure, d.day, status::text AS key, d.value
      FROM (VALUES (valid_from, 1), (valid_until, -1)) AS d(day, value)
    UNION ALL SELECT 'groupsByTheme', d.day, t.theme_id, d.value
      FROM unnest(theme_ids) AS t(theme_id), (VALUES (valid_from, 1), (valid_until, -1)) AS d(day, value)
      WHERE status <> 'CLOSED'
    UNION ALL SELECT 'coverage', d.day, municipality_number, d.value
      FROM (VALUES (valid_from, 1), (valid_until, -1)) AS d(day, value)
      WHERE status IN ('STARTING', 'RUNNING')
    UNION ALL SELECT 'groupsStarted', valid_from, 'STARTED', 1 WHERE first_start
  ) AS x
  WHERE x.day IS NOT NULL
$$;

CREATE FUNCTION "overview_inquiry_events"(
  district TEXT, received_on DATE, channel "InquiryChannel", inquirer_type "InquirerType",
  public_service_type "PublicServiceType", minutes_spent INTEGER, actions "InquiryAction"[]
) RETURNS TABLE ("figure" TEXT, "district_id" TEXT, "day" DATE, "key" TEXT, "value" INTEGER)
LANGUAGE sql IMMUTABLE AS $$
  SELECT x.figure, district, received_on, x.key, x.value
  FROM (
    SELECT 'inquiriesByChannel' AS figure, 'INQUIRIES:' || channel::text AS key, 1 AS value
    UNION ALL SELECT 'inquiriesByChannel', 'MINUTES:' || channel::text, minutes_spent
    UNION ALL SELECT 'inquiriesByInquirer',
      CASE WHEN inquirer_type = 'PUBLIC_SERVICE'
           THEN 'PUBLIC_SERVICE:' || COALESCE(public_service_type::text, 'OTHER')
           ELSE inquirer_type::text END, 1
    UNION ALL SELECT 'inquiriesByAction', a.action::text, 1 FROM unnest(actions) AS a(action)
    UNION ALL SELECT 'inquiriesPerMonth', channel::text, 1
  ) AS x
$$;

CREATE FUNCTION "overview_activity_events"(
  district TEXT, on_day DATE, type "ActivityType", status "ActivityStatus", participant_count INTEGER
) RETURNS TABLE ("figure" TEXT, "district_id" TEXT, "day" DATE, "key" TEXT, "value" INTEGER)
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'activitiesByType', district, on_day, m.measure || ':' || type::text, m.value
  FROM (VALUES ('ACTIVITIES', 1), ('PARTICIPANTS', COALESCE(participant_count, 0))) AS m(measure, value)
  WHERE status = 'COMPLETED'
$$;

CREATE FUNCTION "overview_case_events"(district TEXT, opened_on DATE, closed_on DATE)
RETURNS TABLE ("figure" TEXT, "district_id" TEXT, "day" DATE, "key" TEXT, "value" INTEGER)
LANGUAGE sql IMMUTABLE AS $$
  SELECT x.figure, district, x.day, x.key, x.value
  FROM (VALUES
    ('casesOpen', opened_on, 'OPEN', 1),
    ('casesOpen', closed_on, 'OPEN', -1),
    ('casesByState', opened_on, 'OPENED', 1),
    ('casesByState', closed_on, 'CLOSED', 1)
  ) AS x(figure, day, key, value)
  WHERE x.day IS NOT NULL
$$;

CREATE FUNCTION "overview_qualification_events"(district TEXT, valid_from DATE, valid_until DATE, is_first BOOLEAN)
RETURNS TABLE ("figure" TEXT, "district_id" TEXT, "day" DATE, "key" TEXT, "value" INTEGER)
LANGUAGE sql IMMUTABLE AS $$
  SELECT x.figure, district, x.day, x.key, x.value
  FROM (VALUES
    ('facilitatorsQualified', valid_from, 'QUALIFIED', 1, TRUE),
    ('facilitatorsQualified', valid_until, 'QUALIFIED', -1, TRUE),
    ('facilitatorsNewlyQualified', valid_from, 'NEWLY_QUALIFIED', 1, is_first)
  ) AS x(figure, day, key, value, counts)
  WHERE x.counts
$$;

-- The events with the columns a read filters on (the days of the source row).
CREATE VIEW "overview_span_event" AS
  SELECT r.group_id, r.valid_from, r.valid_until, e.*
  FROM group_status_span r
  CROSS JOIN LATERAL overview_span_events(r.district_id, r.status, r.valid_from, r.valid_until, r.first_start,
                                          r.municipality_number::text, r.theme_ids) e;
CREATE VIEW "overview_qualification_event" AS
  SELECT r.facilitator_id, r.valid_from, r.valid_until, e.*
  FROM facilitator_qualification_span r
  CROSS JOIN LATERAL overview_qualification_events(r.district_id, r.valid_from, r.valid_until, r.position = 1) e;
CREATE VIEW "overview_inquiry_event" AS
  SELECT r.received_on, e.* FROM inquiry r
  CROSS JOIN LATERAL overview_inquiry_events(r.district_id, r.received_on, r.channel, r.inquirer_type,
                                             r.public_service_type, r.minutes_spent, r.actions) e;
CREATE VIEW "overview_activity_event" AS
  SELECT r.date AS activity_date, e.* FROM outreach_activity r
  CROSS JOIN LATERAL overview_activity_events(r.district_id, r.date, r.type, r.status, r.participant_count) e;
CREATE VIEW "overview_case_event" AS
  SELECT r.opened_on, r.closed_on, e.* FROM follow_up_case r
  CROSS JOIN LATERAL overview_case_events(r.district_id, r.opened_on, r.closed_on) e;

-- The statement that adds events into the monthly totals: `source` is a query of events (the
-- columns of the events functions) with a `sign`. Rows are upserted in key order so that
-- concurrent writers lock them in the same order. A trigger must EXECUTE it itself: transition
-- tables are visible to the trigger function's own statements only.
CREATE FUNCTION "overview_month_total_add_sql"(source TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT format($q$
    INSERT INTO overview_month_total AS t (figure, district_id, month, key, value)
    SELECT x.figure, x.district_id, date_trunc('month', x.day)::date, x.key, SUM(x.value * x.sign)::int
    FROM (%s) AS x
    GROUP BY 1, 2, 3, 4
    HAVING SUM(x.value * x.sign) <> 0
    ORDER BY 1, 3, 2, 4
    ON CONFLICT (figure, month, district_id, key) DO UPDATE SET value = t.value + EXCLUDED.value
  $q$, source)
$$;

-- The trigger: the events of the statement's old rows count −, of its new rows +. TG_ARGV[0]
-- is the call of the table's events function over a row `r` (as in the table's view).
CREATE FUNCTION "overview_month_total_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  events TEXT := TG_ARGV[0];
BEGIN
  EXECUTE overview_month_total_add_sql(CASE TG_OP
    WHEN 'INSERT' THEN format('SELECT e.*, 1 AS sign FROM new_rows r CROSS JOIN LATERAL %s e', events)
    WHEN 'DELETE' THEN format('SELECT e.*, -1 AS sign FROM old_rows r CROSS JOIN LATERAL %s e', events)
    ELSE format('SELECT e.*, -1 AS sign FROM old_rows r CROSS JOIN LATERAL %1$s e
                 UNION ALL SELECT e.*, 1 FROM new_rows r CROSS JOIN LATERAL %1$s e', events)
  END);
  RETURN NULL;
END $$;

-- Rebuilds the spans of the given groups from their status history. The groups are locked
-- first, so two writers of one group's history rebuild one after the other.
CREATE FUNCTION "group_status_span_rebuild_for"(ids UUID[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM self_help_group WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
  DELETE FROM group_status_span WHERE group_id = ANY (ids);
  INSERT INTO group_status_span
    (group_id, position, status, valid_from, valid_until, first_start, district_id, municipality_number, theme_ids)
  SELECT h.group_id, h.position, h.to_status, h.effective_date, h.next_date,
         h.starts AND NOT COALESCE(h.started_before, FALSE),
         g.district_id, g.municipality_number, g.theme_ids
  FROM (
    SELECT c.group_id, c.to_status, c.effective_date,
           row_number() OVER w AS position,
           LEAD(c.effective_date) OVER w AS next_date,
           c.to_status IN ('STARTING', 'RUNNING') AS starts,
           bool_or(c.to_status IN ('STARTING', 'RUNNING'))
             OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS started_before
    FROM group_status_change c
    WHERE c.group_id = ANY (ids)
    WINDOW w AS (PARTITION BY c.group_id ORDER BY c.effective_date, c.changed_at, c.seq)
  ) AS h
  JOIN self_help_group g ON g.id = h.group_id;
END $$;

-- The trigger: the groups whose status history the statement changed.
CREATE FUNCTION "group_status_span_rebuild"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids UUID[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT group_id) INTO ids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT group_id) INTO ids FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT group_id) INTO ids
    FROM (SELECT group_id FROM old_rows UNION SELECT group_id FROM new_rows) AS changed;
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM group_status_span_rebuild_for(ids);
  END IF;
  RETURN NULL;
END $$;

-- Rebuilds the qualification spans of the given facilitators: each BASIC/REFRESHER completion
-- from the first BASIC on qualifies until its lapse day, the first day whose cutoff (the day
-- minus the district's refresher interval, month ends clamped) reaches it: the completion plus
-- the interval, or the day after when that month is too short for the completion's day (the
-- domain's qualificationLapsesOn). Completions that come by the previous lapse day renew the
-- span. 36 months when the district has no setting: the domain's DEFAULT_REFRESHER_INTERVAL_MONTHS.
CREATE FUNCTION "facilitator_qualification_span_rebuild_for"(ids UUID[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM facilitator WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE;
  DELETE FROM facilitator_qualification_span WHERE facilitator_id = ANY (ids);
  INSERT INTO facilitator_qualification_span (facilitator_id, position, district_id, valid_from, valid_until)
  SELECT i.facilitator_id, i.position, i.district_id, MIN(i.completed_on), MAX(i.lapse)
  FROM (
    SELECT l.*, SUM(CASE WHEN l.previous_lapse IS NULL OR l.completed_on > l.previous_lapse THEN 1 ELSE 0 END)
                  OVER (PARTITION BY l.facilitator_id ORDER BY l.completed_on, l.course_id) AS position
    FROM (
      SELECT q.*, MAX(q.lapse) OVER (PARTITION BY q.facilitator_id ORDER BY q.completed_on, q.course_id
                                     ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_lapse
      FROM (
        SELECT c.facilitator_id, c.course_id, c.district_id, c.completed_on,
               CASE WHEN extract(day FROM c.plus) = extract(day FROM c.completed_on) THEN c.plus ELSE c.plus + 1 END AS lapse
        FROM (
          SELECT cc.facilitator_id, cc.course_id, f.district_id, cc.completed_on,
                 (cc.completed_on + make_interval(months => COALESCE(ds.refresher_interval_months, 36)))::date AS plus,
                 MIN(cc.completed_on) FILTER (WHERE cc.course_type = 'BASIC') OVER (PARTITION BY cc.facilitator_id) AS first_basic
          FROM course_completion cc
          JOIN facilitator f ON f.id = cc.facilitator_id
          LEFT JOIN district_setting ds ON ds.district_id = f.district_id
          WHERE cc.facilitator_id = ANY (ids) AND cc.course_type IN ('BASIC', 'REFRESHER')
        ) AS c
        WHERE c.first_basic IS NOT NULL AND c.completed_on >= c.first_basic
      ) AS q
    ) AS l
  ) AS i
  GROUP BY i.facilitator_id, i.position, i.district_id;
END $$;

-- The trigger on completions, facilitators (district) and district settings (interval).
CREATE FUNCTION "facilitator_qualification_span_rebuild"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids UUID[];
BEGIN
  IF TG_TABLE_NAME = 'course_completion' THEN
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(DISTINCT facilitator_id) INTO ids FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
      SELECT array_agg(DISTINCT facilitator_id) INTO ids FROM old_rows;
    ELSE
      SELECT array_agg(DISTINCT facilitator_id) INTO ids
      FROM (SELECT facilitator_id FROM old_rows UNION SELECT facilitator_id FROM new_rows) AS changed;
    END IF;
  ELSIF TG_TABLE_NAME = 'facilitator' THEN
    SELECT array_agg(n.id) INTO ids FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.district_id IS DISTINCT FROM o.district_id;
  ELSIF TG_OP = 'INSERT' THEN
    SELECT array_agg(f.id) INTO ids FROM facilitator f WHERE f.district_id IN (SELECT district_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(f.id) INTO ids FROM facilitator f WHERE f.district_id IN (SELECT district_id FROM old_rows);
  ELSE
    SELECT array_agg(f.id) INTO ids FROM facilitator f
    WHERE f.district_id IN (SELECT district_id FROM new_rows UNION SELECT district_id FROM old_rows);
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM facilitator_qualification_span_rebuild_for(ids);
  END IF;
  RETURN NULL;
END $$;

-- A group that moves district or municipality, or changes themes, moves its spans with it (a
-- group counts in its current district).
CREATE FUNCTION "group_status_span_follow_group"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE group_status_span s
  SET district_id = n.district_id, municipality_number = n.municipality_number, theme_ids = n.theme_ids
  FROM new_rows n
  WHERE s.group_id = n.id
    AND (s.district_id, s.municipality_number, s.theme_ids)
        IS DISTINCT FROM (n.district_id, n.municipality_number, n.theme_ids);
  RETURN NULL;
END $$;

CREATE TRIGGER "group_status_change_insert_rebuilds_spans" AFTER INSERT ON "group_status_change"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "group_status_span_rebuild"();
CREATE TRIGGER "group_status_change_update_rebuilds_spans" AFTER UPDATE ON "group_status_change"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "group_status_span_rebuild"();
CREATE TRIGGER "group_status_change_delete_rebuilds_spans" AFTER DELETE ON "group_status_change"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "group_status_span_rebuild"();
CREATE TRIGGER "self_help_group_update_moves_spans" AFTER UPDATE ON "self_help_group"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "group_status_span_follow_group"();

CREATE TRIGGER "group_status_span_insert_totals" AFTER INSERT ON "group_status_span"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "overview_month_total_apply"('overview_span_events(r.district_id, r.status, r.valid_from, r.valid_until, r.first_start, r.municipality_number::text, r.theme_ids)');
CREATE TRIGGER "group_status_span_update_totals" AFTER UPDATE ON "group_status_span"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "overview_month_total_apply"('overview_span_events(r.district_id, r.status, r.valid_from, r.valid_until, r.first_start, r.municipality_number::text, r.theme_ids)');
CREATE TRIGGER "group_status_span_delete_totals" AFTER DELETE ON "group_status_span"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "overview_month_total_apply"('overview_span_events(r.district_id, r.status, r.valid_from, r.valid_until, r.first_start, r.municipality_number::text, r.theme_ids)');

CREATE TRIGGER "inquiry_insert_totals" AFTER INSERT ON "inquiry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "overview_month_total_apply"('overview_inquiry_events(r.district_id, r.received_on, r.channel, r.inquirer_type, r.public_service_type, r.minutes_spent, r.actions)');
CREATE TRIGGER "inquiry_update_totals" AFTER UPDATE ON "inquiry"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "overview_month_total_apply"('overview_inquiry_events(r.district_id, r.received_on, r.channel, r.inquirer_type, r.public_service_type, r.minutes_spent, r.actions)');
CREATE TRIGGER "inquiry_delete_totals" AFTER DELETE ON "inquiry"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "overview_month_total_apply"('overview_inquiry_events(r.district_id, r.received_on, r.channel, r.inquirer_type, r.public_service_type, r.minutes_spent, r.actions)');

CREATE TRIGGER "outreach_activity_insert_totals" AFTER INSERT ON "outreach_activity"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "overview_month_total_apply"('overview_activity_events(r.district_id, r.date, r.type, r.status, r.participant_count)');
CREATE TRIGGER "outreach_activity_update_totals" AFTER UPDATE ON "outreach_activity"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "overview_month_total_apply"('overview_activity_events(r.district_id, r.date, r.type, r.status, r.participant_count)');
CREATE TRIGGER "outreach_activity_delete_totals" AFTER DELETE ON "outreach_activity"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "overview_month_total_apply"('overview_activity_events(r.district_id, r.date, r.type, r.status, r.participant_count)');

CREATE TRIGGER "follow_up_case_insert_totals" AFTER INSERT ON "follow_up_case"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "overview_month_total_apply"('overview_case_events(r.district_id, r.opened_on, r.closed_on)');
CREATE TRIGGER "follow_up_case_update_totals" AFTER UPDATE ON "follow_up_case"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "overview_month_total_apply"('overview_case_events(r.district_id, r.opened_on, r.closed_on)');
CREATE TRIGGER "follow_up_case_delete_totals" AFTER DELETE ON "follow_up_case"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "overview_month_total_apply"('overview_case_events(r.district_id, r.opened_on, r.closed_on)');

CREATE TRIGGER "course_completion_insert_rebuilds_spans" AFTER INSERT ON "course_completion"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "facilitator_qualification_span_rebuild"();
CREATE TRIGGER "course_completion_update_rebuilds_spans" AFTER UPDATE ON "course_completion"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "facilitator_qualification_span_rebuild"();
CREATE TRIGGER "course_completion_delete_rebuilds_spans" AFTER DELETE ON "course_completion"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "facilitator_qualification_span_rebuild"();
CREATE TRIGGER "facilitator_update_rebuilds_spans" AFTER UPDATE ON "facilitator"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "facilitator_qualification_span_rebuild"();
CREATE TRIGGER "district_setting_insert_rebuilds_spans" AFTER INSERT ON "district_setting"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "facilitator_qualification_span_rebuild"();
CREATE TRIGGER "district_setting_update_rebuilds_spans" AFTER UPDATE ON "district_setting"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "facilitator_qualification_span_rebuild"();
CREATE TRIGGER "district_setting_delete_rebuilds_spans" AFTER DELETE ON "district_setting"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "facilitator_qualification_span_rebuild"();

CREATE TRIGGER "facilitator_qualification_span_insert_totals" AFTER INSERT ON "facilitator_qualification_span"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "overview_month_total_apply"('overview_qualification_events(r.district_id, r.valid_from, r.valid_until, r.position = 1)');
CREATE TRIGGER "facilitator_qualification_span_update_totals" AFTER UPDATE ON "facilitator_qualification_span"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "overview_month_total_apply"('overview_qualification_events(r.district_id, r.valid_from, r.valid_until, r.position = 1)');
CREATE TRIGGER "facilitator_qualification_span_delete_totals" AFTER DELETE ON "facilitator_qualification_span"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "overview_month_total_apply"('overview_qualification_events(r.district_id, r.valid_from, r.valid_until, r.position = 1)');

-- The rows already there: spans (whose insert trigger adds the groups' totals), then the totals
-- of the other registries.
SELECT group_status_span_rebuild_for(array_agg(DISTINCT group_id)) FROM group_status_change HAVING COUNT(*) > 0;
SELECT facilitator_qualification_span_rebuild_for(array_agg(id)) FROM facilitator HAVING COUNT(*) > 0;
DO $$
DECLARE
  source TEXT;
BEGIN
  FOREACH source IN ARRAY ARRAY['overview_inquiry_event', 'overview_activity_event', 'overview_case_event'] LOOP
    EXECUTE overview_month_total_add_sql(format('SELECT e.figure, e.district_id, e.day, e.key, e.value, 1 AS sign FROM %I e', source));
  END LOOP;
END $$;
