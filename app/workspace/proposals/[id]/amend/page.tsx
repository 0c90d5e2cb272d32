import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/forbidden";
import { AmendForm } from "@/components/review/amend-form";
import { StatusTransition } from "@/components/review/status-transition";
import { hasPermission } from "@/lib/auth/permissions";
import { requireActorOrRedirect } from "@/lib/auth/session";
import { getProposalForAmend } from "@/lib/server/review/get-proposal-for-amend";
import { amendProposalAction } from "../../actions";

export const metadata: Metadata = { title: "Amend a proposal", robots: { index: false } };

export default async function AmendProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActorOrRedirect(`/workspace/proposals/${encodeURIComponent(id)}/amend`);
  if (!hasPermission(actor.roles, "proposal:create")) return <Forbidden what="amend proposals" />;
  const proposal = await getProposalForAmend(actor, id);
  if (!proposal) notFound();
  const { claim } = proposal;

  return (
    <div className="container page">
      <p className="eyebrow">
        {claim.trackerTitle} · {claim.proofPointTitle}
      </p>
      <h1>Amend your proposal</h1>
      <p className="lede" dir="auto">
        {claim.statement}
      </p>
      <StatusTransition from={claim.status} to={proposal.toStatus} fromLabel="Current" toLabel="Proposed" />
      {proposal.state === "pending" ? (
        <>
          <p className="prose muted">
            The change stays the same; to propose another status, withdraw this proposal and propose again. Reviewers decide the amended
            version, and your note appears in the discussion.
          </p>
          <AmendForm
            proposal={{ ...proposal, isDisputed: proposal.toStatus === "disputed" }}
            evidenceByStance={claim.evidenceByStance}
            cancelHref="/workspace/proposals"
            action={amendProposalAction}
          />
        </>
      ) : (
        <p role="status">This proposal was {proposal.state}, so it can no longer be amended.</p>
      )}
    </div>
  );
}
