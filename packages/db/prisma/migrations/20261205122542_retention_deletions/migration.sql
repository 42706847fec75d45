-- AlterTable
ALTER TABLE "retention_run" ADD COLUMN     "deleted" JSONB;
