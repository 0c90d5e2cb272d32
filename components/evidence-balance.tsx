import Link from "next/link";
import type { CSSProperties } from "react";
import { VERDICT_LABELS, describeContribution, describeStrength, formatWeight, type EvidenceBalance as Balance } from "@/lib/domain";
import styles from "./evidence-balance.module.css";

/** The computed lean of a claim's evidence, with one "why" line per item so the number can be checked by hand. */
export function EvidenceBalance({ balance, contributionCount }: { balance: Balance; contributionCount?: number }) {
  const { score, gauge, contributions } = balance;
  return (
    <div className={styles.balance}>
      <p className={styles.verdict}>{VERDICT_LABELS[balance.verdict]}</p>
      <dl className={styles.figures}>
        <div>
          <dt>Support weight</dt>
          <dd>{formatWeight(balance.support)}</dd>
        </div>
        <div>
          <dt>Refute weight</dt>
          <dd>{formatWeight(balance.refute)}</dd>
        </div>
        <div>
          <dt>Balance</dt>
          <dd>{score === null ? "none" : formatWeight(score, { signed: true })}</dd>
        </div>
        <div>
          <dt>Strength</dt>
          <dd>{describeStrength(balance)}</dd>
        </div>
      </dl>
      {gauge === null ? null : (
        <div aria-hidden="true">
          <div className={styles.scale}>
            {/* The gauge, not the direction-only balance: one weak item must not pin it to an end. */}
            <span className={styles.marker} style={{ "--position": (gauge + 1) / 2 } as CSSProperties} />
          </div>
          <div className={styles.scaleLabels}>
            <span>−1 refutes</span>
            <span>0</span>
            <span>+1 supports</span>
          </div>
        </div>
      )}
      {contributions.length > 0 ? (
        <>
          <h3 className={styles.whyHeading}>Why: each item&apos;s weight</h3>
          <ol className={styles.why}>
            {contributions.map((contribution) => (
              <li key={`${contribution.id}-${contribution.repeatIndex}`}>{describeContribution(contribution)}</li>
            ))}
          </ol>
          {contributionCount !== undefined && contributionCount > contributions.length ? (
            <p className={styles.note}>
              The {contributions.length} largest of {contributionCount} weights; the totals above count them all.
            </p>
          ) : null}
        </>
      ) : null}
      <p className={styles.note}>
        The balance helps reviewers weigh the evidence; it never changes a claim&apos;s status.{" "}
        <Link href="/methodology#evidence-balance">How the balance is computed</Link>
      </p>
    </div>
  );
}
