-- CreateEnum
CREATE TYPE "InquiryChannel" AS ENUM ('PHONE', 'EMAIL', 'OFFICE_VISIT', 'WEB_FORM', 'REFERRAL');

-- CreateEnum
CREATE TYPE "InquirerType" AS ENUM ('PERSON', 'RELATIVE', 'PUBLIC_SERVICE', 'PARTNER');

-- CreateEnum
CREATE TYPE "PublicServiceType" AS ENUM ('CHILD_WELFARE', 'CRISIS_CENTRE', 'PSYCHOLOGIST', 'CHILD_ADOLESCENT_PSYCHIATRY', 'SCHOOL', 'HEALTH_STATION', 'NAV', 'DIRECTORATE', 'INTEGRATION_ADVISER', 'OTHER');

-- CreateEnum
CREATE TYPE "InquiryAction" AS ENUM ('INFORMATION_GIVEN', 'REFERRED_TO_GROUP', 'ADDED_TO_INTEREST_LIST', 'MATCHED_TO_PEER', 'REFERRED_TO_PROFESSIONAL_HELP', 'TALK_OR_COURSE_REQUESTED');

-- CreateEnum
CREATE TYPE "ContactMethod" AS ENUM ('PHONE', 'EMAIL');

-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('FOLLOW_UP_CONTACT', 'REFERRAL', 'INTEREST_LIST', 'ANONYMOUS_STATISTICS');

-- CreateEnum
CREATE TYPE "ReferralResourceType" AS ENUM ('PSYCHOLOGIST', 'DPS', 'CRISIS_LINE', 'FAMILY_COUNSELLING', 'USER_ORGANISATION', 'MUNICIPAL_SERVICE', 'OTHER');

-- CreateEnum
CREATE TYPE "ReferralAreaKind" AS ENUM ('MUNICIPALITIES', 'DISTRICT', 'NATIONAL');

-- CreateEnum
CREATE TYPE "PeerAvailability" AS ENUM ('AVAILABLE', 'RESTING');

-- CreateEnum
CREATE TYPE "PeerGender" AS ENUM ('WOMAN', 'MAN', 'OTHER');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'PAUSED', 'CLOSED');

-- CreateEnum
CREATE TYPE "CaseOutcome" AS ENUM ('JOINED_GROUP', 'REFERRED_TO_PROFESSIONAL_HELP', 'NO_LONGER_NEEDED', 'LOST_CONTACT', 'OTHER');

-- CreateEnum
CREATE TYPE "RetentionTrigger" AS ENUM ('SCHEDULED', 'ON_DEMAND');

-- AlterTable
ALTER TABLE "district_setting" ADD COLUMN     "closed_case_months" INTEGER NOT NULL DEFAULT 12,
ADD COLUMN     "inquiry_without_case_months" INTEGER NOT NULL DEFAULT 6,
ADD COLUMN     "stopped_peer_months" INTEGER NOT NULL DEFAULT 24;

