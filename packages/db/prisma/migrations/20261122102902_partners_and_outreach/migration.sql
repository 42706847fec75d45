-- CreateEnum
CREATE TYPE "PartnerType" AS ENUM ('MUNICIPALITY', 'NAV_OFFICE', 'DPS', 'HOSPITAL_UNIT', 'GP_OFFICE', 'PHARMACY', 'VOLUNTEER_CENTRE', 'USER_ORGANISATION', 'PRISON', 'SCHOOL', 'LIBRARY', 'FAITH_COMMUNITY', 'OTHER');

-- CreateEnum
CREATE TYPE "PartnerStatus" AS ENUM ('PROSPECT', 'ACTIVE', 'DORMANT');

-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('TALK', 'INFORMATION_MEETING', 'PROFESSIONAL_DAY', 'STAND', 'PUBLIC_SERVICE_COURSE', 'NETWORK_MEETING', 'PARTNER_MEETING');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('PLANNED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AudienceType" AS ENUM ('PUBLIC', 'HEALTH_SERVICES', 'NAV', 'MUNICIPAL_SERVICES', 'SCHOOLS', 'USER_ORGANISATIONS', 'VOLUNTEERS', 'CORRECTIONAL_SERVICE', 'OTHER');

-- CreateEnum
CREATE TYPE "OutcomeKind" AS ENUM ('GROUP_STARTED', 'FACILITATOR_RECRUITED', 'NEW_PARTNER');

-- AlterTable
ALTER TABLE "venue" ADD COLUMN     "partner_id" UUID;

-- CreateTable
CREATE TABLE "partner" (
    "id" UUID NOT NULL,
    "district_id" TEXT NOT NULL,
    "working_district_ids" TEXT[],
    "name" TEXT NOT NULL,
    "type" "PartnerType" NOT NULL,
    "organisation_number" CHAR(9),
    "municipality_number" CHAR(4) NOT NULL,
    "street_address" TEXT,
    "postal_code" CHAR(4),
    "postal_place" TEXT,
    "website" TEXT,
    "status" "PartnerStatus" NOT NULL,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact_person" (
    "id" UUID NOT NULL,
    "district_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "consent_note" TEXT,
    "partner_id" UUID,
    "role" TEXT,
    "since" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "contact_person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact_affiliation" (
    "id" UUID NOT NULL,
    "contact_id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "role" TEXT,
    "from_date" DATE NOT NULL,
    "to_date" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contact_affiliation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partner_agreement" (
    "id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "scope" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "partner_agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement_attachment" (
    "id" UUID NOT NULL,
    "agreement_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "content" BYTEA,
    "storage_key" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agreement_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outreach_activity" (
    "id" UUID NOT NULL,
    "district_id" TEXT NOT NULL,
    "type" "ActivityType" NOT NULL,
    "title" TEXT NOT NULL,
    "status" "ActivityStatus" NOT NULL,
    "date" DATE NOT NULL,
    "start_time" TEXT,
    "end_time" TEXT,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "place" TEXT,
    "municipality_number" CHAR(4),
    "audiences" "AudienceType"[],
    "participant_count" INTEGER,
    "theme_ids" TEXT[],
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "outreach_activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_staff" (
    "activity_id" UUID NOT NULL,
    "staff_user_id" UUID NOT NULL,

    CONSTRAINT "activity_staff_pkey" PRIMARY KEY ("activity_id","staff_user_id")
);

-- CreateTable
CREATE TABLE "activity_partner" (
    "activity_id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,

    CONSTRAINT "activity_partner_pkey" PRIMARY KEY ("activity_id","partner_id")
);

-- CreateTable
CREATE TABLE "activity_outcome" (
    "id" UUID NOT NULL,
    "activity_id" UUID NOT NULL,
    "kind" "OutcomeKind" NOT NULL,
    "group_id" UUID,
    "facilitator_id" UUID,
    "partner_id" UUID,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "activity_outcome_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "partner_district_id_name_id_idx" ON "partner"("district_id", "name", "id");

-- CreateIndex
CREATE INDEX "partner_district_id_municipality_number_status_idx" ON "partner"("district_id", "municipality_number", "status");

-- CreateIndex
CREATE UNIQUE INDEX "partner_district_id_organisation_number_key" ON "partner"("district_id", "organisation_number");

-- CreateIndex
CREATE INDEX "contact_person_district_id_name_id_idx" ON "contact_person"("district_id", "name", "id");

-- CreateIndex
CREATE INDEX "contact_person_partner_id_idx" ON "contact_person"("partner_id");

-- CreateIndex
CREATE INDEX "contact_affiliation_contact_id_from_date_idx" ON "contact_affiliation"("contact_id", "from_date");

-- CreateIndex
CREATE INDEX "contact_affiliation_partner_id_to_date_idx" ON "contact_affiliation"("partner_id", "to_date");

-- CreateIndex
CREATE INDEX "partner_agreement_partner_id_starts_on_idx" ON "partner_agreement"("partner_id", "starts_on");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_attachment_agreement_id_key" ON "agreement_attachment"("agreement_id");

-- CreateIndex
CREATE INDEX "outreach_activity_district_id_date_id_idx" ON "outreach_activity"("district_id", "date", "id");

-- CreateIndex
CREATE INDEX "outreach_activity_district_id_status_date_idx" ON "outreach_activity"("district_id", "status", "date");

-- CreateIndex
CREATE INDEX "activity_staff_staff_user_id_idx" ON "activity_staff"("staff_user_id");

-- CreateIndex
CREATE INDEX "activity_partner_partner_id_idx" ON "activity_partner"("partner_id");

-- CreateIndex
CREATE INDEX "activity_outcome_group_id_idx" ON "activity_outcome"("group_id");

-- CreateIndex
CREATE INDEX "activity_outcome_facilitator_id_idx" ON "activity_outcome"("facilitator_id");

-- CreateIndex
CREATE INDEX "activity_outcome_partner_id_idx" ON "activity_outcome"("partner_id");

-- CreateIndex
CREATE UNIQUE INDEX "activity_outcome_activity_id_group_id_key" ON "activity_outcome"("activity_id", "group_id");

-- CreateIndex
CREATE UNIQUE INDEX "activity_outcome_activity_id_facilitator_id_key" ON "activity_outcome"("activity_id", "facilitator_id");

-- CreateIndex
CREATE UNIQUE INDEX "activity_outcome_activity_id_partner_id_key" ON "activity_outcome"("activity_id", "partner_id");

-- CreateIndex
CREATE INDEX "venue_partner_id_idx" ON "venue"("partner_id");

-- AddForeignKey
ALTER TABLE "venue" ADD CONSTRAINT "venue_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner" ADD CONSTRAINT "partner_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner" ADD CONSTRAINT "partner_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_person" ADD CONSTRAINT "contact_person_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_affiliation" ADD CONSTRAINT "contact_affiliation_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contact_person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_affiliation" ADD CONSTRAINT "contact_affiliation_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_agreement" ADD CONSTRAINT "partner_agreement_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_attachment" ADD CONSTRAINT "agreement_attachment_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "partner_agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outreach_activity" ADD CONSTRAINT "outreach_activity_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outreach_activity" ADD CONSTRAINT "outreach_activity_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_staff" ADD CONSTRAINT "activity_staff_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "outreach_activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_staff" ADD CONSTRAINT "activity_staff_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_partner" ADD CONSTRAINT "activity_partner_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "outreach_activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_partner" ADD CONSTRAINT "activity_partner_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_outcome" ADD CONSTRAINT "activity_outcome_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "outreach_activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_outcome" ADD CONSTRAINT "activity_outcome_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "self_help_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_outcome" ADD CONSTRAINT "activity_outcome_facilitator_id_fkey" FOREIGN KEY ("facilitator_id") REFERENCES "facilitator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_outcome" ADD CONSTRAINT "activity_outcome_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: rules Prisma's schema language cannot express (its diff leaves CHECK
-- constraints alone). The domain and the repositories check first; these stop a bug or a manual
-- edit from storing what the rules forbid.
ALTER TABLE "partner"
    ADD CONSTRAINT "partner_organisation_number_check" CHECK ("organisation_number" IS NULL OR "organisation_number" ~ '^[0-9]{9}$'),
    ADD CONSTRAINT "partner_municipality_number_check" CHECK ("municipality_number" ~ '^[0-9]{4}$'),
    ADD CONSTRAINT "partner_postal_code_check" CHECK ("postal_code" IS NULL OR "postal_code" ~ '^[0-9]{4}$'),
    ADD CONSTRAINT "partner_works_with_own_district_check" CHECK ("district_id" = ANY ("working_district_ids")),
    ADD CONSTRAINT "partner_version_check" CHECK ("version" >= 1);
ALTER TABLE "contact_person"
    ADD CONSTRAINT "contact_person_place_check" CHECK (("partner_id" IS NULL) = ("since" IS NULL));
ALTER TABLE "contact_affiliation"
    ADD CONSTRAINT "contact_affiliation_dates_check" CHECK ("to_date" >= "from_date");
ALTER TABLE "partner_agreement"
    ADD CONSTRAINT "partner_agreement_dates_check" CHECK ("ends_on" IS NULL OR "ends_on" >= "starts_on");
ALTER TABLE "agreement_attachment"
    ADD CONSTRAINT "agreement_attachment_size_check" CHECK ("byte_size" >= 0),
    ADD CONSTRAINT "agreement_attachment_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
    ADD CONSTRAINT "agreement_attachment_storage_check" CHECK (("content" IS NULL) <> ("storage_key" IS NULL));
ALTER TABLE "outreach_activity"
    ADD CONSTRAINT "outreach_activity_participants_check" CHECK ("participant_count" IS NULL OR "participant_count" >= 0),
    ADD CONSTRAINT "outreach_activity_completed_counted_check" CHECK ("status" <> 'COMPLETED' OR "participant_count" IS NOT NULL),
    ADD CONSTRAINT "outreach_activity_times_check" CHECK (
        ("start_time" IS NULL AND "end_time" IS NULL)
        OR ("start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND "end_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND "end_time" > "start_time")),
    ADD CONSTRAINT "outreach_activity_place_check" CHECK ("online" OR "place" IS NOT NULL),
    ADD CONSTRAINT "outreach_activity_municipality_number_check" CHECK ("municipality_number" IS NULL OR "municipality_number" ~ '^[0-9]{4}$'),
    ADD CONSTRAINT "outreach_activity_version_check" CHECK ("version" >= 1);
ALTER TABLE "activity_outcome"
    ADD CONSTRAINT "activity_outcome_target_check" CHECK (
        ("kind" = 'GROUP_STARTED' AND "group_id" IS NOT NULL AND "facilitator_id" IS NULL AND "partner_id" IS NULL)
        OR ("kind" = 'FACILITATOR_RECRUITED' AND "facilitator_id" IS NOT NULL AND "group_id" IS NULL AND "partner_id" IS NULL)
        OR ("kind" = 'NEW_PARTNER' AND "partner_id" IS NOT NULL AND "group_id" IS NULL AND "facilitator_id" IS NULL));
