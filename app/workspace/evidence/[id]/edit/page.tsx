import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CredibilityBadge } from "@/components/credibility-badge";
import { Forbidden } from "@/components/forbidden";
import { FormattedDate } from "@/components/formatted-date";
import { ReliabilityBadge } from "@/components/reliability-badge";
import { EvidenceForm } from "@/components/workspace/evidence-form";
import { RemoveEvidenceForm } from "@/components/workspace/remove-evidence-form";
import styles from "@/components/workspace/claim-workspace.module.css";
import { getWorkspaceEvidence } from "@/lib/server/workspace/get-workspace-evidence";
import { FORBIDDEN_WHAT, workspaceActorOrNull } from "../../../workspace-actor";
import { editEvidenceAction, removeEvidenceAction } from "../../actions";

export const metadata: Metadata = { title: "Edit evidence", robots: { index: false } };

export default async function EditEvidencePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await workspaceActorOrNull(`/workspace/evidence/${id}/edit`);
  if (!actor) return <Forbidden what={FORBIDDEN_WHAT} />;
  const evidence = await getWorkspaceEvidence(actor, id);
  if (!evidence) notFound();
  const claimPath = `/workspace/claims/${evidence.claim.id}`;

  return (
    <div className="container page">
      <div className={styles.claim}>
        <p className="eyebrow">
          <Link href={`${claimPath}#evidence-${evidence.id}`}>Back to the claim</Link>
        </p>
        <h1>Edit evidence</h1>
        <p className="lede">On the claim “{evidence.claim.statement}”</p>
        <p className={styles.status}>
          <span>
            Source: <Link href={`/workspace/sources/${evidence.source.id}`}>{evidence.source.name}</Link>
          </span>
          <ReliabilityBadge grade={evidence.source.reliability} />
          <CredibilityBadge level={evidence.credibility} />
        </p>
        <p className={styles.logged}>
          Logged by {evidence.loggedBy} on <FormattedDate value={evidence.loggedAt} />. Every edit is recorded in the audit trail.
        </p>
        {evidence.removed ? (
          <p role="status">
            This item was removed on <FormattedDate value={evidence.removed.at} />
            {evidence.removed.by ? ` by ${evidence.removed.by}` : ""}. It is kept on record but can no longer be edited.
          </p>
        ) : (
          <>
            {evidence.citedByApprovedChanges + evidence.citedByPendingProposals > 0 ? (
              <p role="note">
                Cited by {evidence.citedByApprovedChanges} approved status {evidence.citedByApprovedChanges === 1 ? "change" : "changes"} and{" "}
                {evidence.citedByPendingProposals} pending {evidence.citedByPendingProposals === 1 ? "proposal" : "proposals"}: a change of
                stance or link alters what those decisions rest on.
              </p>
            ) : null}
            <EvidenceForm
              action={editEvidenceAction}
              today={new Date().toISOString().slice(0, 10)}
              target={{ name: "evidenceId", value: evidence.id }}
              initial={{
                url: evidence.url,
                title: evidence.title,
                quote: evidence.quote,
                publishedAt: evidence.publishedAt ?? "",
                accessedAt: evidence.accessedAt,
                stance: evidence.stance,
                credibility: String(evidence.credibility),
                archivedUrl: evidence.archivedUrl ?? "",
                sourceName: "",
              }}
              claimPath={claimPath}
              submitLabel="Save evidence"
              cancelHref={claimPath}
            />
            <section id="remove" aria-labelledby="remove-heading" className={styles.addEvidence}>
              <h2 id="remove-heading">Remove this evidence</h2>
              <p>
                Removal takes the item off the public claim page and out of the evidence balance at once. The record and its audit trail stay, and
                the removal is shown to analysts on the claim.
              </p>
              <RemoveEvidenceForm action={removeEvidenceAction} evidenceId={evidence.id} />
            </section>
          </>
        )}
      </div>
    </div>
  );
}
