import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/forbidden";
import { FormattedDate } from "@/components/formatted-date";
import { ReliabilityBadge } from "@/components/reliability-badge";
import { StatusBadge } from "@/components/status-badge";
import styles from "@/components/workspace/claim-workspace.module.css";
import { Flash } from "@/components/workspace/flash";
import { GradeHistory, ProvisionalMark } from "@/components/sources/grade-history";
import { ConfirmGradeForm, ProposeGradeForm, RenameSourceForm } from "@/components/workspace/source-forms";
import { hasPermission } from "@/lib/auth/permissions";
import ws from "@/components/workspace/workspace.module.css";
import { getSource } from "@/lib/server/workspace/get-source";
import { FORBIDDEN_WHAT, workspaceActorOrNull } from "../../workspace-actor";
import { confirmSourceGradeAction, proposeSourceGradeAction, renameSourceAction } from "../actions";

export const metadata: Metadata = { title: "Source", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

export default async function SourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await workspaceActorOrNull(`/workspace/sources/${id}`);
  if (!actor) return <Forbidden what={FORBIDDEN_WHAT} />;
  const source = await getSource(actor, id);
  if (!source) notFound();
  const { saved } = await searchParams;
  const firstGrade = source.ratings.length === 0 && source.createdById === actor.id;

  return (
    <div className="container page">
      <div className={styles.claim}>
        <p className="eyebrow">
          <Link href="/workspace/sources">Sources</Link>
        </p>
        <Flash code={saved} />
        <h1>{source.name}</h1>
        <p className={styles.status}>
          <span className={ws.muted}>{source.domain}</span>
          <ReliabilityBadge grade={source.reliability} /> <ProvisionalMark provisional={source.gradeProvisional} />{" "}
          <Link href={`/sources/${encodeURIComponent(source.domain)}`}>Public page</Link>
        </p>
        <p>
          {source.rationale ? <>“{source.rationale}”</> : "Not rated yet."}
          {source.ratedAt ? (
            <span className={ws.muted}>
              {" "}
              — {source.ratedBy}, <FormattedDate value={source.ratedAt} />
            </span>
          ) : null}
        </p>

        <section aria-labelledby="rate-heading" className={styles.addEvidence}>
          <h2 id="rate-heading">{firstGrade ? "Set the first grade" : "Propose a grade change"}</h2>
          <p>
            {firstGrade
              ? "You logged this source, so your first grade applies at once; it shows as provisional until a reviewer confirms it."
              : "Another reviewer must approve a grade change before it applies. "}
            {source.claims.length === 0
              ? " No live evidence cites this source yet."
              : ` A new grade re-weighs ${source.claims.length === 1 ? "1 claim" : `${source.claims.length} claims`} (below), and flags for re-review those whose approved status cites this source.`}
          </p>
          {source.pendingProposal ? (
            <p role="note">
              Awaiting review: {source.pendingProposal.fromReliability} → {source.pendingProposal.toReliability}, proposed by{" "}
              {source.pendingProposal.proposedBy.name} (<FormattedDate value={source.pendingProposal.createdAt} />): “{source.pendingProposal.rationale}”
            </p>
          ) : (
            <ProposeGradeForm action={proposeSourceGradeAction} sourceId={source.id} grade={source.reliability} firstGrade={firstGrade} />
          )}
          {source.gradeProvisional && hasPermission(actor.roles, "proposal:review") && source.ratedById !== actor.id ? (
            <ConfirmGradeForm action={confirmSourceGradeAction} sourceId={source.id} grade={source.reliability} />
          ) : null}
        </section>

        <section aria-labelledby="history-heading">
          <h2 id="history-heading">Grade history</h2>
          <GradeHistory entries={source.ratings} />
        </section>

        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading">Claims citing it ({source.claims.length})</h2>
          {source.claims.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul>
              {source.claims.map((claim) => (
                <li key={claim.id}>
                  <Link href={`/workspace/claims/${claim.id}`}>{claim.statement}</Link> <StatusBadge status={claim.status} />{" "}
                  <span className={ws.muted}>{claim.items === 1 ? "1 item" : `${claim.items} items`}</span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="rename-heading">
          <h2 id="rename-heading">Name</h2>
          <p className={ws.muted}>The domain ({source.domain}) is how links are matched to this source, so it cannot change.</p>
          <RenameSourceForm action={renameSourceAction} sourceId={source.id} name={source.name} />
        </section>
      </div>
    </div>
  );
}
