import "server-only";
import { permanentRedirect } from "next/navigation";
import { resolveTrackerAlias } from "@/lib/server/public/resolve-tracker-alias";

/**
 * A renamed tracker keeps its old links: /trackers/<old>/<rest> answers 308 to the same
 * page under the current slug. Returns (so the caller can 404) when `slug` was never one.
 */
export async function redirectFormerSlug(slug: string, rest: string): Promise<void> {
  const current = await resolveTrackerAlias(slug);
  if (current) permanentRedirect(`/trackers/${encodeURIComponent(current)}${rest}`);
}
