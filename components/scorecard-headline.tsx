import { PROOF_POINT_STATE_LABELS, headline, type ProofPointState } from "@/lib/domain";
import { formatDate } from "./format";
import styles from "./scorecard-headline.module.css";

const BOX_GLYPH: Record<ProofPointState, string> = { ticked: "✓", partial: "◐", contested: "!", open: "" };

export type HeadlinePoint = { key: string; title: string; state: ProofPointState };

type ScorecardHeadlineProps = {
  ticked: number;
  total: number;
  /** One state per proof point in checklist order; draws the row of boxes beside the headline. */
  states?: ProofPointState[];
  /** Instead of `states`: the points with their names, each box a link to its row (`#proof-point-<key>`). */
  points?: HeadlinePoint[];
  /** When the count was read (ISO timestamp): "as of 2 Dec 2026". */
  asOf?: string;
  size?: "normal" | "compact";
};

/** "N of M boxes ticked", the scorecard's one-line answer, with a box per proof point. */
export function ScorecardHeadline({ ticked, total, states, points, asOf, size = "normal" }: ScorecardHeadlineProps) {
  return (
    <div className={[styles.headline, size === "compact" ? styles.compact : ""].filter(Boolean).join(" ")}>
      <p className={styles.text}>
        {/* Its own element, so the headline is findable as exactly itself, date or not. */}
        <span>{headline(ticked, total)}</span>
        {asOf ? (
          <span className={styles.asOf}>
            {" "}
            as of <time dateTime={asOf}>{formatDate(asOf)}</time>
          </span>
        ) : null}
      </p>
      {points && points.length > 0 ? (
        // Named links: the boxes are a way into the rows, so screen readers get them too.
        <ol className={styles.boxes} aria-label="Proof points">
          {points.map((point, index) => {
            const name = `${index + 1}. ${point.title}: ${PROOF_POINT_STATE_LABELS[point.state]}`;
            return (
              <li key={point.key}>
                <a href={`#proof-point-${point.key}`} className={`${styles.box} ${styles[point.state]}`} title={name}>
                  <span aria-hidden="true">{BOX_GLYPH[point.state]}</span>
                  <span className="visually-hidden">{name}</span>
                </a>
              </li>
            );
          })}
        </ol>
      ) : states && states.length > 0 ? (
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
