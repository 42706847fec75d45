-- CreateTable
CREATE TABLE "auth_epoch" (
    "id" SMALLINT NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 1,

    CONSTRAINT "auth_epoch_pkey" PRIMARY KEY ("id")
);

-- The one row the gateways watch.
INSERT INTO "auth_epoch" ("id", "version") VALUES (1, 1);
ALTER TABLE "auth_epoch" ADD CONSTRAINT "auth_epoch_single_row" CHECK ("id" = 1);

-- Bumped by the database itself, so that no code path that revokes a session or changes a user
-- (logout, password reset, deactivation, a new role or district, a deleted user) can forget it.
CREATE FUNCTION "bump_auth_epoch"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "auth_epoch" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

-- Statement-level: revoking all of a user's sessions bumps once. A touch (last_seen_at only)
-- does not fire it.
CREATE TRIGGER "session_revoked_bumps_auth_epoch"
  AFTER UPDATE OF "revoked_at" ON "session"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_auth_epoch"();

CREATE TRIGGER "session_deleted_bumps_auth_epoch"
  AFTER DELETE ON "session"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_auth_epoch"();

CREATE TRIGGER "staff_user_changed_bumps_auth_epoch"
  AFTER UPDATE OR DELETE ON "staff_user"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_auth_epoch"();
