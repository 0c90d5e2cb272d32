import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/forbidden";
import { ProposeForm } from "@/components/review/propose-form";
import { StatusBadge } from "@/components/status-badge";
import { hasPermission } from "@/lib/auth/permissions";
import { requireActorOrRedirect } from "@/lib/auth/session";
import { getClaimForProposal } from "@/lib/server/review/get-claim-for-proposal";
import { proposeStatusChangeAction } from "./actions";

export const metadata: Metadata = { title: "Propose a status change", robots: { index: false } };

export default async function ProposePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActorOrRedirect(`/workspace/claims/${encodeURIComponent(id)}/propose`);
  if (!hasPermission(actor.roles, "proposal:create")) return <Forbidden what="propose status changes" />;
  const claim = await getClaimForProposal(actor, id);
  if (!claim) notFound();

  return (
    <div className="container page">
      <p className="eyebrow">
        {claim.trackerTitle} · {claim.proofPointTitle}
      </p>
      <h1>Propose a status change</h1>
      <p className="lede">{claim.statement}</p>
      <p>
        Claimed by {claim.claimant}. Current status: <StatusBadge status={claim.status} />
      </p>
      <p className="prose muted">
        A status moves only when another reviewer approves your proposal. Your proposal records the current status; if the claim moves
        on before a decision, it can no longer apply and you propose again.
        {claim.pendingProposalCount > 0
          ? ` This claim already has ${claim.pendingProposalCount === 1 ? "a pending proposal" : `${claim.pendingProposalCount} pending proposals`}: whichever is approved first supersedes the others.`
          : ""}
      </p>
      {claim.reReviewReason !== null ? (
        <p role="note">
          Needs re-review: {claim.reReviewReason}. To keep the status, <a href={`/workspace/claims/${encodeURIComponent(claim.id)}/confirm`}>confirm it</a>{" "}
          instead.
        </p>
      ) : null}
      <ProposeForm
        claimId={claim.id}
        cancelHref={`/workspace/claims/${encodeURIComponent(claim.id)}`}
        currentStatus={claim.status}
        evidenceByStance={claim.evidenceByStance}
        action={proposeStatusChangeAction}
      />
    </div>
  );
}
