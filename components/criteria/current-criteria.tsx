import { CRITERIA_FIELD_LABELS, formatThreshold } from "@/lib/domain/criteria";
import type { PublicCriteriaVersion } from "@/lib/server/public/get-public-proof-point";
import { FormattedDate } from "../formatted-date";
import styles from "./criteria.module.css";

/** The criteria in force: what ticks the box, what contests it, and any numeric bar. */
export function CurrentCriteria({ criteria }: { criteria: PublicCriteriaVersion }) {
  const threshold = formatThreshold(criteria);
  return (
    <div className={styles.current}>
      <dl className={styles.fields}>
        <dt>{CRITERIA_FIELD_LABELS.tickWhen}</dt>
        <dd>{criteria.tickWhen}</dd>
        <dt>{CRITERIA_FIELD_LABELS.contestedWhen}</dt>
        <dd>{criteria.contestedWhen}</dd>
        {threshold ? (
          <>
            <dt>{CRITERIA_FIELD_LABELS.threshold}</dt>
            <dd>
              {threshold}{" "}
              <span className={styles.thresholdNote}>(a bar this tracker sets, not a reported figure)</span>
            </dd>
          </>
        ) : null}
      </dl>
      <p className={styles.meta}>
        Version {criteria.version}, {criteria.version === 1 ? "set" : "last changed"} on{" "}
        <FormattedDate value={criteria.createdAt} /> by {criteria.author}.
        {criteria.note ? <> Note: &ldquo;{criteria.note}&rdquo;</> : null}
      </p>
    </div>
  );
}
