-- CreateEnum
CREATE TYPE "GroupStatus" AS ENUM ('IDEA', 'STARTING', 'RUNNING', 'PAUSED', 'CLOSED');

-- CreateEnum
CREATE TYPE "TargetGroup" AS ENUM ('AFFECTED', 'RELATIVES', 'BOTH');

-- CreateEnum
CREATE TYPE "GroupFormat" AS ENUM ('IN_PERSON', 'ONLINE', 'HYBRID');

-- CreateEnum
CREATE TYPE "Weekday" AS ENUM ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY');

-- CreateEnum
CREATE TYPE "ScheduleKind" AS ENUM ('WEEKLY', 'BIWEEKLY', 'MONTHLY_NTH_WEEKDAY', 'IRREGULAR');

-- CreateEnum
CREATE TYPE "GroupChangeKind" AS ENUM ('CREATED', 'UPDATED', 'STATUS_CHANGED', 'FOLLOW_UP', 'IMPORTED');

-- CreateTable
CREATE TABLE "venue" (
    "id" UUID NOT NULL,
    "district_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "street_address" TEXT NOT NULL,
    "postal_code" CHAR(4) NOT NULL,
    "postal_place" TEXT NOT NULL,
    "step_free_access" BOOLEAN NOT NULL DEFAULT false,
    "hearing_loop" BOOLEAN NOT NULL DEFAULT false,
    "accessibility_notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "venue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "self_help_group" (
    "id" UUID NOT NULL,
    "district_id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "theme_ids" TEXT[],
    "target_group" "TargetGroup" NOT NULL,
    "municipality_number" CHAR(4) NOT NULL,
    "format" "GroupFormat" NOT NULL,
    "venue_id" UUID,
    "meeting_url" TEXT,
    "languages" TEXT[],
    "open_for_new_members" BOOLEAN NOT NULL,
    "max_size" INTEGER,
    "schedule_kind" "ScheduleKind" NOT NULL,
    "weekday" "Weekday",
    "nth" INTEGER,
    "meeting_dates" DATE[],
    "start_time" TEXT NOT NULL,
    "duration_minutes" INTEGER NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "meeting_weekdays" "Weekday"[],
    "status" "GroupStatus" NOT NULL,
    "status_changed_at" TIMESTAMPTZ(3) NOT NULL,
    "next_follow_up_due" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "self_help_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_status_change" (
    "id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "from_status" "GroupStatus",
    "to_status" "GroupStatus" NOT NULL,
    "effective_date" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "changed_by_id" UUID,
    "changed_at" TIMESTAMPTZ(3) NOT NULL,
    "seq" SERIAL NOT NULL,

    CONSTRAINT "group_status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_follow_up" (
    "id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "registered_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "seq" SERIAL NOT NULL,

    CONSTRAINT "group_follow_up_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_change" (
    "id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "kind" "GroupChangeKind" NOT NULL,
    "changed_by_id" UUID,
    "changed_at" TIMESTAMPTZ(3) NOT NULL,
    "fields" JSONB NOT NULL,
    "seq" SERIAL NOT NULL,

    CONSTRAINT "group_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "venue_district_id_idx" ON "venue"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "self_help_group_slug_key" ON "self_help_group"("slug");

-- CreateIndex
CREATE INDEX "self_help_group_district_id_status_idx" ON "self_help_group"("district_id", "status");

-- CreateIndex
CREATE INDEX "self_help_group_district_id_next_follow_up_due_idx" ON "self_help_group"("district_id", "next_follow_up_due");

-- CreateIndex
CREATE INDEX "self_help_group_status_open_for_new_members_idx" ON "self_help_group"("status", "open_for_new_members");

-- CreateIndex
CREATE INDEX "self_help_group_theme_ids_idx" ON "self_help_group" USING GIN ("theme_ids");

-- CreateIndex
CREATE INDEX "self_help_group_name_id_idx" ON "self_help_group"("name", "id");

-- CreateIndex
CREATE INDEX "self_help_group_venue_id_idx" ON "self_help_group"("venue_id");

-- CreateIndex
CREATE INDEX "group_status_change_group_id_changed_at_idx" ON "group_status_change"("group_id", "changed_at");

-- CreateIndex
CREATE INDEX "group_follow_up_group_id_date_idx" ON "group_follow_up"("group_id", "date");

-- CreateIndex
CREATE INDEX "group_change_group_id_changed_at_idx" ON "group_change"("group_id", "changed_at");

-- AddForeignKey
ALTER TABLE "self_help_group" ADD CONSTRAINT "self_help_group_venue_id_fkey" FOREIGN KEY ("venue_id") REFERENCES "venue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "self_help_group" ADD CONSTRAINT "self_help_group_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "self_help_group" ADD CONSTRAINT "self_help_group_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_status_change" ADD CONSTRAINT "group_status_change_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "self_help_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_status_change" ADD CONSTRAINT "group_status_change_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_follow_up" ADD CONSTRAINT "group_follow_up_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "self_help_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_follow_up" ADD CONSTRAINT "group_follow_up_registered_by_id_fkey" FOREIGN KEY ("registered_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_change" ADD CONSTRAINT "group_change_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "self_help_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_change" ADD CONSTRAINT "group_change_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: rules Prisma's schema language cannot express (its diff leaves CHECK
-- constraints alone). The domain validates first; these stop a bug or a manual edit from
-- storing a group the scheduling code cannot read.
ALTER TABLE "venue" ADD CONSTRAINT "venue_postal_code_check" CHECK ("postal_code" ~ '^[0-9]{4}$');
ALTER TABLE "self_help_group"
    ADD CONSTRAINT "self_help_group_municipality_number_check" CHECK ("municipality_number" ~ '^[0-9]{4}$'),
    ADD CONSTRAINT "self_help_group_start_time_check" CHECK ("start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
    ADD CONSTRAINT "self_help_group_duration_minutes_check" CHECK ("duration_minutes" > 0),
    ADD CONSTRAINT "self_help_group_nth_check" CHECK ("nth" IS NULL OR "nth" IN (1, 2, 3, 4, -1)),
    ADD CONSTRAINT "self_help_group_dates_check" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"),
    ADD CONSTRAINT "self_help_group_max_size_check" CHECK ("max_size" IS NULL OR "max_size" > 0),
    ADD CONSTRAINT "self_help_group_version_check" CHECK ("version" >= 1);
