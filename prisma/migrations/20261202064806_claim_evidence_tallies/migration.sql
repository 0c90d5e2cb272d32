-- CreateTable
CREATE TABLE "claim_evidence_tallies" (
    "claimId" TEXT NOT NULL,
    "live" INTEGER NOT NULL DEFAULT 0,
    "supports" INTEGER NOT NULL DEFAULT 0,
    "refutes" INTEGER NOT NULL DEFAULT 0,
    "context" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "claim_evidence_tallies_pkey" PRIMARY KEY ("claimId")
);

-- AddForeignKey
ALTER TABLE "claim_evidence_tallies" ADD CONSTRAINT "claim_evidence_tallies_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill: every claim that has live evidence gets its counts.
INSERT INTO "claim_evidence_tallies" ("claimId", "live", "supports", "refutes", "context")
SELECT "claimId", count(*)::int,
       count(*) FILTER (WHERE "stance" = 'supports')::int,
       count(*) FILTER (WHERE "stance" = 'refutes')::int,
       count(*) FILTER (WHERE "stance" = 'context')::int
FROM "evidence" WHERE "deletedAt" IS NULL GROUP BY "claimId";
