// How a domain event reads in a mail: one headline and where to act on it. Pure: the
// event's own data holds every title it needs (lib/server/events/record-domain-event.ts).
import type { EventKind } from "@/lib/domain/events/event-kinds";
import { STATUS_LABELS, type ClaimStatus } from "@/lib/domain/statuses";

export type EventForText = { kind: string; data: unknown };

type Data = {
  tracker?: { slug?: string; title?: string };
  proofPoint?: { key?: string; title?: string };
  claim?: { id?: string; statement?: string };
  proposal?: { id?: string; fromStatus?: string; toStatus?: string; proposerName?: string };
  statusChange?: { fromStatus?: string; toStatus?: string; confirmation?: boolean; ticksBox?: boolean };
  evidence?: { title?: string };
  criteria?: { version?: number };
  reviewer?: { name?: string };
  decision?: string;
  reason?: string;
  note?: string | null;
};

function quoted(text: string | undefined, max = 90): string {
  if (!text) return "a claim";
  return `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;
}

function statusLabel(status: string | undefined): string {
  return status && Object.hasOwn(STATUS_LABELS, status) ? STATUS_LABELS[status as ClaimStatus] : (status ?? "?");
}

export type EventText = { headline: string; detail: string | null; /** Site-relative. */ path: string; audience: "public" | "workspace" };

export function describeEvent(event: EventForText): EventText {
  const data = (event.data ?? {}) as Data;
  const claim = quoted(data.claim?.statement);
  const claimPublic = data.claim?.id ? `/claims/${data.claim.id}` : "/";
  const claimWork = data.claim?.id ? `/workspace/claims/${data.claim.id}` : "/workspace";
  switch (event.kind as EventKind) {
    case "status.approved": {
      const change = data.statusChange ?? {};
      const headline = change.confirmation
        ? `${claim} was confirmed as ${statusLabel(change.toStatus).toLowerCase()}`
        : `${claim} moved from ${statusLabel(change.fromStatus).toLowerCase()} to ${statusLabel(change.toStatus).toLowerCase()}`;
      return { headline, detail: change.ticksBox ? `The box “${data.proofPoint?.title ?? ""}” is ticked.` : null, path: claimPublic, audience: "public" };
    }
    case "evidence.added":
      return { headline: `Evidence added to ${claim}: ${data.evidence?.title ?? "an item"}`, detail: null, path: claimPublic, audience: "public" };
    case "evidence.removed":
      return { headline: `Evidence withdrawn from ${claim}: ${data.evidence?.title ?? "an item"}`, detail: data.reason ?? null, path: claimPublic, audience: "public" };
    case "criteria.changed":
      return {
        headline: `The criteria of “${data.proofPoint?.title ?? "a proof point"}” changed (version ${data.criteria?.version ?? "?"})`,
        detail: null,
        path: data.tracker?.slug && data.proofPoint?.key ? `/trackers/${data.tracker.slug}/points/${data.proofPoint.key}` : "/",
        audience: "public",
      };
    case "proposal.filed":
      return {
        headline: `${data.proposal?.proposerName ?? "An analyst"} proposes ${statusLabel(data.proposal?.toStatus).toLowerCase()} for ${claim}`,
        detail: null,
        path: "/workspace/review",
        audience: "workspace",
      };
    case "proposal.decided":
      return {
        headline: `Your proposal (${statusLabel(data.proposal?.toStatus).toLowerCase()}) for ${claim} was ${data.decision ?? "decided"}${data.reviewer?.name ? ` by ${data.reviewer.name}` : ""}`,
        detail: data.note ?? null,
        path: "/workspace/proposals",
        audience: "workspace",
      };
    case "claim.re-review-flagged":
      return { headline: `${claim} needs re-review`, detail: data.reason ?? null, path: claimWork, audience: "workspace" };
    case "suggestion.received":
      return { headline: `A reader suggestion arrived for ${claim}`, detail: null, path: claimWork, audience: "workspace" };
    case "suggestion.decided":
      return { headline: `A suggestion for ${claim} was decided`, detail: null, path: claimWork, audience: "workspace" };
    default:
      return { headline: `Something changed on ${claim}`, detail: null, path: claimPublic, audience: "public" };
  }
}
