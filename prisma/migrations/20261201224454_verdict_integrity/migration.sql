-- CreateEnum
CREATE TYPE "SourceRatingKind" AS ENUM ('direct', 'provisional', 'confirmed', 'approved');

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "criteriaVersion" INTEGER,
ADD COLUMN     "meetsCriteria" BOOLEAN,
ADD COLUMN     "reReviewReason" TEXT,
ADD COLUMN     "reReviewSince" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "evidence" ADD COLUMN     "canonicalUrl" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "source_ratings" ADD COLUMN     "approvedById" TEXT,
ADD COLUMN     "kind" "SourceRatingKind" NOT NULL DEFAULT 'direct',
ADD COLUMN     "proposalId" TEXT;

-- AlterTable
ALTER TABLE "sources" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "gradeProvisional" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "status_changes" ADD COLUMN     "criteriaVersion" INTEGER,
ADD COLUMN     "meetsCriteria" BOOLEAN,
ADD COLUMN     "reReviewReason" TEXT;

-- AlterTable
ALTER TABLE "status_proposals" ADD COLUMN     "conflictReason" TEXT;

-- CreateTable
CREATE TABLE "source_grade_proposals" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "fromReliability" "SourceReliability" NOT NULL,
    "toReliability" "SourceReliability" NOT NULL,
    "rationale" TEXT NOT NULL,
    "state" "ProposalState" NOT NULL DEFAULT 'pending',
    "proposedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_grade_proposals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "source_grade_proposals_state_createdAt_idx" ON "source_grade_proposals"("state", "createdAt");

-- CreateIndex
CREATE INDEX "source_grade_proposals_sourceId_state_idx" ON "source_grade_proposals"("sourceId", "state");

-- CreateIndex
CREATE INDEX "claims_reReviewSince_idx" ON "claims"("reReviewSince");

-- CreateIndex
CREATE INDEX "evidence_canonicalUrl_idx" ON "evidence"("canonicalUrl");

-- CreateIndex
CREATE UNIQUE INDEX "source_ratings_proposalId_key" ON "source_ratings"("proposalId");

-- AddForeignKey
ALTER TABLE "sources" ADD CONSTRAINT "sources_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_ratings" ADD CONSTRAINT "source_ratings_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_ratings" ADD CONSTRAINT "source_ratings_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "source_grade_proposals"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_grade_proposals" ADD CONSTRAINT "source_grade_proposals_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_grade_proposals" ADD CONSTRAINT "source_grade_proposals_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_grade_proposals" ADD CONSTRAINT "source_grade_proposals_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Existing rows: their stored normal form is the closest identity available without re-parsing.
UPDATE "evidence" SET "canonicalUrl" = "url" WHERE "canonicalUrl" = '';
