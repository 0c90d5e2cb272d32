import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddProofPointForm } from "@/components/admin/trackers/add-proof-point-form";
import { Forbidden } from "@/components/forbidden";
import { getTrackerForAdmin } from "@/lib/server/trackers/admin-queries";
import { addProofPointAction } from "../../../point-actions";
import { trackerAdminOrNull } from "../../../require-tracker-admin";

export const metadata: Metadata = { title: "Add a proof point", robots: { index: false } };

export default async function NewProofPointPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await trackerAdminOrNull(`/admin/trackers/${id}/points/new`);
  if (!actor) return <Forbidden what="manage trackers" />;
  const tracker = await getTrackerForAdmin(actor, id);
  if (!tracker) notFound();
  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href="/admin/trackers">Trackers</Link> · <Link href={`/admin/trackers/${tracker.id}`}>{tracker.title}</Link>
      </p>
      <h1>Add a proof point</h1>
      <p className="lede">
        One box of the checklist: the question it asks and, as explicitly as you can, what evidence would tick it and what
        would make it contested.
      </p>
      <AddProofPointForm action={addProofPointAction} trackerId={tracker.id} />
    </div>
  );
}
