import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProofPointAdminList } from "@/components/admin/trackers/proof-point-admin-list";
import { TrackerDetailsForm } from "@/components/admin/trackers/tracker-details-form";
import { TrackerStateBadge } from "@/components/admin/trackers/tracker-state-badge";
import { TrackerStatusActions } from "@/components/admin/trackers/tracker-status-actions";
import { Forbidden } from "@/components/forbidden";
import { getTrackerForAdmin } from "@/lib/server/trackers/admin-queries";
import { setTrackerStatusAction, updateTrackerAction } from "../actions";
import { reorderProofPointsAction, setProofPointRetiredAction } from "../point-actions";
import { trackerAdminOrNull } from "../require-tracker-admin";

export const metadata: Metadata = { title: "Edit tracker", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; added?: string }> };

export default async function EditTrackerPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await trackerAdminOrNull(`/admin/trackers/${id}`);
  if (!actor) return <Forbidden what="manage trackers" />;
  const tracker = await getTrackerForAdmin(actor, id);
  if (!tracker) notFound();
  const { created, added } = await searchParams;
  const editable = tracker.state !== "archived";
  const proofPoints = tracker.proofPoints.map((point) => ({
    ...point,
    claimCount: point._count.claims,
    criteriaVersion: point.criteria[0]?.version ?? null,
  }));

  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href="/admin/trackers">Trackers</Link>
      </p>
      <h1>{tracker.title}</h1>
      {created ? <p role="status">The tracker was created as an unpublished draft. Add its proof points next.</p> : null}
      {added ? <p role="status">The proof point “{added}” was added with its criteria.</p> : null}
      <p className="lede">
        <TrackerStateBadge state={tracker.state} />{" "}
        {tracker.state === "published" ? <Link href={`/trackers/${tracker.slug}`}>View the public scorecard</Link> : <code>/trackers/{tracker.slug}</code>}
      </p>

      <h2>Publishing</h2>
      <TrackerStatusActions action={setTrackerStatusAction} trackerId={tracker.id} published={tracker.published} archived={!editable} />

      <h2 id="proof-points">Proof points</h2>
      <p className="muted">
        Only active proof points count towards &ldquo;N of M boxes ticked&rdquo;. Retiring one keeps its claims and history
        public in a separate &ldquo;Retired proof points&rdquo; section.
      </p>
      <ProofPointAdminList
        trackerId={tracker.id}
        proofPoints={proofPoints}
        editable={editable}
        reorderAction={reorderProofPointsAction}
        retireAction={setProofPointRetiredAction}
      />
      {editable ? (
        <p>
          <Link href={`/admin/trackers/${tracker.id}/points/new`} className="button">
            Add a proof point
          </Link>
        </p>
      ) : null}

      <h2>Details</h2>
      {editable ? (
        <TrackerDetailsForm
          action={updateTrackerAction}
          tracker={{ id: tracker.id, slug: tracker.slug, title: tracker.title, question: tracker.question, description: tracker.description, published: tracker.published }}
        />
      ) : (
        <p className="muted">Archived trackers cannot be edited: take it out of the archive first.</p>
      )}
      {tracker.slugAliases.length > 0 ? (
        <p className="muted">
          Former addresses, redirecting here: {tracker.slugAliases.map((alias) => `/trackers/${alias.slug}`).join(", ")}
        </p>
      ) : null}
    </div>
  );
}
