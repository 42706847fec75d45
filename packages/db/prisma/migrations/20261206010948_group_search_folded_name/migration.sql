-- The name search reads lower(name) from a stored generated column instead of lowering every
-- candidate's name: `name ILIKE '%sorg%'` lowers the pattern and the name on every row it checks
-- (a multibyte database), which was most of a 20,000-group district search's execution and
-- planning time; `name_folded LIKE lower('%sorg%')` compares the kept text (decision 0044).
-- PostgreSQL keeps the column on every write; schema.prisma declares it @default(dbgenerated())
-- and @ignore, so the schema engine never alters it and the client never writes it.

-- AlterTable
ALTER TABLE "self_help_group" ADD COLUMN "name_folded" TEXT NOT NULL GENERATED ALWAYS AS (lower("name")) STORED;

-- The trigram index moves to the folded name (district first, btree_gin: decision 0041's index).
-- DropIndex
DROP INDEX "self_help_group_district_id_name_trgm_idx";

-- CreateIndex
CREATE INDEX "self_help_group_district_id_name_folded_trgm_idx" ON "self_help_group" USING GIN ("district_id" text_ops, "name_folded" gin_trgm_ops);
