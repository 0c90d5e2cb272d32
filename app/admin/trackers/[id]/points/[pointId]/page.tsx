import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CriteriaForm, ProofPointTextForm } from "@/components/admin/trackers/edit-proof-point-forms";
import { Forbidden } from "@/components/forbidden";
import { FormattedDate } from "@/components/formatted-date";
import { formatThreshold } from "@/lib/domain/criteria";
import { getProofPointForAdmin } from "@/lib/server/trackers/admin-queries";
import { setProofPointCriteriaAction, updateProofPointAction } from "../../../point-actions";
import { trackerAdminOrNull } from "../../../require-tracker-admin";

export const metadata: Metadata = { title: "Edit proof point", robots: { index: false } };

export default async function EditProofPointPage({ params }: { params: Promise<{ id: string; pointId: string }> }) {
  const { id, pointId } = await params;
  const actor = await trackerAdminOrNull(`/admin/trackers/${id}/points/${pointId}`);
  if (!actor) return <Forbidden what="manage trackers" />;
  const point = await getProofPointForAdmin(actor, pointId);
  if (!point || point.tracker.id !== id) notFound();
  const [current] = point.criteria;
  const editable = !point.tracker.archivedAt;

  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href="/admin/trackers">Trackers</Link> · <Link href={`/admin/trackers/${id}`}>{point.tracker.title}</Link>
      </p>
      <h1>{point.title}</h1>
      <p className="lede">
        key <code>{point.key}</code>
        {point.retiredAt ? " · retired" : null} ·{" "}
        {point.tracker.published && !point.tracker.archivedAt ? (
          <Link href={`/trackers/${point.tracker.slug}/points/${point.key}`}>Public page</Link>
        ) : (
          "not public"
        )}
      </p>
      {!editable ? <p className="muted">The tracker is archived: take it out of the archive to edit this proof point.</p> : null}

      {editable ? (
        <>
          <h2>Title and question</h2>
          <ProofPointTextForm action={updateProofPointAction} proofPoint={{ id: point.id, title: point.title, question: point.question }} />
          <h2>Resolution criteria</h2>
          <CriteriaForm
            action={setProofPointCriteriaAction}
            proofPointId={point.id}
            nextVersion={(current?.version ?? 0) + 1}
            current={{
              tickWhen: current?.tickWhen,
              contestedWhen: current?.contestedWhen,
              thresholdValue: current?.thresholdValue?.toString(),
              thresholdUnit: current?.thresholdUnit ?? undefined,
              thresholdQualifier: current?.thresholdQualifier ?? undefined,
            }}
          />
        </>
      ) : null}

      <h2>Versions</h2>
      {point.criteria.length === 0 ? (
        <p className="muted">No criteria yet.</p>
      ) : (
        <ul>
          {point.criteria.map((version) => (
            <li key={version.id}>
              Version {version.version}, <FormattedDate value={version.createdAt.toISOString()} />, by {version.author.name}
              {version.note ? <> — &ldquo;{version.note}&rdquo;</> : null}
              <br />
              <span className="muted">
                Ticks when: {version.tickWhen}
                {formatThreshold(version) ? ` · Threshold: ${formatThreshold(version)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
