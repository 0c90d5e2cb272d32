// Which approved status changes the public corrections log lists besides accepted reader
// disputes: those that reverse an earlier verdict. A claim's first review (out of
// "unverified") is not a correction, nor is a partial verdict firmed up to "supported";
// any other move away from a reviewed verdict is (docs/decisions/0047-corrections-log.md).
import type { ClaimStatus } from "./statuses";

export function isReversal(from: ClaimStatus, to: ClaimStatus): boolean {
  if (from === to || from === "unverified") return false;
  return !(from === "partially_supported" && to === "supported");
}

/** What the log says a reader submission was about. */
export const READER_SUBMISSION_KIND_LABELS = {
  evidence: "Suggested evidence",
  dispute: "Reported error",
  claim: "Suggested claim",
} as const;

export type ReaderSubmissionKind = keyof typeof READER_SUBMISSION_KIND_LABELS;
export const READER_SUBMISSION_KINDS = Object.keys(READER_SUBMISSION_KIND_LABELS) as ReaderSubmissionKind[];

export const READER_SUBMISSION_STATES = ["new", "accepted", "declined"] as const;
export type ReaderSubmissionState = (typeof READER_SUBMISSION_STATES)[number];

/** Shown in the corrections log when an admin has not written a policy yet. */
export const DEFAULT_CORRECTIONS_POLICY =
  "When we get something wrong, we say so here. Anyone can report an error from a claim's page, without an account. " +
  "An analyst checks every report; an accepted report sends the claim back to a second person for review, and the outcome is listed below " +
  "with what the record said, what it says now, when and who reviewed it. We also list every reviewed change that reversed an earlier verdict.";
