-- CreateTable
CREATE TABLE "group_status_total" (
    "district_id" TEXT NOT NULL,
    "status" "GroupStatus" NOT NULL,
    "open_for_new_members" BOOLEAN NOT NULL,
    "group_count" INTEGER NOT NULL,

    CONSTRAINT "group_status_total_pkey" PRIMARY KEY ("district_id","status","open_for_new_members")
);

-- Adds the statement's groups to their (district, status, open) counts: old rows −1, new rows +1,
-- summed per key (an update that moves no group between keys writes nothing). One INSERT … ON
-- CONFLICT over the keys in their order, so two statements that change the same counts lock their
-- rows in the same order and wait for each other rather than deadlock. TRUNCATE (no transition
-- tables) empties the counts with the table.
CREATE FUNCTION "group_status_total_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM group_status_total;
    RETURN NULL;
  END IF;
  EXECUTE format($q$
    INSERT INTO group_status_total AS t (district_id, status, open_for_new_members, group_count)
    SELECT x.district_id, x.status, x.open_for_new_members, sum(x.sign)::int
    FROM (%s) AS x
    GROUP BY 1, 2, 3 HAVING sum(x.sign) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (district_id, status, open_for_new_members) DO UPDATE SET group_count = t.group_count + EXCLUDED.group_count
  $q$, CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT district_id, status, open_for_new_members, 1 AS sign FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT district_id, status, open_for_new_members, -1 AS sign FROM old_rows'
    ELSE 'SELECT district_id, status, open_for_new_members, -1 AS sign FROM old_rows
          UNION ALL SELECT district_id, status, open_for_new_members, 1 FROM new_rows'
  END);
  RETURN NULL;
END $$;

CREATE TRIGGER "self_help_group_insert_totals" AFTER INSERT ON "self_help_group"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "group_status_total_apply"();
CREATE TRIGGER "self_help_group_update_totals" AFTER UPDATE ON "self_help_group"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "group_status_total_apply"();
CREATE TRIGGER "self_help_group_delete_totals" AFTER DELETE ON "self_help_group"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "group_status_total_apply"();
CREATE TRIGGER "self_help_group_truncate_totals" AFTER TRUNCATE ON "self_help_group"
  FOR EACH STATEMENT EXECUTE FUNCTION "group_status_total_apply"();

-- The groups already there.
INSERT INTO group_status_total (district_id, status, open_for_new_members, group_count)
SELECT district_id, status, open_for_new_members, count(*)::int FROM self_help_group GROUP BY 1, 2, 3;
