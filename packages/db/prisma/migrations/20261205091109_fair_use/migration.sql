-- CreateEnum
CREATE TYPE "ApiUsageOutcome" AS ENUM ('OK', 'ERROR', 'REFUSED', 'RATE_LIMITED');

-- CreateTable
CREATE TABLE "api_client_budget" (
    "client_id" UUID NOT NULL,
    "tokens" DOUBLE PRECISION NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "api_client_budget_pkey" PRIMARY KEY ("client_id")
);

-- CreateTable
CREATE TABLE "api_usage" (
    "id" BIGSERIAL NOT NULL,
    "client_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "operation_name" TEXT,
    "cost" INTEGER NOT NULL,
    "outcome" "ApiUsageOutcome" NOT NULL,
    "duration_ms" INTEGER NOT NULL,

    CONSTRAINT "api_usage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "api_usage_client_id_at_idx" ON "api_usage"("client_id", "at");

-- CreateIndex
CREATE INDEX "api_usage_at_idx" ON "api_usage"("at");

-- AddForeignKey
ALTER TABLE "api_client_budget" ADD CONSTRAINT "api_client_budget_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "api_client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_usage" ADD CONSTRAINT "api_usage_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "api_client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Counts are never negative; an operation's name is a GraphQL name, kept short.
ALTER TABLE "api_usage" ADD CONSTRAINT "api_usage_counts" CHECK ("cost" >= 0 AND "duration_ms" >= 0);
ALTER TABLE "api_usage" ADD CONSTRAINT "api_usage_operation_name_length" CHECK (char_length("operation_name") <= 100);
