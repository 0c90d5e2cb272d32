import Link from "next/link";
import type { FormState } from "@/lib/actions/form-state";
import type { MyProposal } from "@/lib/server/review/list-my-proposals";
import { FormattedDate } from "../formatted-date";
import { ProposalStateBadge } from "../proposal-state-badge";
import { ProposalDiscussion } from "./proposal-discussion";
import { StatusTransition } from "./status-transition";
import { WithdrawForm } from "./withdraw-form";
import styles from "./review.module.css";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Props = { proposal: MyProposal; withdrawAction: Action; commentAction: Action };

/** One of the signed-in user's proposals: what it asked, what became of it, and who decided. */
export function MyProposalItem({ proposal, withdrawAction, commentAction }: Props) {
  const headingId = `my-proposal-${proposal.id}`;
  const { claim } = proposal;
  return (
    <li className={styles.card}>
      <article aria-labelledby={headingId}>
        <p className={styles.context}>{claim.trackerTitle}</p>
        <h2 id={headingId} className={styles.statement}>
          <Link href={`/workspace/claims/${claim.id}`}>{claim.statement}</Link>
        </h2>
        <p className={styles.transition}>
          <ProposalStateBadge state={proposal.state} />
        </p>
        <StatusTransition from={proposal.fromStatus} to={proposal.toStatus} fromLabel="From" toLabel="To" />
        <p className={styles.meta}>
          Proposed <FormattedDate value={proposal.createdAt} /> · {proposal.citedCount} cited {proposal.citedCount === 1 ? "item" : "items"}
          {proposal.decidedAt ? (
            <>
              {" "}
              · {proposal.state} <FormattedDate value={proposal.decidedAt} />
              {proposal.decidedBy ? ` by ${proposal.decidedBy}` : ""}
            </>
          ) : null}
        </p>
        <h3 className={styles.subheading}>Your rationale</h3>
        <blockquote className={styles.rationale}>{proposal.rationale}</blockquote>
        {proposal.decisionNote ? (
          <>
            <h3 className={styles.subheading}>{proposal.state === "superseded" ? "Why it no longer applies" : "Decision note"}</h3>
            <blockquote className={styles.rationale}>{proposal.decisionNote}</blockquote>
          </>
        ) : null}
        {proposal.changesRequested ? (
          <p className={styles.stale} role="note">
            <strong>Changes requested:</strong> a reviewer asked for changes. Answer below, or amend the proposal.
          </p>
        ) : null}
        {proposal.comments.length > 0 || proposal.state === "pending" ? (
          <ProposalDiscussion proposalId={proposal.id} comments={proposal.comments} commentAction={commentAction} canComment={proposal.state === "pending"} canRequestChanges={false} />
        ) : null}
        {proposal.state === "pending" ? (
          <div className={styles.decisions}>
            <Link href={`/workspace/proposals/${proposal.id}/amend`} className="button">
              Amend the proposal
            </Link>
            <WithdrawForm proposalId={proposal.id} action={withdrawAction} />
          </div>
        ) : null}
      </article>
    </li>
  );
}
