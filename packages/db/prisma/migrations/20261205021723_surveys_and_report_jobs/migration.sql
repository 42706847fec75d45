-- CreateEnum
CREATE TYPE "SurveyQuestionKind" AS ENUM ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'FREE_TEXT');

-- CreateEnum
CREATE TYPE "ReportJobStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "ReportFileFormat" AS ENUM ('XLSX', 'CSV');

-- CreateTable
CREATE TABLE "survey" (
    "id" UUID NOT NULL,
    "district_id" TEXT,
    "title" TEXT NOT NULL,
    "intro" TEXT,
    "public_token" TEXT NOT NULL,
    "template_key" TEXT,
    "opens_on" DATE NOT NULL,
    "closes_on" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_question" (
    "id" UUID NOT NULL,
    "survey_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "SurveyQuestionKind" NOT NULL,
    "text" TEXT NOT NULL,
    "options" TEXT[],
    "scale_min" INTEGER,
    "scale_max" INTEGER,
    "scale_min_label" TEXT,
    "scale_max_label" TEXT,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "template_key" TEXT,

    CONSTRAINT "survey_question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_response" (
    "id" UUID NOT NULL,
    "survey_id" UUID NOT NULL,

    CONSTRAINT "survey_response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_answer" (
    "id" UUID NOT NULL,
    "response_id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "choice_indexes" INTEGER[],
    "scale_value" INTEGER,
    "text" TEXT,

    CONSTRAINT "survey_answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_job" (
    "id" UUID NOT NULL,
    "period_from" DATE NOT NULL,
    "period_to" DATE NOT NULL,
    "locale" TEXT NOT NULL,
    "status" "ReportJobStatus" NOT NULL DEFAULT 'QUEUED',
    "progress_done" INTEGER NOT NULL DEFAULT 0,
    "progress_total" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "requested_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "report_job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_file" (
    "id" UUID NOT NULL,
    "job_id" UUID NOT NULL,
    "district_id" TEXT,
    "format" "ReportFileFormat" NOT NULL,
    "file_name" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_file_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "survey_public_token_key" ON "survey"("public_token");

-- CreateIndex
CREATE INDEX "survey_district_id_opens_on_idx" ON "survey"("district_id", "opens_on");

-- CreateIndex
CREATE INDEX "survey_template_key_idx" ON "survey"("template_key");

-- CreateIndex
CREATE UNIQUE INDEX "survey_question_survey_id_position_key" ON "survey_question"("survey_id", "position");

-- CreateIndex
CREATE INDEX "survey_response_survey_id_idx" ON "survey_response"("survey_id");

-- CreateIndex
CREATE INDEX "survey_answer_question_id_idx" ON "survey_answer"("question_id");

-- CreateIndex
CREATE UNIQUE INDEX "survey_answer_response_id_question_id_key" ON "survey_answer"("response_id", "question_id");

-- CreateIndex
CREATE INDEX "report_job_status_created_at_idx" ON "report_job"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "report_file_job_id_district_id_format_key" ON "report_file"("job_id", "district_id", "format");

-- AddForeignKey
ALTER TABLE "survey" ADD CONSTRAINT "survey_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_question" ADD CONSTRAINT "survey_question_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_answer" ADD CONSTRAINT "survey_answer_response_id_fkey" FOREIGN KEY ("response_id") REFERENCES "survey_response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_answer" ADD CONSTRAINT "survey_answer_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "survey_question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_job" ADD CONSTRAINT "report_job_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_file" ADD CONSTRAINT "report_file_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "report_job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules the schema language cannot say (issue 13).
ALTER TABLE "survey"
  ADD CONSTRAINT "survey_open_before_close" CHECK ("closes_on" >= "opens_on");
ALTER TABLE "survey_question"
  ADD CONSTRAINT "survey_question_choices_for_choice_kinds" CHECK (
    ("kind" IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE')) = (cardinality("options") >= 2)
  ),
  ADD CONSTRAINT "survey_question_scale_for_scale_kind" CHECK (
    ("kind" = 'SCALE') = ("scale_min" IS NOT NULL AND "scale_max" IS NOT NULL)
    AND ("scale_min" IS NULL OR "scale_min" < "scale_max")
  );
ALTER TABLE "survey_answer"
  ADD CONSTRAINT "survey_answer_one_kind_of_value" CHECK (
    (cardinality("choice_indexes") > 0)::int + ("scale_value" IS NOT NULL)::int + ("text" IS NOT NULL)::int = 1
  );
ALTER TABLE "report_job"
  ADD CONSTRAINT "report_job_period_order" CHECK ("period_to" >= "period_from"),
  ADD CONSTRAINT "report_job_progress_range" CHECK ("progress_done" BETWEEN 0 AND "progress_total");
