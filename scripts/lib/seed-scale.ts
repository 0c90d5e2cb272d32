// The scale dataset: one published tracker with SCALE_CLAIMS claims and SCALE_EVIDENCE
// evidence items (one claim alone holds SCALE_HOT_CLAIM_EVIDENCE of them), sources, approved
// proposals and status changes, written by set-based SQL (INSERT … SELECT over
// generate_series) in one transaction, not per-row commands. For benchmarks and load tests:
// it is marked as demo data, and its links use reserved example domains.
import pg from "pg";
import { boxStateBackfillSql } from "./box-state-backfill";

export const SCALE_SLUG = "scale";
export type ScaleSize = { claims: number; evidence: number; hotClaimEvidence: number; changes: number; sources: number };
export const SCALE_DEFAULT: ScaleSize = { claims: 10_000, evidence: 100_000, hotClaimEvidence: 10_000, changes: 3_000, sources: 200 };

/** Creates the scale tracker (slug `slug`); returns its id. Refuses if the slug exists. */
export async function seedScaleTracker(url: string, size: ScaleSize = SCALE_DEFAULT, slug = SCALE_SLUG): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const p = `${slug}-`;
  try {
    await client.query("BEGIN");
    const exists = await client.query("SELECT 1 FROM trackers WHERE slug = $1", [slug]);
    if (exists.rowCount) throw new Error(`A tracker with slug "${slug}" already exists.`);
    const run = (sql: string, params: unknown[] = []) => client.query(sql, params);
    await run(
      `INSERT INTO users (id, name, email, roles, "updatedAt") VALUES
        ($1 || 'analyst', 'Scale Analyst', $1 || 'analyst@example.invalid', '{analyst}', now()),
        ($1 || 'reviewer', 'Scale Reviewer', $1 || 'reviewer@example.invalid', '{reviewer}', now())`,
      [p],
    );
    await run(
      `INSERT INTO trackers (id, slug, title, question, description, published, "publishedAt", "isDemo", "createdAt", "updatedAt")
       VALUES ($1 || 'tracker', $2, 'Scale test tracker', 'Does the scorecard hold at scale?',
               'Generated load-test data: not real claims.', true, now() - interval '400 days', true, now() - interval '400 days', now())`,
      [p, slug],
    );
    await run(
      `INSERT INTO proof_points (id, "trackerId", key, title, question, position, "createdAt", "updatedAt")
       SELECT $1 || 'point-' || n, $1 || 'tracker', 'point-' || n, 'Proof point ' || n, 'Is proof point ' || n || ' met?', n - 1,
              now() - interval '400 days', now()
       FROM generate_series(1, 6) n`,
      [p],
    );
    await run(
      `INSERT INTO resolution_criteria (id, "proofPointId", version, "tickWhen", "contestedWhen", "authorId", "createdAt")
       SELECT $1 || 'criteria-' || n, $1 || 'point-' || n, 1, 'Two independent sources confirm it.', 'A credible source refutes it.',
              $1 || 'analyst', now() - interval '400 days'
       FROM generate_series(1, 6) n`,
      [p],
    );
    await run(
      `INSERT INTO sources (id, name, domain, reliability, "createdAt", "updatedAt")
       SELECT $1 || 'source-' || n, 'Source ' || n, $1 || 'source-' || n || '.example', (ARRAY['A','B','C','D','E','F'])[1 + n % 6]::"SourceReliability",
              now(), now()
       FROM generate_series(1, $2::int) n`,
      [p, size.sources],
    );
    // Claims 1..changes end with an approved status; the rest stay unverified.
    await run(
      `INSERT INTO claims (id, "proofPointId", statement, claimant, subject, "claimedAt", "resolveBy", status, "meetsCriteria", "createdById", "createdAt", "updatedAt")
       SELECT $1 || 'claim-' || n, $1 || 'point-' || (1 + n % 6), 'Scale claim number ' || n || ' about proof point ' || (1 + n % 6),
              'Claimant ' || (n % 97), 'Subject ' || (n % 31), (date '2024-01-01' + (n % 700)),
              CASE WHEN n % 10 = 0 THEN date '2025-06-01' + (n % 900) END,
              CASE WHEN n <= $3::int THEN (ARRAY['supported','partially_supported','disputed','refuted'])[1 + n % 4]::"ClaimStatus" ELSE 'unverified' END,
              -- Supported claims were approved as meeting their proof point's criteria, so they tick.
              CASE WHEN n <= $3::int AND n % 4 = 0 THEN true END,
              $1 || 'analyst', now() - interval '300 days' + n * interval '1 minute', now()
       FROM generate_series(1, $2::int) n`,
      [p, size.claims, size.changes],
    );
    // The first claim holds hotClaimEvidence items; the rest are spread over the other claims.
    await run(
      `INSERT INTO evidence (id, "claimId", "sourceId", url, "canonicalUrl", title, quote, "publishedAt", "accessedAt", stance, credibility, "createdById", "createdAt", "updatedAt")
       SELECT $1 || 'evidence-' || n,
              $1 || 'claim-' || CASE WHEN n <= $3::int THEN 1 ELSE 2 + (n - $3::int - 1) % ($4::int - 1) END,
              $1 || 'source-' || (1 + n % $5::int),
              'https://' || $1 || 'source-' || (1 + n % $5::int) || '.example/item/' || n,
              'https://' || $1 || 'source-' || (1 + n % $5::int) || '.example/item/' || n,
              'Evidence item ' || n, 'A generated quote for evidence item ' || n || '.',
              date '2024-01-01' + (n % 700), date '2025-01-01',
              (ARRAY['supports','refutes','context'])[1 + n % 3]::"Stance", 1 + n % 6, $1 || 'analyst',
              now() - interval '300 days' + n * interval '1 second', now()
       FROM generate_series(1, $2::int) n`,
      [p, size.evidence, size.hotClaimEvidence, size.claims, size.sources],
    );
    // The counts the evidence commands keep (ClaimEvidenceTally), for the rows just inserted.
    await run(
      `INSERT INTO claim_evidence_tallies ("claimId", live, supports, refutes, context, "supportOrigins", "refuteOrigins", "contextOrigins")
       SELECT "claimId", count(*), count(*) FILTER (WHERE stance = 'supports'), count(*) FILTER (WHERE stance = 'refutes'),
              count(*) FILTER (WHERE stance = 'context'),
              -- No provenance links are generated: every item is its own origin.
              count(*) FILTER (WHERE stance = 'supports'), count(*) FILTER (WHERE stance = 'refutes'), count(*) FILTER (WHERE stance = 'context')
       FROM evidence WHERE "claimId" LIKE $1 || 'claim-%' GROUP BY "claimId"`,
      [p],
    );
    await run(
      `INSERT INTO status_proposals (id, "claimId", "fromStatus", "toStatus", rationale, state, "proposedById", "decidedById", "decidedAt", "createdAt", "updatedAt")
       SELECT $1 || 'proposal-' || n, $1 || 'claim-' || n, 'unverified', c.status, 'Generated rationale for claim ' || n || '.', 'approved',
              $1 || 'analyst', $1 || 'reviewer', now() - interval '200 days' + n * interval '1 hour', now() - interval '201 days' + n * interval '1 hour', now()
       FROM generate_series(1, $2::int) n JOIN claims c ON c.id = $1 || 'claim-' || n`,
      [p, size.changes],
    );
    await run(
      `INSERT INTO status_changes (id, "claimId", "proposalId", "fromStatus", "toStatus", rationale, "proposedById", "approvedById", "meetsCriteria", "createdAt")
       SELECT $1 || 'change-' || n, sp."claimId", sp.id, sp."fromStatus", sp."toStatus", sp.rationale, sp."proposedById", sp."decidedById", c."meetsCriteria", sp."decidedAt"
       FROM generate_series(1, $2::int) n JOIN status_proposals sp ON sp.id = $1 || 'proposal-' || n JOIN claims c ON c.id = sp."claimId"`,
      [p, size.changes],
    );
    // The box-state series the approval command keeps (BoxStateChange), rebuilt from the history just inserted.
    await run(boxStateBackfillSql(`p."trackerId" = $1`), [`${p}tracker`]);
    await run("COMMIT");
    await run("ANALYZE");
    return `${p}tracker`;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
