-- Trigram indexes for ILIKE '%…%' searches. PGlite ships the extension in its package (src/pglite-extensions.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "self_help_group_district_id_next_follow_up_due_idx";

-- DropIndex
DROP INDEX "self_help_group_district_id_status_idx";

-- CreateIndex
CREATE INDEX "self_help_group_district_id_name_id_idx" ON "self_help_group"("district_id", "name", "id");

-- CreateIndex
CREATE INDEX "self_help_group_district_id_updated_at_id_idx" ON "self_help_group"("district_id", "updated_at", "id");

-- CreateIndex
CREATE INDEX "self_help_group_district_id_status_id_idx" ON "self_help_group"("district_id", "status", "id");

-- CreateIndex
CREATE INDEX "self_help_group_district_id_next_follow_up_due_id_idx" ON "self_help_group"("district_id", "next_follow_up_due", "id");

-- CreateIndex
CREATE INDEX "self_help_group_public_name_id_idx" ON "self_help_group"("name", "id") WHERE ((status = ANY (ARRAY['STARTING'::"GroupStatus", 'RUNNING'::"GroupStatus"])) AND open_for_new_members);

-- CreateIndex
CREATE INDEX "self_help_group_public_district_id_name_id_idx" ON "self_help_group"("district_id", "name", "id") WHERE ((status = ANY (ARRAY['STARTING'::"GroupStatus", 'RUNNING'::"GroupStatus"])) AND open_for_new_members);

-- CreateIndex
CREATE INDEX "self_help_group_name_trgm_idx" ON "self_help_group" USING GIN ("name" gin_trgm_ops);
