import Link from "next/link";

type Props = { reviewCount?: number; canPropose: boolean; canReadAudit: boolean };

/** The workspace home's review section; each link only for the roles that can use it. */
export function ReviewWorkflowLinks({ reviewCount, canPropose, canReadAudit }: Props) {
  if (reviewCount === undefined && !canPropose && !canReadAudit) return null;
  return (
    <section aria-labelledby="review-workflow-heading">
      <h2 id="review-workflow-heading">Review</h2>
      <ul>
        {reviewCount === undefined ? null : (
          <li>
            <Link href="/workspace/review">Review queue</Link> —{" "}
            {reviewCount === 0 ? "nothing waits for you" : `${reviewCount} ${reviewCount === 1 ? "proposal waits" : "proposals wait"} for you`}
          </li>
        )}
        {canPropose ? (
          <li>
            <Link href="/workspace/proposals">My proposals</Link> — the status changes you proposed and what became of them
          </li>
        ) : null}
        {canReadAudit ? (
          <li>
            <Link href="/admin/audit">Audit log</Link> — every change, who made it, before and after
          </li>
        ) : null}
      </ul>
    </section>
  );
}
