-- CreateTable
CREATE TABLE "group_status_total" (
    "district_id" TEXT NOT NULL,
    "status" "GroupStatus" NOT NULL,
    "open_for_new_members" BOOLEAN NOT NULL,
    "group_count" INTEGER NOT NULL,

    CONSTRAINT "group_status_total_pkey" PRIMARY KEY ("district_id","status","open_for_new_members")
);

-- Adds the statement's groups to their (district, status, open) counts: old rows −1, new rows +1.
-- One INSERT … ON CONFLICT over the keys in their order, so two statements that change the same
-- counts lock their rows in the same order and wait for each other rather than deadlock.
CREATE FUNCTION "group_status_total_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO group_status_total AS t (district_id, status, open_for_new_members, group_count)
    SELECT district_id, status, open_for_new_members, count(*)::int FROM new_rows
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (district_id, status, open_for_new_members) DO UPDATE SET group_count = t.group_count + EXCLUDED.group_count;
  ELSE -- UPDATE: a group that changes district, status or openness moves between counts
    INSERT INTO group_status_total AS t (district_id, status, open_for_new_members, group_count)
    SELECT x.district_id, x.status, x.open_for_new_members, sum(x.sign)::int
    FROM (
      SELECT district_id, status, open_for_new_members, -1 AS sign FROM old_rows
      UNION ALL
      SELECT district_id, status, open_for_new_members, 1 FROM new_rows
    ) AS x
    GROUP BY 1, 2, 3 HAVING sum(x.sign) <> 0 ORDER BY 1, 2, 3
    -- A first row for a key can only be an increase (its groups were not counted anywhere).
    ON CONFLICT (district_id, status, open_for_new_members) DO UPDATE SET group_count = t.group_count + EXCLUDED.group_count;
  END IF;
  RETURN NULL;
END $$;

-- DELETE: the statement's old rows −1 (a DELETE trigger has no new rows to name).
CREATE FUNCTION "group_status_total_apply_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO group_status_total AS t (district_id, status, open_for_new_members, group_count)
  SELECT district_id, status, open_for_new_members, -count(*)::int FROM old_rows
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (district_id, status, open_for_new_members) DO UPDATE SET group_count = t.group_count + EXCLUDED.group_count;
  RETURN NULL;
END $$;

CREATE TRIGGER "self_help_group_insert_totals" AFTER INSERT ON "self_help_group"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "group_status_total_apply"();
CREATE TRIGGER "self_help_group_update_totals" AFTER UPDATE ON "self_help_group"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "group_status_total_apply"();
CREATE TRIGGER "self_help_group_delete_totals" AFTER DELETE ON "self_help_group"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "group_status_total_apply_delete"();
-- TRUNCATE skips row triggers: it empties the counts with the table.
CREATE FUNCTION "group_status_total_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM group_status_total;
  RETURN NULL;
END $$;
CREATE TRIGGER "self_help_group_truncate_totals" AFTER TRUNCATE ON "self_help_group"
  FOR EACH STATEMENT EXECUTE FUNCTION "group_status_total_truncate"();

-- The groups already there.
INSERT INTO group_status_total (district_id, status, open_for_new_members, group_count)
SELECT district_id, status, open_for_new_members, count(*)::int FROM self_help_group GROUP BY 1, 2, 3;
