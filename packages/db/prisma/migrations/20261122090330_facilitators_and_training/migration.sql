-- CreateEnum
CREATE TYPE "FacilitatorAvailability" AS ENUM ('AVAILABLE', 'BUSY', 'RESTING');

-- CreateEnum
CREATE TYPE "CourseType" AS ENUM ('BASIC', 'REFRESHER', 'NETWORK_MEETING');

-- CreateEnum
CREATE TYPE "CourseStatus" AS ENUM ('PLANNED', 'OPEN', 'RUNNING', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('ENROLLED', 'WAITING', 'CANCELLED');

-- CreateTable
CREATE TABLE "district_setting" (
    "district_id" TEXT NOT NULL,
    "refresher_interval_months" INTEGER NOT NULL DEFAULT 36,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "district_setting_pkey" PRIMARY KEY ("district_id")
);

-- CreateTable
CREATE TABLE "facilitator" (
    "id" UUID NOT NULL,
    "district_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "municipality_number" CHAR(4) NOT NULL,
    "languages" TEXT[],
    "theme_consent" BOOLEAN NOT NULL DEFAULT false,
    "theme_ids" TEXT[],
    "availability" "FacilitatorAvailability" NOT NULL DEFAULT 'AVAILABLE',
    "notes" TEXT,
    "consent_given_on" DATE NOT NULL,
    "consent_text" TEXT,
    "forgotten_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "facilitator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_course" (
    "id" UUID NOT NULL,
    "district_id" TEXT NOT NULL,
    "type" "CourseType" NOT NULL,
    "title" TEXT NOT NULL,
    "location_text" TEXT,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "capacity" INTEGER NOT NULL,
    "status" "CourseStatus" NOT NULL DEFAULT 'PLANNED',
    "cancel_reason" TEXT,
    "starts_on" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "training_course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "course_trainer" (
    "course_id" UUID NOT NULL,
    "staff_user_id" UUID NOT NULL,

    CONSTRAINT "course_trainer_pkey" PRIMARY KEY ("course_id","staff_user_id")
);

-- CreateTable
CREATE TABLE "course_session" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "start_time" TEXT NOT NULL,
    "end_time" TEXT NOT NULL,
    "place" TEXT,

    CONSTRAINT "course_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enrolment" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "facilitator_id" UUID NOT NULL,
    "status" "EnrolmentStatus" NOT NULL,
    "waiting_position" INTEGER,
    "enrolled_at" TIMESTAMPTZ(3) NOT NULL,
    "cancelled_at" TIMESTAMPTZ(3),

    CONSTRAINT "enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_attendance" (
    "enrolment_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "present" BOOLEAN NOT NULL,

    CONSTRAINT "session_attendance_pkey" PRIMARY KEY ("enrolment_id","session_id")
);

-- CreateTable
CREATE TABLE "course_completion" (
    "course_id" UUID NOT NULL,
    "facilitator_id" UUID NOT NULL,
    "course_type" "CourseType" NOT NULL,
    "completed_on" DATE NOT NULL,

    CONSTRAINT "course_completion_pkey" PRIMARY KEY ("course_id","facilitator_id")
);

-- CreateTable
CREATE TABLE "facilitator_assignment" (
    "id" UUID NOT NULL,
    "facilitator_id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "from_date" DATE NOT NULL,
    "to_date" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "facilitator_assignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "facilitator_district_id_name_id_idx" ON "facilitator"("district_id", "name", "id");

-- CreateIndex
CREATE INDEX "facilitator_theme_ids_idx" ON "facilitator" USING GIN ("theme_ids");

-- CreateIndex
CREATE INDEX "training_course_district_id_starts_on_id_idx" ON "training_course"("district_id", "starts_on", "id");

-- CreateIndex
CREATE INDEX "course_trainer_staff_user_id_idx" ON "course_trainer"("staff_user_id");

-- CreateIndex
CREATE INDEX "course_session_course_id_date_idx" ON "course_session"("course_id", "date");

-- CreateIndex
CREATE INDEX "enrolment_facilitator_id_idx" ON "enrolment"("facilitator_id");

-- CreateIndex
CREATE UNIQUE INDEX "enrolment_course_id_facilitator_id_key" ON "enrolment"("course_id", "facilitator_id");

-- CreateIndex
CREATE INDEX "session_attendance_session_id_idx" ON "session_attendance"("session_id");

-- CreateIndex
CREATE INDEX "course_completion_facilitator_id_course_type_completed_on_idx" ON "course_completion"("facilitator_id", "course_type", "completed_on");

-- CreateIndex
CREATE INDEX "facilitator_assignment_group_id_to_date_idx" ON "facilitator_assignment"("group_id", "to_date");

-- CreateIndex
CREATE INDEX "facilitator_assignment_facilitator_id_from_date_idx" ON "facilitator_assignment"("facilitator_id", "from_date");

-- AddForeignKey
ALTER TABLE "course_trainer" ADD CONSTRAINT "course_trainer_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "training_course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_trainer" ADD CONSTRAINT "course_trainer_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_session" ADD CONSTRAINT "course_session_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "training_course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "training_course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_facilitator_id_fkey" FOREIGN KEY ("facilitator_id") REFERENCES "facilitator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_enrolment_id_fkey" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "course_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_completion" ADD CONSTRAINT "course_completion_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "training_course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_completion" ADD CONSTRAINT "course_completion_facilitator_id_fkey" FOREIGN KEY ("facilitator_id") REFERENCES "facilitator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facilitator_assignment" ADD CONSTRAINT "facilitator_assignment_facilitator_id_fkey" FOREIGN KEY ("facilitator_id") REFERENCES "facilitator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facilitator_assignment" ADD CONSTRAINT "facilitator_assignment_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "self_help_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: rules Prisma's schema language cannot express (its diff leaves CHECK
-- constraints alone). The domain and the repositories check first; these stop a bug or a manual
-- edit from storing what the rules forbid (themes without consent, personal data kept after
-- "forget" must be blank, a waiting position on an enrolment that is not waiting).
ALTER TABLE "district_setting"
    ADD CONSTRAINT "district_setting_refresher_interval_check" CHECK ("refresher_interval_months" BETWEEN 1 AND 120);
ALTER TABLE "facilitator"
    ADD CONSTRAINT "facilitator_municipality_number_check" CHECK ("municipality_number" ~ '^[0-9]{4}$'),
    ADD CONSTRAINT "facilitator_themes_need_consent_check" CHECK ("theme_consent" OR cardinality("theme_ids") = 0),
    ADD CONSTRAINT "facilitator_contact_and_consent_check" CHECK (
        "forgotten_at" IS NOT NULL OR ("consent_text" IS NOT NULL AND ("email" IS NOT NULL OR "phone" IS NOT NULL))),
    ADD CONSTRAINT "facilitator_forgotten_is_blank_check" CHECK (
        "forgotten_at" IS NULL OR ("email" IS NULL AND "phone" IS NULL AND "notes" IS NULL AND "consent_text" IS NULL
            AND cardinality("theme_ids") = 0 AND cardinality("languages") = 0)),
    ADD CONSTRAINT "facilitator_version_check" CHECK ("version" >= 1);
ALTER TABLE "training_course"
    ADD CONSTRAINT "training_course_capacity_check" CHECK ("capacity" > 0),
    ADD CONSTRAINT "training_course_cancel_reason_check" CHECK (("status" = 'CANCELLED') = ("cancel_reason" IS NOT NULL)),
    ADD CONSTRAINT "training_course_version_check" CHECK ("version" >= 1);
ALTER TABLE "course_session"
    ADD CONSTRAINT "course_session_start_time_check" CHECK ("start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
    ADD CONSTRAINT "course_session_end_time_check" CHECK ("end_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
    ADD CONSTRAINT "course_session_times_check" CHECK ("end_time" > "start_time");
ALTER TABLE "enrolment"
    ADD CONSTRAINT "enrolment_waiting_position_check" CHECK (
        ("status" = 'WAITING') = ("waiting_position" IS NOT NULL) AND ("waiting_position" IS NULL OR "waiting_position" > 0)),
    ADD CONSTRAINT "enrolment_cancelled_at_check" CHECK (("status" = 'CANCELLED') = ("cancelled_at" IS NOT NULL));
ALTER TABLE "facilitator_assignment"
    ADD CONSTRAINT "facilitator_assignment_dates_check" CHECK ("to_date" IS NULL OR "to_date" >= "from_date");
