-- AlterEnum
ALTER TYPE "EnrolmentStatus" ADD VALUE 'WAITING_LIST_CLOSED';

-- AlterTable
ALTER TABLE "enrolment" ADD COLUMN     "attendance_exception_at" TIMESTAMPTZ(3),
ADD COLUMN     "attendance_exception_by_id" UUID,
ADD COLUMN     "attendance_exception_reason" TEXT;

-- AddForeignKey
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_attendance_exception_by_id_fkey" FOREIGN KEY ("attendance_exception_by_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
