-- CreateTable
CREATE TABLE "calendar_feed_token" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "calendar_feed_token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feed_token_token_hash_key" ON "calendar_feed_token"("token_hash");

-- CreateIndex
CREATE INDEX "calendar_feed_token_user_id_idx" ON "calendar_feed_token"("user_id");

-- AddForeignKey
ALTER TABLE "calendar_feed_token" ADD CONSTRAINT "calendar_feed_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
