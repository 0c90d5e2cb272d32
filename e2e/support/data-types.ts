// The request and answer of e2e/support/seed-data.ts, shared with the Playwright side.
export type SeedClaimRequest = {
  statement: string;
  /** Index into the tracker's proof points; 0 when left out. */
  point?: number;
  claimedAt?: string;
  resolveBy?: string;
  evidence?: { title: string; stance: "supports" | "refutes" | "context"; quote?: string; credibility?: number; sourceName?: string }[];
  /** Status changes to approve in order, each proposed by a fixture analyst and approved by a fixture reviewer. */
  approved?: ("partially_supported" | "supported" | "disputed" | "refuted")[];
  /** A proposal left pending after the approved ones, by the fixture analyst. */
  pending?: "partially_supported" | "supported" | "disputed" | "refuted";
};

/** A forecast question on a proof point, opened by the fixture reviewer. */
export type SeedForecastRequest = {
  /** Index into the tracker's proof points; 0 when left out. */
  point?: number;
  /** One forecaster (an analyst with a public profile) per probability, in whole percent. */
  probabilities: number[];
  /** After the forecasts, a supported claim on the point is approved as meeting the criteria, which resolves the question yes. */
  resolveYes?: boolean;
};

export type SeedTrackerRequest = { title?: string; proofPoints: string[]; published?: boolean; claims?: SeedClaimRequest[]; forecasts?: SeedForecastRequest[] };

export type SeedRequest = {
  accounts?: { roles: ("analyst" | "reviewer" | "admin")[][]; password: string; label: string };
  tracker?: SeedTrackerRequest;
};

export type SeededAccount = { id: string; email: string; name: string; roles: string[]; password: string };
export type SeededClaim = { id: string; statement: string; evidence: { id: string; title: string; stance: string }[] };
export type SeededQuestion = { id: string; path: string; forecasters: { id: string; name: string }[] };
export type SeededTracker = {
  id: string;
  slug: string;
  title: string;
  proofPoints: { id: string; key: string; title: string }[];
  claims: SeededClaim[];
  questions: SeededQuestion[];
  analystName: string;
  reviewerName: string;
};

export type SeedResult = { accounts?: SeededAccount[]; tracker?: SeededTracker };
