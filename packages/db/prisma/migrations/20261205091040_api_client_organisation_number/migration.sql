-- AlterTable
ALTER TABLE "api_client" ADD COLUMN     "organisation_number" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "api_client_organisation_number_key" ON "api_client"("organisation_number") WHERE (revoked_at IS NULL);

-- Stored as the nine digits (the domain checks the mod-11 digit before it gets here).
ALTER TABLE "api_client" ADD CONSTRAINT "api_client_organisation_number_digits"
  CHECK ("organisation_number" ~ '^[0-9]{9}$');

-- A changed organisation number changes which access tokens reach the client: it moves the auth
-- epoch like a changed scope does (decisions 0016, 0032, 0035).
DROP TRIGGER "api_client_changed_bumps_auth_epoch" ON "api_client";
CREATE TRIGGER "api_client_changed_bumps_auth_epoch"
  AFTER UPDATE OF "revoked_at", "expires_at", "scopes", "district_ids", "organisation_number" ON "api_client"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_auth_epoch"();
