// Shapes of the demo data. Each claim lists its evidence and, in order, the status
// changes it went through; the seed replays them as real proposals and approvals.
import type { ClaimStatus } from "../../lib/domain/statuses";

export type DemoEvidence = {
  key: string;
  url: string;
  title: string;
  quote: string;
  stance: "supports" | "refutes" | "context";
  credibility: 1 | 2 | 3 | 4 | 5 | 6;
  accessedAt: string;
  publishedAt?: string;
  /** The named origin the item traces to (a provenance link), when it repeats a report logged nowhere else. */
  origin?: string;
};

export type DemoChange = {
  to: ClaimStatus;
  at: string;
  rationale: string;
  cites: string[];
  /** Disputed without cited items on both sides: why the cited sources conflict. */
  conflictReason?: string;
  /** Supported: the reviewer's judgement against the proof point's criteria (default: meets them). */
  meetsCriteria?: boolean;
};

export type DemoClaim = {
  proofPoint: string;
  statement: string;
  claimant: string;
  subject: string;
  claimedAt: string;
  resolveBy?: string;
  evidence: DemoEvidence[];
  changes: DemoChange[];
  /** A proposal left pending for the review queue. */
  pending?: DemoChange;
};

export type DemoSource = { domain: string; name: string; reliability: "A" | "B" | "C" | "D" | "E" | "F"; rationale: string };

export type DemoTracker = {
  slug: string;
  title: string;
  question: string;
  description: string;
  proofPoints: { key: string; title: string; question: string }[];
  claims: DemoClaim[];
};

export type DemoCriteria = {
  tickWhen: string;
  contestedWhen: string;
  thresholdQualifier?: string;
  thresholdValue?: number;
  thresholdUnit?: string;
};

/** How a demo tracker's checklist was set up, published and later revised (ISO timestamps). */
export type DemoChecklist = {
  setUpAt: string;
  publishedAt: string;
  /** Version 1 of each proof point's criteria, by key. */
  criteria: Record<string, DemoCriteria>;
  /** Later criteria versions, replayed after publication so the public history shows them. */
  revisions: (DemoCriteria & { key: string; at: string; note: string })[];
};

/** A demo forecast question and the forecasts entered on it (ISO timestamps and days). */
export type DemoForecastQuestion = {
  proofPoint: string;
  openedAt: string;
  closesOn: string;
  resolvesBy: string;
  forecasts: { by: "analyst" | "reviewer"; percent: number; at: string; rationale: string }[];
};
