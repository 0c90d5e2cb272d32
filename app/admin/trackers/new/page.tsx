import type { Metadata } from "next";
import Link from "next/link";
import { TrackerDetailsForm } from "@/components/admin/trackers/tracker-details-form";
import { Forbidden } from "@/components/forbidden";
import { createTrackerAction } from "../actions";
import { trackerAdminOrNull } from "../require-tracker-admin";

export const metadata: Metadata = { title: "Create a tracker", robots: { index: false } };

export default async function NewTrackerPage() {
  const actor = await trackerAdminOrNull("/admin/trackers/new");
  if (!actor) return <Forbidden what="create trackers" />;
  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href="/admin/trackers">Trackers</Link>
      </p>
      <h1>Create a tracker</h1>
      <p className="lede">It starts as an unpublished draft: add its proof points and their criteria, then publish it.</p>
      <TrackerDetailsForm action={createTrackerAction} />
    </div>
  );
}
