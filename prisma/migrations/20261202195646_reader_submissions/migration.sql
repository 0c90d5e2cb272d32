-- CreateEnum
CREATE TYPE "ReaderSubmissionKind" AS ENUM ('evidence', 'dispute', 'claim');

-- CreateEnum
CREATE TYPE "ReaderSubmissionState" AS ENUM ('new', 'accepted', 'declined');

-- CreateTable
CREATE TABLE "reader_submissions" (
    "id" TEXT NOT NULL,
    "kind" "ReaderSubmissionKind" NOT NULL,
    "state" "ReaderSubmissionState" NOT NULL DEFAULT 'new',
    "trackerId" TEXT NOT NULL,
    "proofPointId" TEXT,
    "claimId" TEXT,
    "url" TEXT,
    "quote" TEXT NOT NULL DEFAULT '',
    "stance" "Stance",
    "text" TEXT NOT NULL,
    "links" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "email" TEXT,
    "emailTokenHash" TEXT,
    "emailVerifiedAt" TIMESTAMP(3),
    "outcomeMailedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "declineReason" TEXT,
    "statusAtDecision" "ClaimStatus",
    "evidenceId" TEXT,
    "createdClaimId" TEXT,

    CONSTRAINT "reader_submissions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corrections_policies" (
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "corrections_policies_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "reader_submissions_emailTokenHash_key" ON "reader_submissions"("emailTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "reader_submissions_evidenceId_key" ON "reader_submissions"("evidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "reader_submissions_createdClaimId_key" ON "reader_submissions"("createdClaimId");

-- CreateIndex
CREATE INDEX "reader_submissions_state_createdAt_idx" ON "reader_submissions"("state", "createdAt");

-- CreateIndex
CREATE INDEX "reader_submissions_trackerId_state_idx" ON "reader_submissions"("trackerId", "state");

-- CreateIndex
CREATE INDEX "reader_submissions_claimId_state_decidedAt_idx" ON "reader_submissions"("claimId", "state", "decidedAt");

-- CreateIndex
CREATE INDEX "corrections_policies_createdAt_idx" ON "corrections_policies"("createdAt");

-- AddForeignKey
ALTER TABLE "reader_submissions" ADD CONSTRAINT "reader_submissions_trackerId_fkey" FOREIGN KEY ("trackerId") REFERENCES "trackers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reader_submissions" ADD CONSTRAINT "reader_submissions_proofPointId_fkey" FOREIGN KEY ("proofPointId") REFERENCES "proof_points"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reader_submissions" ADD CONSTRAINT "reader_submissions_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reader_submissions" ADD CONSTRAINT "reader_submissions_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reader_submissions" ADD CONSTRAINT "reader_submissions_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reader_submissions" ADD CONSTRAINT "reader_submissions_createdClaimId_fkey" FOREIGN KEY ("createdClaimId") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrections_policies" ADD CONSTRAINT "corrections_policies_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
