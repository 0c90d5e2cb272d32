import Link from "next/link";
import { FormattedDate } from "@/components/formatted-date";
import type { FormState } from "@/lib/actions/form-state";
import type { GradeProposalItem } from "@/lib/server/review/list-grade-proposals";
import { GradeDecisionForms } from "./grade-decision-forms";
import styles from "./review.module.css";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Pending source-grade changes: they re-weigh claims only once another reviewer approves them. */
export function GradeProposalList({ items, approveAction, rejectAction }: { items: readonly GradeProposalItem[]; approveAction: Action; rejectAction: Action }) {
  if (items.length === 0) return <p>No source grade change waits for review.</p>;
  return (
    <ol className={styles.list}>
      {items.map((item) => (
        <li key={item.id} className={styles.card}>
          <article aria-label={`Grade of ${item.source.name}`}>
            <p className={styles.statement}>
              <Link href={`/workspace/sources/${item.source.id}`}>{item.source.name}</Link> ({item.source.domain}): {item.fromReliability} →{" "}
              {item.toReliability}
            </p>
            <p className={styles.meta}>
              Proposed by {item.proposedBy.name}, <FormattedDate value={item.createdAt} /> · re-weighs {item.evidenceCount}{" "}
              {item.evidenceCount === 1 ? "item" : "items"}
            </p>
            <blockquote className={styles.rationale}>{item.rationale}</blockquote>
            {item.isOwn ? (
              <p className={styles.own}>Your proposal — another reviewer must decide.</p>
            ) : (
              <GradeDecisionForms proposalId={item.id} approveAction={approveAction} rejectAction={rejectAction} />
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}
