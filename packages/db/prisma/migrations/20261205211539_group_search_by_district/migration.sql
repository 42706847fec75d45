-- The name search's trigram index, district first: a district's search (nearly every staff search)
-- then reads that district's matches from the index, where the name-only index gave every
-- district's and PostgreSQL intersected them with a bitmap of the whole district. btree_gin gives
-- the plain text column its GIN operator class. PGlite ships the extension in its package
-- (src/pglite-extensions.ts); on a server it is a trusted contrib extension, like pg_trgm.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- DropIndex
DROP INDEX "self_help_group_name_trgm_idx";

-- CreateIndex
CREATE INDEX "self_help_group_district_id_name_trgm_idx" ON "self_help_group" USING GIN ("district_id" text_ops, "name" gin_trgm_ops);
