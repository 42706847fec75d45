-- CreateTable
CREATE TABLE "api_client" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "contact_name" TEXT NOT NULL,
    "contact_email" TEXT NOT NULL,
    "partner_id" UUID,
    "scopes" TEXT[],
    "district_ids" TEXT[],
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "api_client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_client_secret" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "last_four" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "valid_until" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_client_secret_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "api_client_partner_id_idx" ON "api_client"("partner_id");

-- CreateIndex
CREATE INDEX "api_client_created_by_id_idx" ON "api_client"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_client_secret_secret_hash_key" ON "api_client_secret"("secret_hash");

-- CreateIndex
CREATE INDEX "api_client_secret_client_id_idx" ON "api_client_secret"("client_id");

-- AddForeignKey
ALTER TABLE "api_client" ADD CONSTRAINT "api_client_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_client" ADD CONSTRAINT "api_client_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_client_secret" ADD CONSTRAINT "api_client_secret_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "api_client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A client sees at least one district; its scopes are never empty either.
ALTER TABLE "api_client" ADD CONSTRAINT "api_client_has_districts" CHECK (cardinality("district_ids") > 0);
ALTER TABLE "api_client" ADD CONSTRAINT "api_client_has_scopes" CHECK (cardinality("scopes") > 0);

-- Revoking or narrowing a client, or revoking or rotating a key, moves the auth epoch like a
-- revoked session does (decision 0016), so a gateway that caches key lookups drops them within a
-- second. Last-use stamps do not fire it.
CREATE TRIGGER "api_client_changed_bumps_auth_epoch"
  AFTER UPDATE OF "revoked_at", "expires_at", "scopes", "district_ids" ON "api_client"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_auth_epoch"();

CREATE TRIGGER "api_client_deleted_bumps_auth_epoch"
  AFTER DELETE ON "api_client"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_auth_epoch"();

CREATE TRIGGER "api_client_secret_changed_bumps_auth_epoch"
  AFTER UPDATE OF "revoked_at", "valid_until" OR DELETE ON "api_client_secret"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_auth_epoch"();
