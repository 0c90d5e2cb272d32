-- CreateTable
CREATE TABLE "sign_in_throttles" (
    "scope" TEXT NOT NULL,
    "accountKey" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "blockedUntil" TIMESTAMP(3) NOT NULL,
    "lastFailedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sign_in_throttles_pkey" PRIMARY KEY ("scope","accountKey","ip")
);

-- CreateIndex
CREATE INDEX "sign_in_throttles_blockedUntil_idx" ON "sign_in_throttles"("blockedUntil");
