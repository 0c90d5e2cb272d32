// Builds the box-state series (BoxStateChange) of the proof points that match `pointFilter`
// (SQL over proof_points p) from their approved status history: after each approved change,
// the point's state is the best box status among its claims' latest changes so far, and a
// row is written where that state differs from the one before (every point starts open).
// Claims count under the point they are filed under now. Currently retired points get one
// more row, not counted, at their retirement. The migration that created the table ran the
// same statement over every point; the scale seed runs it for its own tracker.
export function boxStateBackfillSql(pointFilter: string): string {
  return `
    WITH points AS (SELECT p.id, p."trackerId", p."retiredAt" FROM proof_points p WHERE ${pointFilter}),
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
    FROM points WHERE points."retiredAt" IS NOT NULL`;
}