-- CreateTable
CREATE TABLE "inquiry" (
    "id" UUID NOT NULL,
    "district_id" TEXT NOT NULL,
    "received_on" DATE NOT NULL,
    "received_time" TEXT,
    "channel" "InquiryChannel" NOT NULL,
    "inquirer_type" "InquirerType" NOT NULL,
    "public_service_type" "PublicServiceType",
    "partner_id" UUID,
    "theme_ids" TEXT[],
    "languages" TEXT[],
    "municipality_number" CHAR(4),
    "minutes_spent" INTEGER NOT NULL,
    "actions" "InquiryAction"[],
    "note" TEXT,
    "person_alias" TEXT,
    "contact_method" "ContactMethod",
    "contact_value" TEXT,
    "activity_id" UUID,
    "anonymised_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "inquiry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consent" (
    "id" UUID NOT NULL,
    "inquiry_id" UUID NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "given_on" DATE NOT NULL,
    "wording" TEXT NOT NULL,
    "withdrawn_on" DATE,
    "recorded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "interest_list_entry" (
    "id" UUID NOT NULL,
    "district_id" TEXT NOT NULL,
    "inquiry_id" UUID NOT NULL,
    "theme_id" TEXT NOT NULL,
    "municipality_number" CHAR(4) NOT NULL,
    "group_id" UUID,
    "closed_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "interest_list_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "referral_resource" (
    "id" UUID NOT NULL,
    "district_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "ReferralResourceType" NOT NULL,
    "offers" TEXT NOT NULL,
    "area_kind" "ReferralAreaKind" NOT NULL,
    "municipality_numbers" TEXT[],
    "how_to_refer" TEXT NOT NULL,
    "phone" TEXT,
    "website" TEXT,
    "partner_id" UUID,
    "archived_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "referral_resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "volunteer_peer" (
    "id" UUID NOT NULL,
    "district_id" TEXT NOT NULL,
    "facilitator_id" UUID,
    "name" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "municipality_number" CHAR(4) NOT NULL,
    "languages" TEXT[],
    "theme_ids" TEXT[],
    "experience" TEXT,
    "gender" "PeerGender",
    "availability" "PeerAvailability" NOT NULL DEFAULT 'AVAILABLE',
    "availability_note" TEXT,
    "capacity" INTEGER NOT NULL DEFAULT 2,
    "confidentiality_declared_on" DATE,
    "follow_up_staff_user_id" UUID,
    "notes" TEXT,
    "consent_given_on" DATE NOT NULL,
    "consent_text" TEXT,
    "started_on" DATE NOT NULL,
    "stopped_on" DATE,
    "next_check_in_override" DATE,
    "anonymised_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "volunteer_peer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "peer_check_in" (
    "id" UUID NOT NULL,
    "peer_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "note" TEXT,
    "next_check_in_on" DATE,
    "staff_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "peer_check_in_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow_up_case" (
    "id" UUID NOT NULL,
    "district_id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "inquiry_id" UUID NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "outcome" "CaseOutcome",
    "responsible_staff_user_id" UUID NOT NULL,
    "peer_id" UUID,
    "peer_matched_on" DATE,
    "next_follow_up_on" DATE,
    "opened_on" DATE NOT NULL,
    "closed_on" DATE,
    "anonymised_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "follow_up_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_status_change" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "from_status" "CaseStatus",
    "to_status" "CaseStatus" NOT NULL,
    "outcome" "CaseOutcome",
    "changed_on" DATE NOT NULL,
    "staff_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_note" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "text" TEXT,
    "author_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_referral" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "referral_resource_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "note" TEXT,
    "staff_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_note_grant" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "staff_user_id" UUID NOT NULL,
    "granted_by_id" UUID,
    "granted_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "case_note_grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "retention_run" (
    "id" UUID NOT NULL,
    "trigger" "RetentionTrigger" NOT NULL,
    "as_of" TIMESTAMPTZ(3) NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),
    "cases_anonymised" INTEGER NOT NULL DEFAULT 0,
    "inquiries_anonymised" INTEGER NOT NULL DEFAULT 0,
    "peers_anonymised" INTEGER NOT NULL DEFAULT 0,
    "details" JSONB,

    CONSTRAINT "retention_run_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "inquiry_activity_id_key" ON "inquiry"("activity_id");

-- CreateIndex
CREATE INDEX "inquiry_district_id_received_on_id_idx" ON "inquiry"("district_id", "received_on", "id");

-- CreateIndex
CREATE INDEX "inquiry_received_on_idx" ON "inquiry"("received_on");

-- CreateIndex
CREATE INDEX "inquiry_partner_id_idx" ON "inquiry"("partner_id");

-- CreateIndex
CREATE UNIQUE INDEX "consent_inquiry_id_purpose_key" ON "consent"("inquiry_id", "purpose");

-- CreateIndex
CREATE INDEX "interest_list_entry_district_id_theme_id_municipality_numbe_idx" ON "interest_list_entry"("district_id", "theme_id", "municipality_number");

-- CreateIndex
CREATE INDEX "interest_list_entry_inquiry_id_idx" ON "interest_list_entry"("inquiry_id");

-- CreateIndex
CREATE INDEX "interest_list_entry_group_id_idx" ON "interest_list_entry"("group_id");

-- CreateIndex
CREATE INDEX "referral_resource_district_id_name_id_idx" ON "referral_resource"("district_id", "name", "id");

-- CreateIndex
CREATE INDEX "referral_resource_partner_id_idx" ON "referral_resource"("partner_id");

-- CreateIndex
CREATE UNIQUE INDEX "volunteer_peer_facilitator_id_key" ON "volunteer_peer"("facilitator_id");

-- CreateIndex
CREATE INDEX "volunteer_peer_district_id_name_id_idx" ON "volunteer_peer"("district_id", "name", "id");

-- CreateIndex
CREATE INDEX "volunteer_peer_theme_ids_idx" ON "volunteer_peer" USING GIN ("theme_ids");

-- CreateIndex
CREATE INDEX "volunteer_peer_stopped_on_idx" ON "volunteer_peer"("stopped_on");

-- CreateIndex
CREATE INDEX "volunteer_peer_follow_up_staff_user_id_idx" ON "volunteer_peer"("follow_up_staff_user_id");

-- CreateIndex
CREATE INDEX "peer_check_in_peer_id_date_idx" ON "peer_check_in"("peer_id", "date");

-- CreateIndex
CREATE INDEX "peer_check_in_staff_user_id_idx" ON "peer_check_in"("staff_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "follow_up_case_reference_key" ON "follow_up_case"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "follow_up_case_inquiry_id_key" ON "follow_up_case"("inquiry_id");

-- CreateIndex
CREATE INDEX "follow_up_case_district_id_status_next_follow_up_on_id_idx" ON "follow_up_case"("district_id", "status", "next_follow_up_on", "id");

-- CreateIndex
CREATE INDEX "follow_up_case_district_id_opened_on_id_idx" ON "follow_up_case"("district_id", "opened_on", "id");

-- CreateIndex
CREATE INDEX "follow_up_case_responsible_staff_user_id_status_idx" ON "follow_up_case"("responsible_staff_user_id", "status");

-- CreateIndex
CREATE INDEX "follow_up_case_peer_id_status_idx" ON "follow_up_case"("peer_id", "status");

-- CreateIndex
CREATE INDEX "follow_up_case_closed_on_idx" ON "follow_up_case"("closed_on");

-- CreateIndex
CREATE INDEX "case_status_change_case_id_created_at_idx" ON "case_status_change"("case_id", "created_at");

-- CreateIndex
CREATE INDEX "case_note_case_id_date_idx" ON "case_note"("case_id", "date");

-- CreateIndex
CREATE INDEX "case_note_author_id_idx" ON "case_note"("author_id");

-- CreateIndex
CREATE INDEX "case_referral_case_id_date_idx" ON "case_referral"("case_id", "date");

-- CreateIndex
CREATE INDEX "case_referral_referral_resource_id_idx" ON "case_referral"("referral_resource_id");

-- CreateIndex
CREATE INDEX "case_referral_staff_user_id_idx" ON "case_referral"("staff_user_id");

-- CreateIndex
CREATE INDEX "case_note_grant_case_id_staff_user_id_expires_at_idx" ON "case_note_grant"("case_id", "staff_user_id", "expires_at");

-- CreateIndex
CREATE INDEX "case_note_grant_staff_user_id_idx" ON "case_note_grant"("staff_user_id");

-- CreateIndex
CREATE INDEX "case_note_grant_granted_by_id_idx" ON "case_note_grant"("granted_by_id");

-- CreateIndex
CREATE INDEX "retention_run_started_at_idx" ON "retention_run"("started_at");

-- AddForeignKey
ALTER TABLE "inquiry" ADD CONSTRAINT "inquiry_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inquiry" ADD CONSTRAINT "inquiry_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "outreach_activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inquiry" ADD CONSTRAINT "inquiry_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inquiry" ADD CONSTRAINT "inquiry_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent" ADD CONSTRAINT "consent_inquiry_id_fkey" FOREIGN KEY ("inquiry_id") REFERENCES "inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent" ADD CONSTRAINT "consent_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interest_list_entry" ADD CONSTRAINT "interest_list_entry_inquiry_id_fkey" FOREIGN KEY ("inquiry_id") REFERENCES "inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interest_list_entry" ADD CONSTRAINT "interest_list_entry_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "self_help_group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referral_resource" ADD CONSTRAINT "referral_resource_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "volunteer_peer" ADD CONSTRAINT "volunteer_peer_facilitator_id_fkey" FOREIGN KEY ("facilitator_id") REFERENCES "facilitator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "volunteer_peer" ADD CONSTRAINT "volunteer_peer_follow_up_staff_user_id_fkey" FOREIGN KEY ("follow_up_staff_user_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "peer_check_in" ADD CONSTRAINT "peer_check_in_peer_id_fkey" FOREIGN KEY ("peer_id") REFERENCES "volunteer_peer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "peer_check_in" ADD CONSTRAINT "peer_check_in_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up_case" ADD CONSTRAINT "follow_up_case_inquiry_id_fkey" FOREIGN KEY ("inquiry_id") REFERENCES "inquiry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up_case" ADD CONSTRAINT "follow_up_case_responsible_staff_user_id_fkey" FOREIGN KEY ("responsible_staff_user_id") REFERENCES "staff_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up_case" ADD CONSTRAINT "follow_up_case_peer_id_fkey" FOREIGN KEY ("peer_id") REFERENCES "volunteer_peer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up_case" ADD CONSTRAINT "follow_up_case_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_status_change" ADD CONSTRAINT "case_status_change_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "follow_up_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_status_change" ADD CONSTRAINT "case_status_change_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "follow_up_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_referral" ADD CONSTRAINT "case_referral_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "follow_up_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_referral" ADD CONSTRAINT "case_referral_referral_resource_id_fkey" FOREIGN KEY ("referral_resource_id") REFERENCES "referral_resource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_referral" ADD CONSTRAINT "case_referral_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_note_grant" ADD CONSTRAINT "case_note_grant_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "follow_up_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_note_grant" ADD CONSTRAINT "case_note_grant_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_note_grant" ADD CONSTRAINT "case_note_grant_granted_by_id_fkey" FOREIGN KEY ("granted_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules the schema language cannot say (decision 0018).
ALTER TABLE "district_setting"
  ADD CONSTRAINT "district_setting_retention_months_range" CHECK (
    "closed_case_months" BETWEEN 1 AND 60
    AND "inquiry_without_case_months" BETWEEN 1 AND 60
    AND "stopped_peer_months" BETWEEN 1 AND 60);

ALTER TABLE "inquiry"
  ADD CONSTRAINT "inquiry_public_service_type_when_public_service" CHECK (
    ("inquirer_type" = 'PUBLIC_SERVICE') = ("public_service_type" IS NOT NULL)),
  ADD CONSTRAINT "inquiry_minutes_spent_range" CHECK ("minutes_spent" BETWEEN 1 AND 480),
  ADD CONSTRAINT "inquiry_contact_method_and_value_together" CHECK (
    ("contact_method" IS NULL) = ("contact_value" IS NULL));

ALTER TABLE "volunteer_peer"
  ADD CONSTRAINT "volunteer_peer_capacity_range" CHECK ("capacity" BETWEEN 1 AND 6),
  -- One person, two roles: a peer who is a facilitator keeps name and contact on the facilitator.
  ADD CONSTRAINT "volunteer_peer_person_once" CHECK (
    "facilitator_id" IS NULL OR ("name" IS NULL AND "email" IS NULL AND "phone" IS NULL)),
  ADD CONSTRAINT "volunteer_peer_named" CHECK (
    "facilitator_id" IS NOT NULL OR "name" IS NOT NULL OR "anonymised_at" IS NOT NULL);

ALTER TABLE "follow_up_case"
  ADD CONSTRAINT "follow_up_case_closed_with_day" CHECK (("status" = 'CLOSED') = ("closed_on" IS NOT NULL)),
  ADD CONSTRAINT "follow_up_case_closed_with_outcome" CHECK (("status" = 'CLOSED') = ("outcome" IS NOT NULL)),
  ADD CONSTRAINT "follow_up_case_peer_matched_on" CHECK (("peer_id" IS NULL) = ("peer_matched_on" IS NULL));

ALTER TABLE "case_note_grant"
  ADD CONSTRAINT "case_note_grant_expires_after_granted" CHECK ("expires_at" > "granted_at");
