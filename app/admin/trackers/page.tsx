import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import { TrackerStateBadge } from "@/components/admin/trackers/tracker-state-badge";
import { Badge } from "@/components/badge";
import { Forbidden } from "@/components/forbidden";
import { FormattedDate } from "@/components/formatted-date";
import { listTrackersForAdmin } from "@/lib/server/trackers/admin-queries";
import { trackerAdminOrNull } from "./require-tracker-admin";

export const metadata: Metadata = { title: "Trackers", robots: { index: false } };

export default async function TrackersAdminPage() {
  const actor = await trackerAdminOrNull("/admin/trackers");
  if (!actor) return <Forbidden what="manage trackers" />;
  const trackers = await listTrackersForAdmin(actor);
  return (
    <div className="container page">
      <p className="eyebrow">Admin</p>
      <h1>Trackers</h1>
      <p className="lede">Set up checklists, their proof points and what would tick each box; publish when ready.</p>
      <p>
        <Link href="/admin/trackers/new" className="button">
          Create a tracker
        </Link>
      </p>
      <AdminTable caption={`${trackers.length} ${trackers.length === 1 ? "tracker" : "trackers"}`} columns={["Title", "Public address", "Status", "Active proof points", "Created"]}>
            {trackers.map((tracker) => (
              <tr key={tracker.id}>
                <th scope="row">
                  <Link href={`/admin/trackers/${tracker.id}`}>{tracker.title}</Link>
                  {tracker.isDemo ? <> <Badge tone="warning">Demo data</Badge></> : null}
                </th>
                <td>
                  <code>/trackers/{tracker.slug}</code>
                </td>
                <td>
                  <TrackerStateBadge state={tracker.state} />
                </td>
                <td>{tracker.activeProofPoints}</td>
                <td>
                  <FormattedDate value={tracker.createdAt.toISOString()} />
                </td>
              </tr>
            ))}
      </AdminTable>
    </div>
  );
}
