import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/badge";
import { ClaimFacts } from "@/components/claim-facts";
import { DeadlineMarker } from "@/components/deadline-marker";
import { EvidenceBalance } from "@/components/evidence-balance";
import { EvidenceList } from "@/components/evidence-list";
import { Forbidden } from "@/components/forbidden";
import { StatusBadge } from "@/components/status-badge";
import { StatusTimeline } from "@/components/status-timeline";
import styles from "@/components/workspace/claim-workspace.module.css";
import { EvidenceControls } from "@/components/workspace/evidence-controls";
import { EvidenceForm } from "@/components/workspace/evidence-form";
import { Flash } from "@/components/workspace/flash";
import { InlineGrades } from "@/components/workspace/inline-grades";
import { ProposeForm } from "@/components/review/propose-form";
import { hasPermission } from "@/lib/auth/permissions";
import { RemovedEvidence } from "@/components/workspace/removed-evidence";
import ws from "@/components/workspace/workspace.module.css";
import { getWorkspaceClaim } from "@/lib/server/workspace/get-workspace-claim";
import { claimListHref } from "@/lib/validation/claim-list";
import { FORBIDDEN_WHAT, workspaceActorOrNull } from "../../workspace-actor";
import { addEvidenceHereAction, gradeSourceHereAction, proposeHereAction } from "../actions";
import { fetchLinkMetadataAction } from "../../evidence/actions";

export const metadata: Metadata = { title: "Claim workspace", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

export default async function ClaimWorkspacePage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await workspaceActorOrNull(`/workspace/claims/${id}`);
  if (!actor) return <Forbidden what={FORBIDDEN_WHAT} />;
  const claim = await getWorkspaceClaim(actor, id);
  if (!claim) notFound();
  const { saved } = await searchParams;
  const path = `/workspace/claims/${claim.id}`;
  const today = new Date().toISOString().slice(0, 10);
  const canPropose = hasPermission(actor.roles, "proposal:create");

  return (
    <div className="container page">
      <div className={styles.layout}>
        <div className={styles.main}>
          <p className="eyebrow">
            <Link href={claimListHref({ tracker: claim.tracker.slug })}>{claim.tracker.title}</Link> · {claim.proofPoint.title}
          </p>
          <Flash code={saved} />
          <h1 className={styles.statement}>{claim.statement}</h1>
          <div className={styles.status}>
            <StatusBadge status={claim.status} size="large" />
            <DeadlineMarker overdue={claim.overdue} dueSoon={claim.dueSoon} resolveBy={claim.resolveBy} />
            {claim.isPublic ? null : <Badge tone="neutral">Not public: draft or archived tracker</Badge>}
            {claim.tracker.isDemo ? <Badge tone="neutral">Demo data</Badge> : null}
          </div>
          <div className={styles.actions}>
            <Link href={`${path}/edit`} className="button">
              Edit claim
            </Link>
            {canPropose ? (
              <a href="#propose" className={`button ${ws.secondaryButton}`}>
                Propose a status change
              </a>
            ) : null}
            {claim.pendingProposals > 0 ? (
              <span>
                {claim.pendingProposals === 1 ? "1 proposal" : `${claim.pendingProposals} proposals`} awaiting review
              </span>
            ) : null}
            {claim.isPublic ? <Link href={`/claims/${claim.id}`}>View the public page</Link> : null}
            <a href="#add-evidence">Add evidence</a>
          </div>

          <ClaimFacts claim={claim} />

          <section aria-labelledby="balance-heading">
            <h2 id="balance-heading">Evidence balance</h2>
            <EvidenceBalance balance={claim.balance} />
          </section>

          <section aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">Evidence ({claim.evidenceCount})</h2>
            <EvidenceList evidenceByStance={claim.evidenceByStance} originCounts={claim.originCounts} renderActions={(item) => <EvidenceControls evidence={item} />} />
            <RemovedEvidence items={claim.removedEvidence} />
            <InlineGrades action={gradeSourceHereAction} sources={claim.gradeableSources} />
          </section>

          {canPropose ? (
            <section aria-labelledby="propose-heading" id="propose">
              <h2 id="propose-heading">Propose a status change</h2>
              <p className="muted">
                A status moves only when another reviewer approves your proposal. Cite the items above it rests on.
                {claim.pendingProposals > 0 ? " Whichever pending proposal is approved first supersedes the others." : ""}
              </p>
              <ProposeForm
                claimId={claim.id}
                currentStatus={claim.status}
                evidenceByStance={claim.evidenceByStance}
                action={proposeHereAction}
                successMessage="Proposal submitted for review."
              />
            </section>
          ) : null}
        </div>

        <section aria-labelledby="add-evidence-heading" id="add-evidence" className={styles.addEvidence}>
          <h2 id="add-evidence-heading">Add evidence</h2>
          <EvidenceForm
            action={addEvidenceHereAction}
            today={today}
            fetchMetadata={fetchLinkMetadataAction}
            target={{ name: "claimId", value: claim.id }}
            initial={{ url: "", title: "", quote: "", publishedAt: "", accessedAt: today, stance: "", credibility: "", archivedUrl: "", sourceName: "" }}
            claimPath={path}
            submitLabel="Add evidence"
          />
        </section>

        <section aria-labelledby="history-heading" className={styles.history}>
          <h2 id="history-heading">Status history</h2>
          <StatusTimeline entries={claim.history} />
        </section>
      </div>
    </div>
  );
}
