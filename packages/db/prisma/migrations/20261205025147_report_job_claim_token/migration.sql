-- AlterTable
ALTER TABLE "report_job" ADD COLUMN     "claim_token" UUID;
