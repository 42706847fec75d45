-- CreateEnum
CREATE TYPE "ServiceReferralKind" AS ENUM ('REFERRAL', 'TALK_REQUEST');

-- CreateTable
CREATE TABLE "service_referral" (
    "id" UUID NOT NULL,
    "inquiry_id" UUID NOT NULL,
    "api_client_id" UUID NOT NULL,
    "district_id" TEXT NOT NULL,
    "kind" "ServiceReferralKind" NOT NULL,
    "reference" VARCHAR(64) NOT NULL,
    "idempotency_key" VARCHAR(255),
    "payload_hash" CHAR(64) NOT NULL,
    "service_unit" TEXT NOT NULL,
    "service_contact_name" TEXT,
    "service_contact_phone" TEXT,
    "service_contact_email" TEXT,
    "contact_times" TEXT,
    "talk_topic" TEXT,
    "talk_audience_size" INTEGER,
    "talk_wished_from" DATE,
    "talk_wished_to" DATE,
    "talk_place" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_referral_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "service_referral_inquiry_id_key" ON "service_referral"("inquiry_id");

-- CreateIndex
CREATE INDEX "service_referral_district_id_idx" ON "service_referral"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_referral_api_client_id_reference_key" ON "service_referral"("api_client_id", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "service_referral_api_client_id_idempotency_key_key" ON "service_referral"("api_client_id", "idempotency_key");

-- AddForeignKey
ALTER TABLE "service_referral" ADD CONSTRAINT "service_referral_inquiry_id_fkey" FOREIGN KEY ("inquiry_id") REFERENCES "inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_referral" ADD CONSTRAINT "service_referral_api_client_id_fkey" FOREIGN KEY ("api_client_id") REFERENCES "api_client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
