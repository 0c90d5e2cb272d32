import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/forbidden";
import { ConfirmForm } from "@/components/review/confirm-form";
import { StatusBadge } from "@/components/status-badge";
import { hasPermission } from "@/lib/auth/permissions";
import { requireActorOrRedirect } from "@/lib/auth/session";
import { getClaimForProposal } from "@/lib/server/review/get-claim-for-proposal";
import { proposeConfirmationAction } from "./actions";

export const metadata: Metadata = { title: "Confirm the status", robots: { index: false } };

export default async function ConfirmPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActorOrRedirect(`/workspace/claims/${encodeURIComponent(id)}/confirm`);
  if (!hasPermission(actor.roles, "proposal:create")) return <Forbidden what="confirm statuses" />;
  const claim = await getClaimForProposal(actor, id);
  if (!claim) notFound();
  const proposeHref = `/workspace/claims/${encodeURIComponent(claim.id)}/propose`;

  return (
    <div className="container page">
      <p className="eyebrow">
        {claim.trackerTitle} · {claim.proofPointTitle}
      </p>
      <h1>Confirm the status</h1>
      <p className="lede">{claim.statement}</p>
      <p>
        Current status: <StatusBadge status={claim.status} />
      </p>
      {claim.reReviewReason === null ? (
        <p role="note">
          This claim does not need re-review. To move its status, <Link href={proposeHref}>propose a status change</Link>.
        </p>
      ) : (
        <>
          <p role="note">Needs re-review: {claim.reReviewReason}.</p>
          <p className="prose muted">
            Confirm the status as it stands, citing what still holds, or <Link href={proposeHref}>propose a change</Link>. Either
            applies only when another reviewer approves it, and goes into the public status history.
          </p>
          <ConfirmForm
            claimId={claim.id}
            cancelHref={`/workspace/claims/${encodeURIComponent(claim.id)}`}
            status={claim.status}
            evidenceByStance={claim.evidenceByStance}
            action={proposeConfirmationAction}
          />
        </>
      )}
    </div>
  );
}
