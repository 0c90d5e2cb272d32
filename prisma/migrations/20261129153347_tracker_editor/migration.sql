-- CreateEnum
CREATE TYPE "ChecklistChangeKind" AS ENUM ('tracker_published', 'tracker_unpublished', 'tracker_archived', 'tracker_unarchived', 'tracker_edited', 'proof_point_added', 'proof_point_edited', 'proof_point_retired', 'proof_point_restored', 'proof_points_reordered', 'criteria_changed');

-- CreateTable
CREATE TABLE "tracker_slug_aliases" (
    "slug" TEXT NOT NULL,
    "trackerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tracker_slug_aliases_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "resolution_criteria" (
    "id" TEXT NOT NULL,
    "proofPointId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "tickWhen" TEXT NOT NULL,
    "contestedWhen" TEXT NOT NULL,
    "thresholdValue" DOUBLE PRECISION,
    "thresholdUnit" TEXT,
    "thresholdQualifier" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "resolution_criteria_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "checklist_changes" (
    "id" TEXT NOT NULL,
    "trackerId" TEXT NOT NULL,
    "kind" "ChecklistChangeKind" NOT NULL,
    "proofPointId" TEXT,
    "criteriaId" TEXT,
    "summary" TEXT NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "checklist_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "tracker_slug_aliases_trackerId_idx" ON "tracker_slug_aliases"("trackerId");

-- CreateIndex
CREATE UNIQUE INDEX "resolution_criteria_proofPointId_version_key" ON "resolution_criteria"("proofPointId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "checklist_changes_criteriaId_key" ON "checklist_changes"("criteriaId");

-- CreateIndex
CREATE INDEX "checklist_changes_trackerId_createdAt_idx" ON "checklist_changes"("trackerId", "createdAt");

-- CreateIndex
CREATE INDEX "checklist_changes_proofPointId_idx" ON "checklist_changes"("proofPointId");

-- AddForeignKey
ALTER TABLE "tracker_slug_aliases" ADD CONSTRAINT "tracker_slug_aliases_trackerId_fkey" FOREIGN KEY ("trackerId") REFERENCES "trackers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resolution_criteria" ADD CONSTRAINT "resolution_criteria_proofPointId_fkey" FOREIGN KEY ("proofPointId") REFERENCES "proof_points"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resolution_criteria" ADD CONSTRAINT "resolution_criteria_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "checklist_changes" ADD CONSTRAINT "checklist_changes_trackerId_fkey" FOREIGN KEY ("trackerId") REFERENCES "trackers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "checklist_changes" ADD CONSTRAINT "checklist_changes_proofPointId_fkey" FOREIGN KEY ("proofPointId") REFERENCES "proof_points"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "checklist_changes" ADD CONSTRAINT "checklist_changes_criteriaId_fkey" FOREIGN KEY ("criteriaId") REFERENCES "resolution_criteria"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "checklist_changes" ADD CONSTRAINT "checklist_changes_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
