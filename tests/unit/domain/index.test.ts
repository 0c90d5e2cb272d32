import { describe, expect, it } from "vitest";
import * as domain from "@/lib/domain";

describe("lib/domain public API", () => {
  it.each([
    "canTransition",
    "isClaimStatus",
    "isDueSoon",
    "isOverdue",
    "citationProblem",
    "canonicalEvidenceUrl",
    "boxStatusOf",
    "isStance",
    "isSourceReliability",
    "isInformationCredibility",
    "admiraltyCode",
    "computeEvidenceBalance",
    "verdictFor",
    "describeContribution",
    "formatWeight",
    "proofPointState",
    "summarizeScorecard",
    "headline",
    "tickHistory",
    "normalizeEvidenceUrl",
    "sourceDomainOf",
    "isPublicHostname",
  ])("exports the function %s", (name) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe("function");
  });

  it.each([
    "CLAIM_STATUSES",
    "STATUS_LABELS",
    "STATUS_DESCRIPTIONS",
    "STANCES",
    "STANCE_LABELS",
    "SOURCE_RELIABILITY_GRADES",
    "INFORMATION_CREDIBILITY_LEVELS",
    "RELIABILITY_WEIGHT",
    "CREDIBILITY_WEIGHT",
    "VERDICT_LABELS",
    "EVIDENCE_BALANCE_METHOD",
    "PROOF_POINT_STATE_LABELS",
    "PROOF_POINT_STATE_DESCRIPTIONS",
    "CLAIM_REVIEW_RATING",
    "MAX_URL_LENGTH",
  ])("exports the constant %s", (name) => {
    expect((domain as Record<string, unknown>)[name]).toBeDefined();
  });
});
