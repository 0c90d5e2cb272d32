import type { FormState } from "@/lib/actions/form-state";
import type { ProposalComment } from "@/lib/server/review/proposal-comments";
import { FormattedDate } from "../formatted-date";
import { CommentForm } from "./comment-form";
import styles from "./review-queue.module.css";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const KIND_LABELS: Record<ProposalComment["kind"], string | null> = {
  comment: null,
  changes_requested: "Asked for changes",
  amended: "Amended the proposal",
};

/** A proposal's discussion, oldest first, and the form to add to it while it is pending. */
export function ProposalDiscussion({
  proposalId,
  comments,
  commentAction,
  canComment,
  canRequestChanges,
}: {
  proposalId: string;
  comments: readonly ProposalComment[];
  commentAction: Action;
  canComment: boolean;
  canRequestChanges: boolean;
}) {
  const headingId = `discussion-${proposalId}`;
  return (
    <section aria-labelledby={headingId} className={styles.discussion}>
      <h3 id={headingId} className={styles.discussionHeading}>
        Discussion ({comments.length})
      </h3>
      {comments.length === 0 ? (
        <p className="muted">No comments yet.</p>
      ) : (
        <ol className={styles.comments}>
          {comments.map((comment) => (
            <li key={comment.id} className={comment.kind === "changes_requested" ? `${styles.comment} ${styles.changesRequested}` : styles.comment}>
              <p className={styles.commentMeta}>
                <bdi>{comment.author}</bdi>
                {KIND_LABELS[comment.kind] ? <strong> · {KIND_LABELS[comment.kind]}</strong> : null} · <FormattedDate value={comment.createdAt} />
              </p>
              <p className={styles.commentBody} dir="auto">
                {comment.body}
              </p>
            </li>
          ))}
        </ol>
      )}
      {canComment ? <CommentForm proposalId={proposalId} action={commentAction} canRequestChanges={canRequestChanges} /> : null}
    </section>
  );
}
