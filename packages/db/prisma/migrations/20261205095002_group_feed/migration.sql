-- CreateTable
CREATE TABLE "group_feed_entry" (
    "seq" BIGSERIAL NOT NULL,
    "xid" BIGINT NOT NULL,
    "group_id" UUID NOT NULL,
    "district_id" TEXT NOT NULL,
    "removed" BOOLEAN NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "group_feed_entry_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "group_feed_entry_district_id_xid_seq_idx" ON "group_feed_entry"("district_id", "xid", "seq");

-- The feed's entries are written by the database in the changing transaction (decision 0036), so
-- no write path (the staff form, the CSV import, a status change, a later one) can forget them.
CREATE FUNCTION "record_group_feed_entry"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tx bigint := pg_current_xact_id()::text::bigint;
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO "group_feed_entry" ("xid", "group_id", "district_id", "removed") VALUES (tx, OLD."id", OLD."district_id", true);
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."district_id" IS DISTINCT FROM NEW."district_id" THEN
    INSERT INTO "group_feed_entry" ("xid", "group_id", "district_id", "removed") VALUES (tx, OLD."id", OLD."district_id", true);
  END IF;
  INSERT INTO "group_feed_entry" ("xid", "group_id", "district_id", "removed") VALUES (tx, NEW."id", NEW."district_id", false);
  RETURN NEW;
END;
$$;

CREATE TRIGGER "self_help_group_feed_insert_delete"
  AFTER INSERT OR DELETE ON "self_help_group"
  FOR EACH ROW EXECUTE FUNCTION "record_group_feed_entry"();

-- An update that changes nothing (a repeated save) is no change for partners.
CREATE TRIGGER "self_help_group_feed_update"
  AFTER UPDATE ON "self_help_group"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "record_group_feed_entry"();

-- The groups that exist now are the feed's start: a partner reading from the beginning gets them.
INSERT INTO "group_feed_entry" ("xid", "group_id", "district_id", "removed")
  SELECT pg_current_xact_id()::text::bigint, "id", "district_id", false FROM "self_help_group" ORDER BY "id";
