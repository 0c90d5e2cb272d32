import type { Metadata } from "next";
import Link from "next/link";
import { requireActorOrRedirect } from "@/lib/auth/session";
import { hasPermission, ROLE_LABELS } from "@/lib/auth/permissions";
import { ReviewWorkflowLinks } from "@/components/review/review-workflow-links";
import { countPendingReviews } from "@/lib/server/review/count-pending-reviews";

export const metadata: Metadata = { title: "Workspace", robots: { index: false } };

export default async function WorkspacePage() {
  const actor = await requireActorOrRedirect("/workspace");
  const can = (permission: Parameters<typeof hasPermission>[1]) => hasPermission(actor.roles, permission);
  return (
    <div className="container page">
      <p className="eyebrow">Workspace</p>
      <h1>Welcome, {actor.name}</h1>
      <p className="lede">
        Signed in as {actor.email} · {actor.roles.length ? actor.roles.map((role) => ROLE_LABELS[role]).join(", ") : "no role yet: ask an admin"}
      </p>
      {/* Review workflow: the queue (with its count), my proposals, the audit log. */}
      <ReviewWorkflowLinks
        reviewCount={can("proposal:review") ? await countPendingReviews(actor) : undefined}
        canPropose={can("proposal:create")}
        canReadAudit={can("audit:read")}
      />
      <ul>
        {can("workspace:read") ? (
          <>
            <li>
              <Link href="/workspace/claims">Claims: search, file, edit and add evidence</Link>
            </li>
            <li>
              <Link href="/workspace/sources">Sources and reliability ratings</Link>
            </li>
          </>
        ) : null}
        {can("user:manage") ? (
          <li>
            <Link href="/admin/users">Users and roles</Link>
          </li>
        ) : null}
        <li>
          <Link href="/account/password">Change your password</Link>
        </li>
        <li>
          <Link href="/">Public scorecards</Link>
        </li>
      </ul>
      {can("tracker:manage") ? (
        <section aria-labelledby="tracker-editor-heading">
          <h2 id="tracker-editor-heading">Trackers</h2>
          <p>
            <Link href="/admin/trackers">Trackers and proof points</Link>: create checklists, set what would tick each
            box, publish.
          </p>
        </section>
      ) : null}
    </div>
  );
}
