import type { ScorecardProofPoint } from "@/lib/server/public/get-tracker-scorecard";
import styles from "./retired-proof-points.module.css";
import { ScorecardRow } from "./scorecard-row";

/** Proof points taken off the checklist: still on the record, never in the headline. */
export function RetiredProofPoints({ proofPoints, trackerSlug }: { proofPoints: ScorecardProofPoint[]; trackerSlug: string }) {
  return (
    <section aria-labelledby="retired-proof-points-heading" className={styles.section}>
      <h2 id="retired-proof-points-heading">Retired proof points</h2>
      <p className={styles.note}>
        These boxes were taken off the checklist. They keep their claims, evidence and history, which stay readable
        here, but they no longer count towards the number of boxes ticked.
      </p>
      <ul className={styles.rows}>
        {proofPoints.map((proofPoint) => (
          <ScorecardRow key={proofPoint.key} proofPoint={proofPoint} trackerSlug={trackerSlug} />
        ))}
      </ul>
    </section>
  );
}
