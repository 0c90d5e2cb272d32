import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/forbidden";
import { ClaimForm, type ProofPointGroup } from "@/components/workspace/claim-form";
import { listWorkspaceTrackers } from "@/lib/server/workspace/list-workspace-trackers";
import { FORBIDDEN_WHAT, workspaceActorOrNull } from "../../workspace-actor";
import { createClaimAction } from "../actions";

export const metadata: Metadata = { title: "New claim", robots: { index: false } };

type Props = { searchParams: Promise<{ tracker?: string; point?: string }> };

export default async function NewClaimPage({ searchParams }: Props) {
  const actor = await workspaceActorOrNull("/workspace/claims/new");
  if (!actor) return <Forbidden what={FORBIDDEN_WHAT} />;
  const { tracker: slug, point: key } = await searchParams;
  // Archived trackers and retired proof points take no new claims (createClaim refuses them).
  const trackers = (await listWorkspaceTrackers(actor)).filter((tracker) => !tracker.archived);
  const groups: ProofPointGroup[] = trackers.map((tracker) => ({
    tracker: tracker.title,
    points: tracker.proofPoints.filter((point) => !point.retired).map(({ id, title }) => ({ id, title })),
  }));
  const chosenTracker = trackers.find((tracker) => tracker.slug === slug);
  const chosenPoint = chosenTracker?.proofPoints.find((point) => point.key === key && !point.retired);
  const backHref = chosenTracker ? `/workspace/claims?tracker=${encodeURIComponent(chosenTracker.slug)}` : "/workspace/claims";

  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href={backHref}>Claims</Link>
      </p>
      <h1>File a new claim</h1>
      <p className="lede">A new claim starts as unverified. Its status changes only through a reviewed proposal.</p>
      <ClaimForm
        action={createClaimAction}
        today={new Date().toISOString().slice(0, 10)}
        proofPointGroups={groups}
        initial={{ proofPointId: chosenPoint?.id ?? "", statement: "", claimant: "", subject: "", claimedAt: "", resolveBy: "" }}
        submitLabel="File claim"
        cancelHref={backHref}
      />
    </div>
  );
}
