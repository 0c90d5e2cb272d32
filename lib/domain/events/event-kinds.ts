// Every kind of domain event: what happened, who may hear of it and how it reads in a mail.
// Public kinds describe what readers see change on a published tracker (readers' follows
// and webhooks get them); workflow kinds concern the people doing the work (the inbox and
// their notification preferences). Suggestion kinds are recorded by the reader-suggestion
// commands.
export const EVENT_KINDS = [
  "status.approved",
  "evidence.added",
  "evidence.removed",
  "criteria.changed",
  "proposal.filed",
  "proposal.decided",
  "claim.re-review-flagged",
  "suggestion.received",
  "suggestion.decided",
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];

export type EventAudience = "public" | "workflow";

export const EVENT_KIND_INFO: Record<EventKind, { audience: EventAudience; label: string; description: string }> = {
  "status.approved": { audience: "public", label: "Status approved", description: "A reviewer approved a claim's status change or confirmation; a box may have ticked." },
  "evidence.added": { audience: "public", label: "Evidence added", description: "An evidence item was logged on a claim." },
  "evidence.removed": { audience: "public", label: "Evidence removed", description: "An evidence item was withdrawn from a claim." },
  "criteria.changed": { audience: "public", label: "Criteria changed", description: "What would tick a proof point's box was rewritten." },
  "proposal.filed": { audience: "workflow", label: "Proposal filed", description: "An analyst proposed a status change that waits for review." },
  "proposal.decided": { audience: "workflow", label: "Proposal decided", description: "A reviewer approved or rejected a proposal." },
  "claim.re-review-flagged": { audience: "workflow", label: "Re-review needed", description: "Something a claim's status rests on changed without review." },
  "suggestion.received": { audience: "workflow", label: "Suggestion received", description: "A reader suggested evidence or a correction." },
  "suggestion.decided": { audience: "workflow", label: "Suggestion decided", description: "A suggestion was accepted or declined." },
};

export function isEventKind(value: string): value is EventKind {
  return (EVENT_KINDS as readonly string[]).includes(value);
}

export function isPublicKind(kind: string): boolean {
  return isEventKind(kind) && EVENT_KIND_INFO[kind].audience === "public";
}

export const PUBLIC_EVENT_KINDS = EVENT_KINDS.filter((kind) => EVENT_KIND_INFO[kind].audience === "public");
export const WORKFLOW_EVENT_KINDS = EVENT_KINDS.filter((kind) => EVENT_KIND_INFO[kind].audience === "workflow");
