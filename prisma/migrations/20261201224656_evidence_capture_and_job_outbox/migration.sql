-- CreateEnum
CREATE TYPE "CaptureOutcome" AS ENUM ('captured', 'failed');

-- CreateEnum
CREATE TYPE "QuoteCheck" AS ENUM ('found', 'not_found', 'no_quote', 'no_capture');

-- CreateEnum
CREATE TYPE "LinkObservation" AS ENUM ('ok', 'moved', 'not_found', 'unknown');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LinkHealth" ADD VALUE 'moved';
ALTER TYPE "LinkHealth" ADD VALUE 'gone';
ALTER TYPE "LinkHealth" ADD VALUE 'unknown';

-- AlterTable
ALTER TABLE "evidence" ADD COLUMN     "linkGoneStreak" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "evidence_captures" (
    "id" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "capturedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" "CaptureOutcome" NOT NULL,
    "requestedUrl" TEXT NOT NULL,
    "httpStatus" INTEGER,
    "finalUrl" TEXT,
    "canonicalUrl" TEXT,
    "contentType" TEXT,
    "sha256" TEXT,
    "byteLength" INTEGER,
    "bodyKey" TEXT,
    "pageTitle" TEXT,
    "readableText" TEXT,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "quoteCheck" "QuoteCheck" NOT NULL,
    "quoteSelector" JSONB,
    "mementoUrl" TEXT,
    "mementoAt" TIMESTAMP(3),
    "mementoNote" TEXT,

    CONSTRAINT "evidence_captures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "capture_bodies" (
    "key" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "capture_bodies_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "link_checks" (
    "id" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "observation" "LinkObservation" NOT NULL,
    "httpStatus" INTEGER,
    "finalUrl" TEXT,
    "detail" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "link_checks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_outbox" (
    "id" BIGSERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "singletonKey" TEXT,
    "startAfter" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "evidence_captures_evidenceId_capturedAt_idx" ON "evidence_captures"("evidenceId", "capturedAt");

-- CreateIndex
CREATE INDEX "link_checks_evidenceId_checkedAt_idx" ON "link_checks"("evidenceId", "checkedAt");

-- AddForeignKey
ALTER TABLE "evidence_captures" ADD CONSTRAINT "evidence_captures_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "link_checks" ADD CONSTRAINT "link_checks_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
