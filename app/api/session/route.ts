// The signed-in reader's header data (name, roles, review count), for the account island
// in the site header. Public pages are rendered once for everybody and cached; this is the
// only per-user part of them, fetched by the browser after the page has loaded.
import { hasPermission } from "@/lib/auth/permissions";
import { getCurrentActor } from "@/lib/auth/session";
import { countPendingReviews } from "@/lib/server/review/count-pending-reviews";
import { countNewReaderSubmissions } from "@/lib/server/reader-submissions/list-submissions";
import type { AccountSession } from "@/components/auth/account-session";

export async function GET(): Promise<Response> {
  const actor = await getCurrentActor();
  const session: AccountSession = actor
    ? {
        user: { name: actor.name, roles: actor.roles },
        // One indexed count, and only for reviewers.
        reviewCount: hasPermission(actor.roles, "proposal:review") ? await countPendingReviews(actor) : null,
        canPropose: hasPermission(actor.roles, "proposal:create"),
        submissionCount: hasPermission(actor.roles, "submission:triage") ? await countNewReaderSubmissions(actor) : null,
      }
    : { user: null, reviewCount: null, canPropose: false };
  return Response.json(session, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } });
}
