-- CreateEnum
CREATE TYPE "ProvenanceRelation" AS ENUM ('republishes', 'quotes', 'cites', 'translates', 'summarises', 'traces_to');

-- CreateEnum
CREATE TYPE "ProvenanceSuggestionKind" AS ENUM ('same_url', 'similar_quote', 'wire_marker', 'page_link');

-- AlterTable
ALTER TABLE "claim_evidence_tallies" ADD COLUMN     "contextOrigins" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "refuteOrigins" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "supportOrigins" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "provenance_origins" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "canonicalUrl" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "provenance_origins_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "provenance_links" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "relation" "ProvenanceRelation" NOT NULL,
    "parentEvidenceId" TEXT,
    "originId" TEXT,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),
    "removedById" TEXT,

    CONSTRAINT "provenance_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "provenance_suggestion_dismissals" (
    "id" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "kind" "ProvenanceSuggestionKind" NOT NULL,
    "candidate" TEXT NOT NULL,
    "dismissedById" TEXT NOT NULL,
    "dismissedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "provenance_suggestion_dismissals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "provenance_origins_name_idx" ON "provenance_origins"("name");

-- CreateIndex
CREATE INDEX "provenance_links_claimId_removedAt_idx" ON "provenance_links"("claimId", "removedAt");

-- CreateIndex
CREATE INDEX "provenance_links_evidenceId_idx" ON "provenance_links"("evidenceId");

-- CreateIndex
CREATE INDEX "provenance_links_parentEvidenceId_idx" ON "provenance_links"("parentEvidenceId");

-- CreateIndex
CREATE INDEX "provenance_links_originId_idx" ON "provenance_links"("originId");

-- CreateIndex
CREATE UNIQUE INDEX "provenance_suggestion_dismissals_evidenceId_kind_candidate_key" ON "provenance_suggestion_dismissals"("evidenceId", "kind", "candidate");

-- AddForeignKey
ALTER TABLE "provenance_origins" ADD CONSTRAINT "provenance_origins_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provenance_links" ADD CONSTRAINT "provenance_links_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provenance_links" ADD CONSTRAINT "provenance_links_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provenance_links" ADD CONSTRAINT "provenance_links_parentEvidenceId_fkey" FOREIGN KEY ("parentEvidenceId") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provenance_links" ADD CONSTRAINT "provenance_links_originId_fkey" FOREIGN KEY ("originId") REFERENCES "provenance_origins"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provenance_links" ADD CONSTRAINT "provenance_links_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provenance_links" ADD CONSTRAINT "provenance_links_removedById_fkey" FOREIGN KEY ("removedById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provenance_suggestion_dismissals" ADD CONSTRAINT "provenance_suggestion_dismissals_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provenance_suggestion_dismissals" ADD CONSTRAINT "provenance_suggestion_dismissals_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- No provenance links exist yet, so every live item is its own origin: start the origin
-- counts at the item counts the tally already holds.
UPDATE "claim_evidence_tallies" SET "supportOrigins" = supports, "refuteOrigins" = refutes, "contextOrigins" = context;
