-- CreateEnum
CREATE TYPE "ForecastResolution" AS ENUM ('yes', 'no', 'annulled');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ChecklistChangeKind" ADD VALUE 'forecast_resolved';
ALTER TYPE "ChecklistChangeKind" ADD VALUE 'forecast_annulled';

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "forecastProfilePublic" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "forecast_questions" (
    "id" TEXT NOT NULL,
    "proofPointId" TEXT NOT NULL,
    "criteriaId" TEXT NOT NULL,
    "closesOn" DATE NOT NULL,
    "resolvesBy" DATE NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolution" "ForecastResolution",
    "resolvedAt" TIMESTAMP(3),
    "resolvedByChangeId" TEXT,
    "annulledByCriteriaId" TEXT,

    CONSTRAINT "forecast_questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "forecasts" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "probability" INTEGER NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "forecasts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "forecast_questions_proofPointId_resolution_idx" ON "forecast_questions"("proofPointId", "resolution");

-- CreateIndex
CREATE INDEX "forecast_questions_resolution_resolvesBy_idx" ON "forecast_questions"("resolution", "resolvesBy");

-- CreateIndex
CREATE INDEX "forecasts_questionId_createdAt_idx" ON "forecasts"("questionId", "createdAt");

-- CreateIndex
CREATE INDEX "forecasts_userId_createdAt_idx" ON "forecasts"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "forecast_questions" ADD CONSTRAINT "forecast_questions_proofPointId_fkey" FOREIGN KEY ("proofPointId") REFERENCES "proof_points"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forecast_questions" ADD CONSTRAINT "forecast_questions_criteriaId_fkey" FOREIGN KEY ("criteriaId") REFERENCES "resolution_criteria"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forecast_questions" ADD CONSTRAINT "forecast_questions_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forecast_questions" ADD CONSTRAINT "forecast_questions_resolvedByChangeId_fkey" FOREIGN KEY ("resolvedByChangeId") REFERENCES "status_changes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forecast_questions" ADD CONSTRAINT "forecast_questions_annulledByCriteriaId_fkey" FOREIGN KEY ("annulledByCriteriaId") REFERENCES "resolution_criteria"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forecasts" ADD CONSTRAINT "forecasts_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "forecast_questions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forecasts" ADD CONSTRAINT "forecasts_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
