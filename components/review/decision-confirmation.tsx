import Link from "next/link";
import styles from "./review.module.css";

/** Shown after a redirect from a decision: what happened and where to see it. */
export function DecisionConfirmation({ decided, claimId }: { decided: "approved" | "rejected"; claimId: string }) {
  return (
    <div role="status" className={styles.confirmation}>
      {decided === "approved" ? (
        <p>
          <strong>Proposal approved.</strong> The claim&apos;s new status is on the public record now, in its status history and on the
          scorecard.{" "}
          {claimId ? <Link href={`/claims/${encodeURIComponent(claimId)}`}>See the claim&apos;s public page</Link> : null}
        </p>
      ) : (
        <p>
          <strong>Proposal rejected.</strong> The claim&apos;s status is unchanged; the proposer sees your note under My proposals.
        </p>
      )}
    </div>
  );
}
