import Link from "next/link";
import { STATUS_LABELS, VERDICT_LABELS, formatWeight } from "@/lib/domain";
import type { FormState } from "@/lib/actions/form-state";
import type { ReviewQueueItem } from "@/lib/server/review/list-review-queue";
import { EvidenceBalance } from "../evidence-balance";
import { RelativeAge } from "../relative-age";
import { CitedEvidence } from "./cited-evidence";
import { ProposalDiscussion } from "./proposal-discussion";
import { ApproveForm, RejectForm } from "./decision-forms";
import { StatusTransition } from "./status-transition";
import styles from "./review.module.css";
import queueStyles from "./review-queue.module.css";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

type ReviewCardProps = {
  item: ReviewQueueItem;
  now: Date;
  tracker?: string;
  approveAction: Action;
  rejectAction: Action;
  commentAction: Action;
};

/** One pending proposal with everything a reviewer needs to decide it, and the decision forms. */
export function ReviewCard({ item, now, tracker, approveAction, rejectAction, commentAction }: ReviewCardProps) {
  const headingId = `proposal-${item.id}`;
  const { claim } = item;
  return (
    <div className={styles.card}>
      <article aria-labelledby={headingId}>
        <p className={styles.context}>
          {claim.tracker.title} · {claim.proofPointTitle}
        </p>
        <h2 id={headingId} className={styles.statement}>
          {claim.isPublic ? <Link href={`/claims/${claim.id}`}>{claim.statement}</Link> : claim.statement}
        </h2>
        {item.isConfirmation ? (
          <p className={styles.meta}>
            <strong>Re-review:</strong> keep {STATUS_LABELS[item.toStatus].toLowerCase()} as it stands.
          </p>
        ) : (
          <StatusTransition from={claim.status} to={item.toStatus} fromLabel="Current" toLabel="Proposed" />
        )}
        {item.preview ? (
          <p className={queueStyles.preview}>
            <strong>If approved:</strong> {item.preview}
          </p>
        ) : null}
        {item.reReviewReason ? (
          <p className={styles.stale} role="note">
            <strong>Needs re-review:</strong> {item.reReviewReason}.
          </p>
        ) : null}
        {item.isStale ? (
          <p className={styles.stale} role="note">
            <strong>Stale:</strong> the proposer saw {STATUS_LABELS[item.fromStatus].toLowerCase()}, but the claim is now{" "}
            {STATUS_LABELS[claim.status].toLowerCase()}. Approving will mark it superseded instead of changing the status.
          </p>
        ) : null}
        <p className={styles.meta}>
          Proposed by {item.proposedBy.name} · <RelativeAge value={item.createdAt} now={now} />
        </p>
        <h3 className={styles.subheading}>Rationale</h3>
        <blockquote className={styles.rationale}>{item.rationale}</blockquote>
        {item.conflictReason ? (
          <>
            <h3 className={styles.subheading}>Why the sources conflict</h3>
            <blockquote className={styles.rationale}>{item.conflictReason}</blockquote>
          </>
        ) : null}
        <h3 className={styles.subheading}>Cited evidence</h3>
        <CitedEvidence items={item.cited} withdrawnCount={item.withdrawnCitationCount} />
        <details className={styles.balance}>
          <summary>
            Evidence balance: {VERDICT_LABELS[item.balance.verdict]}
            {item.balance.score === null ? "" : ` (${formatWeight(item.balance.score, { signed: true })})`}
          </summary>
          <EvidenceBalance balance={item.balance} />
        </details>
        {item.changesRequested ? (
          <p className={styles.stale} role="note">
            <strong>Changes requested:</strong> the proposer has not amended the proposal since.
          </p>
        ) : null}
        <ProposalDiscussion proposalId={item.id} comments={item.comments} commentAction={commentAction} canComment canRequestChanges={!item.isOwn} />
        {item.isOwn ? (
          <p className={styles.own}>Your proposal — another reviewer must decide.</p>
        ) : (
          <div className={styles.decisions}>
            <ApproveForm proposalId={item.id} claimId={claim.id} tracker={tracker} action={approveAction} criteria={item.criteria} />
            <RejectForm proposalId={item.id} claimId={claim.id} tracker={tracker} action={rejectAction} />
          </div>
        )}
      </article>
    </div>
  );
}
