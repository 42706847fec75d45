-- CreateEnum
CREATE TYPE "AccessLogRecordType" AS ENUM ('INQUIRY', 'FOLLOW_UP_CASE', 'VOLUNTEER_PEER');

-- CreateEnum
CREATE TYPE "AccessLogAction" AS ENUM ('READ', 'LIST', 'READ_NOTES', 'EXPORT', 'CREATE', 'UPDATE', 'ANONYMISE');

-- CreateEnum
CREATE TYPE "AccessOutcome" AS ENUM ('ALLOWED', 'FORBIDDEN', 'NOT_FOUND');

-- CreateEnum
CREATE TYPE "AccessPurpose" AS ENUM ('CASE_WORK', 'MATCHING', 'PEER_FOLLOW_UP', 'SUBJECT_ACCESS_REQUEST', 'RETENTION', 'ACCESS_REVIEW');

-- CreateEnum
CREATE TYPE "AccessActorRole" AS ENUM ('DISTRICT_STAFF', 'DISTRICT_LEAD', 'NATIONAL', 'ADMIN', 'SYSTEM');

-- CreateTable
CREATE TABLE "access_log" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "staff_user_id" UUID,
    "role" "AccessActorRole" NOT NULL,
    "actor_district_id" TEXT,
    "record_district_id" TEXT,
    "record_type" "AccessLogRecordType" NOT NULL,
    "record_id" UUID NOT NULL,
    "action" "AccessLogAction" NOT NULL,
    "outcome" "AccessOutcome" NOT NULL,
    "purpose" "AccessPurpose" NOT NULL,
    "request_id" TEXT,

    CONSTRAINT "access_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "access_log_record_type_record_id_occurred_at_id_idx" ON "access_log"("record_type", "record_id", "occurred_at", "id");

-- CreateIndex
CREATE INDEX "access_log_record_district_id_occurred_at_idx" ON "access_log"("record_district_id", "occurred_at");

-- CreateIndex
CREATE INDEX "access_log_staff_user_id_occurred_at_idx" ON "access_log"("staff_user_id", "occurred_at");

-- CreateIndex
CREATE INDEX "access_log_occurred_at_idx" ON "access_log"("occurred_at");

-- AddForeignKey
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- Hand-written (decision 0019): the rules the log keeps whatever code writes to it.

-- A staff member acts as a user; the retention job (SYSTEM) acts for no one.
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_actor"
  CHECK (("role" = 'SYSTEM') = ("staff_user_id" IS NULL));

-- An allowed access was to a record that exists, so its district is known.
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_allowed_record_district"
  CHECK ("outcome" <> 'ALLOWED' OR "record_district_id" IS NOT NULL);

-- Append-only for the application: UPDATE and TRUNCATE are always refused, DELETE unless the
-- transaction has set selvhjelp.access_log_retention = 'on' (SET LOCAL), which only
-- AccessLogRepository.deleteOlderThan does. Statement-level, so even a statement that would
-- touch no row is refused: a mistake shows the first time the code runs, not once data exists.
CREATE FUNCTION "access_log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('selvhjelp.access_log_retention', true) = 'on' THEN
    RETURN NULL;
  END IF;
  RAISE EXCEPTION 'access_log is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Entries are only ever added; old ones are removed by the retention path (AccessLogRepository.deleteOlderThan).';
END;
$$;

CREATE TRIGGER "access_log_no_update"
  BEFORE UPDATE ON "access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "access_log_refuse_change"();

CREATE TRIGGER "access_log_no_delete"
  BEFORE DELETE ON "access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "access_log_refuse_change"();

CREATE TRIGGER "access_log_no_truncate"
  BEFORE TRUNCATE ON "access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "access_log_refuse_change"();

-- Even the retention path keeps the last year: a wrong cutoff (say, today) cannot empty the log.
CREATE FUNCTION "access_log_retention_floor"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."occurred_at" > now() - interval '1 year' THEN
    RAISE EXCEPTION 'access_log keeps every entry for at least one year: entry of % refused', OLD."occurred_at"
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END;
$$;

CREATE TRIGGER "access_log_keeps_one_year"
  BEFORE DELETE ON "access_log"
  FOR EACH ROW EXECUTE FUNCTION "access_log_retention_floor"();
