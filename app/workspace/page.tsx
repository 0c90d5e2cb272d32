import type { Metadata } from "next";
import Link from "next/link";
import { Inbox } from "@/components/inbox/inbox";
import { ReviewWorkflowLinks } from "@/components/review/review-workflow-links";
import { hasPermission, ROLE_LABELS, type Permission } from "@/lib/auth/permissions";
import { requireActorOrRedirect } from "@/lib/auth/session";
import { countPendingReviews } from "@/lib/server/review/count-pending-reviews";
import { getInbox } from "@/lib/server/workspace/get-inbox";
import { markInboxSeenAction } from "./actions";

export const metadata: Metadata = { title: "Workspace", robots: { index: false } };

/** The signed-in home: the inbox, then one section per kind of work, each shown only to roles that can do it. */
export default async function WorkspacePage() {
  const actor = await requireActorOrRedirect("/workspace");
  const can = (permission: Permission) => hasPermission(actor.roles, permission);
  const administers = can("user:manage") || can("tracker:manage") || can("audit:read");
  const inbox = await getInbox(actor);
  return (
    <div className="container page">
      <p className="eyebrow">Workspace</p>
      <h1>Welcome, {actor.name}</h1>
      <p className="lede">
        Signed in as {actor.email} · {actor.roles.length ? actor.roles.map((role) => ROLE_LABELS[role]).join(", ") : "no role yet: ask an admin"}
      </p>

      <Inbox inbox={inbox} markSeenAction={markInboxSeenAction} />

      {can("workspace:read") ? (
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading">Claims and evidence</h2>
          <ul>
            <li>
              <Link href="/workspace/claims">Claims</Link> — search, file and edit claims, log evidence
            </li>
            <li>
              <Link href="/workspace/sources">Sources</Link> — publishers and their reliability grades
            </li>
            {can("submission:triage") ? (
              <li>
                <Link href="/workspace/submissions">Reader reports</Link> — links, errors and claims sent by readers, to accept or decline
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}

      <ReviewWorkflowLinks
        reviewCount={can("proposal:review") ? await countPendingReviews(actor) : undefined}
        canPropose={can("proposal:create")}
        canReadAudit={false}
      />

      {administers ? (
        <section aria-labelledby="admin-heading">
          <h2 id="admin-heading">Administration</h2>
          <ul>
            {can("tracker:manage") ? (
              <li>
                <Link href="/admin/trackers">Trackers and proof points</Link> — create checklists, set what would tick each box, publish
              </li>
            ) : null}
            {can("user:manage") ? (
              <li>
                <Link href="/admin/users">Users and roles</Link> — create accounts, change roles, deactivate
              </li>
            ) : null}
            {can("user:manage") ? (
              <li>
                <Link href="/admin/sign-in-throttles">Sign-in throttles</Link> — see and clear slowed-down sign-ins
              </li>
            ) : null}
            {can("corrections:edit") ? (
              <li>
                <Link href="/admin/corrections-policy">Corrections policy</Link> — the text at the top of the public corrections log
              </li>
            ) : null}
            {can("audit:read") ? (
              <li>
                <Link href="/admin/audit">Audit log</Link> — every change, who made it, before and after
              </li>
            ) : null}
            {can("job:manage") ? (
              <li>
                <Link href="/admin/jobs">Job queues</Link> — captures and link checks waiting, running, failed; retry a failed one
              </li>
            ) : null}
            {can("webhook:manage") ? (
              <li>
                <Link href="/admin/webhooks">Webhooks</Link> — endpoints that receive signed events, their delivery log and secrets
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="account-heading">
        <h2 id="account-heading">Your account</h2>
        <ul>
          <li>
            <Link href="/account/password">Change your password</Link>
          </li>
          <li>
            <Link href="/workspace/notifications">Notification mail</Link> — which updates you get by mail, and how often
          </li>
          <li>
            <Link href="/">Public scorecards</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
