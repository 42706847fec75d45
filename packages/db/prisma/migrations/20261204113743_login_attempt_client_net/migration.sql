-- AlterTable
ALTER TABLE "login_attempt" ADD COLUMN     "client_net" TEXT;

-- CreateIndex
CREATE INDEX "login_attempt_client_net_at_idx" ON "login_attempt"("client_net", "at");
