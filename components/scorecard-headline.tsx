import { PROOF_POINT_STATE_LABELS, headline, type ProofPointState } from "@/lib/domain";
import styles from "./scorecard-headline.module.css";

const BOX_GLYPH: Record<ProofPointState, string> = { ticked: "✓", partial: "◐", contested: "!", open: "" };

type ScorecardHeadlineProps = {
  ticked: number;
  total: number;
  /** One state per proof point in checklist order; draws the row of boxes beside the headline. */
  states?: ProofPointState[];
  size?: "normal" | "compact";
};

/** "N of M boxes ticked", the scorecard's one-line answer, with a box per proof point. */
export function ScorecardHeadline({ ticked, total, states, size = "normal" }: ScorecardHeadlineProps) {
  return (
    <div className={[styles.headline, size === "compact" ? styles.compact : ""].filter(Boolean).join(" ")}>
      <p className={styles.text}>{headline(ticked, total)}</p>
      {states && states.length > 0 ? (
        // The text says the same; the boxes are a glance-able picture of it, so screen readers skip them.
        <ol className={styles.boxes} aria-hidden="true">
          {states.map((state, index) => (
            <li key={index} className={`${styles.box} ${styles[state]}`} title={PROOF_POINT_STATE_LABELS[state]}>
              {BOX_GLYPH[state]}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
