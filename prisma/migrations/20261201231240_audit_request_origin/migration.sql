-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN     "ipAddress" TEXT,
ADD COLUMN     "userAgent" TEXT;
