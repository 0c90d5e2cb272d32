-- CreateEnum
CREATE TYPE "BoxState" AS ENUM ('open', 'contested', 'partial', 'ticked');

-- CreateEnum
CREATE TYPE "BoxStateCause" AS ENUM ('approval', 'claim_moved', 'retired', 'restored', 'criteria_changed', 'backfill');

-- CreateTable
CREATE TABLE "box_state_changes" (
    "seq" BIGSERIAL NOT NULL,
    "proofPointId" TEXT NOT NULL,
    "trackerId" TEXT NOT NULL,
    "state" "BoxState" NOT NULL,
    "counted" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "cause" "BoxStateCause" NOT NULL,
    "statusChangeId" TEXT,

    CONSTRAINT "box_state_changes_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "box_state_changes_trackerId_at_idx" ON "box_state_changes"("trackerId", "at");

-- CreateIndex
CREATE INDEX "box_state_changes_proofPointId_seq_idx" ON "box_state_changes"("proofPointId", "seq");

-- AddForeignKey
ALTER TABLE "box_state_changes" ADD CONSTRAINT "box_state_changes_proofPointId_fkey" FOREIGN KEY ("proofPointId") REFERENCES "proof_points"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "box_state_changes" ADD CONSTRAINT "box_state_changes_statusChangeId_fkey" FOREIGN KEY ("statusChangeId") REFERENCES "status_changes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Backfill: the series of every proof point, replayed from its approved status history.
WITH points AS (SELECT p.id, p."trackerId", p."retiredAt" FROM proof_points p WHERE true),
events AS (
  SELECT sc.id, sc."createdAt" AS at, c."proofPointId" AS point_id
  FROM status_changes sc JOIN claims c ON c.id = sc."claimId" JOIN points ON points.id = c."proofPointId"
),
ranked AS (
  SELECT e.*, (
    SELECT coalesce(max(CASE WHEN l."toStatus" = 'supported' AND l."meetsCriteria" IS TRUE THEN 3
                             WHEN l."toStatus" IN ('supported', 'partially_supported') THEN 2
                             WHEN l."toStatus" = 'disputed' THEN 1 ELSE 0 END), 0)
    FROM (
      SELECT DISTINCT ON (s."claimId") s."toStatus", s."meetsCriteria"
      FROM status_changes s JOIN claims c ON c.id = s."claimId"
      WHERE c."proofPointId" = e.point_id AND (s."createdAt", s.id) <= (e.at, e.id)
      ORDER BY s."claimId", s."createdAt" DESC, s.id DESC
    ) l
  ) AS rank
  FROM events e
),
flips AS (
  SELECT ranked.*, lag(rank, 1, 0) OVER (PARTITION BY point_id ORDER BY at, id) AS previous FROM ranked
),
inserted AS (
  INSERT INTO box_state_changes ("proofPointId", "trackerId", state, counted, at, cause, "statusChangeId")
  SELECT f.point_id, points."trackerId", (ARRAY['open', 'contested', 'partial', 'ticked'])[f.rank + 1]::"BoxState",
             points."retiredAt" IS NULL OR f.at < points."retiredAt", f.at, 'backfill', f.id
  FROM flips f JOIN points ON points.id = f.point_id
  WHERE f.rank <> f.previous
  ORDER BY f.at, f.id
  RETURNING "proofPointId", state, at
)
INSERT INTO box_state_changes ("proofPointId", "trackerId", state, counted, at, cause)
SELECT points.id, points."trackerId",
       coalesce((SELECT i.state FROM inserted i WHERE i."proofPointId" = points.id ORDER BY i.at DESC LIMIT 1), 'open'),
       false, points."retiredAt", 'retired'
FROM points WHERE points."retiredAt" IS NOT NULL;
