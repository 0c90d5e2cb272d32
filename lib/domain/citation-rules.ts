// What a status must cite before anyone may approve it, stated once for the command, the form and the methodology page.
import type { ClaimStatus } from "./statuses";
import type { Stance } from "./stance";

export type CitedItem = { stance: Stance | string };

export const CITATION_RULES: Record<ClaimStatus, string> = {
  supported: "at least one cited item that supports the claim",
  partially_supported: "at least one cited item that supports the claim",
  refuted: "at least one cited item that refutes the claim",
  disputed:
    "at least one cited supporting item and one cited refuting item, or cited items and a written reason why those sources conflict",
  unverified: "a rationale only; citations are optional",
};

/** Why the cited items do not justify `toStatus`, or null when they do. */
export function citationProblem(toStatus: ClaimStatus, cited: readonly CitedItem[], conflictReason = ""): string | null {
  const supports = cited.some((item) => item.stance === "supports");
  const refutes = cited.some((item) => item.stance === "refutes");
  switch (toStatus) {
    case "supported":
    case "partially_supported":
      return supports ? null : `${label(toStatus)} needs ${CITATION_RULES[toStatus]}`;
    case "refuted":
      return refutes ? null : `refuted needs ${CITATION_RULES.refuted}`;
    case "disputed":
      if (supports && refutes) return null;
      if (cited.length > 0 && conflictReason.trim() !== "") return null;
      return `disputed needs ${CITATION_RULES.disputed}`;
    case "unverified":
      return null;
  }
}

function label(status: ClaimStatus): string {
  return status === "partially_supported" ? "partially supported" : status;
}
