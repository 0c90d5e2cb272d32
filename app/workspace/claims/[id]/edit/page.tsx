import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/forbidden";
import { ClaimForm } from "@/components/workspace/claim-form";
import { getWorkspaceClaim } from "@/lib/server/workspace/get-workspace-claim";
import { listWorkspaceTrackers } from "@/lib/server/workspace/list-workspace-trackers";
import { FORBIDDEN_WHAT, workspaceActorOrNull } from "../../../workspace-actor";
import { editClaimAction } from "../../actions";

export const metadata: Metadata = { title: "Edit claim", robots: { index: false } };

export default async function EditClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await workspaceActorOrNull(`/workspace/claims/${id}/edit`);
  if (!actor) return <Forbidden what={FORBIDDEN_WHAT} />;
  const [claim, trackers] = await Promise.all([getWorkspaceClaim(actor, id), listWorkspaceTrackers(actor)]);
  if (!claim) notFound();
  const tracker = trackers.find((t) => t.id === claim.tracker.id);
  // A claim stays in its tracker; its current proof point stays listed even if retired.
  const points = (tracker?.proofPoints ?? []).filter((point) => !point.retired || point.id === claim.proofPoint.id);
  const claimHref = `/workspace/claims/${claim.id}`;

  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href={claimHref}>Back to the claim</Link>
      </p>
      <h1>Edit claim</h1>
      <p className="lede">Edits are recorded in the audit trail. The status is not edited here: propose a status change for that.</p>
      <ClaimForm
        action={editClaimAction}
        today={new Date().toISOString().slice(0, 10)}
        proofPointGroups={[{ tracker: claim.tracker.title, points: points.map(({ id: pointId, title }) => ({ id: pointId, title })) }]}
        initial={{
          claimId: claim.id,
          version: claim.version,
          proofPointId: claim.proofPoint.id,
          statement: claim.statement,
          claimant: claim.claimant,
          subject: claim.subject,
          claimedAt: claim.claimedAt,
          resolveBy: claim.resolveBy ?? "",
        }}
        submitLabel="Save claim"
        cancelHref={claimHref}
      />
    </div>
  );
}
