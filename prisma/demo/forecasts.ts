// The EUV tracker's demo forecast questions, drawn from the article's dated expectations
// (an internal goal of working chips by 2028; 2030 "more plausible"). Opened just after
// the checklist was published and before the first approvals; the short-dated optics
// question has passed its resolve-by date unticked, so the demo shows a resolution with
// scores. Replayed through the forecast commands by seed-forecasts.ts.
import type { DemoForecastQuestion } from "./types";

const GOAL_2028 = "The reporting describes an internal goal of 2028, while sources suggest 2030 looks more plausible for working chips.";

export const EUV_FORECAST_QUESTIONS: DemoForecastQuestion[] = [
  {
    proofPoint: "wafer-results",
    openedAt: "2025-12-20T08:00:00Z",
    closesOn: "2028-06-30",
    resolvesBy: "2028-12-31",
    forecasts: [
      { by: "analyst", percent: 20, at: "2025-12-20T10:00:00Z", rationale: GOAL_2028 },
      { by: "reviewer", percent: 15, at: "2025-12-20T11:00:00Z", rationale: "An internal goal, not a schedule; the same reporting leans to 2030." },
      { by: "analyst", percent: 25, at: "2025-12-22T18:00:00Z", rationale: "Early test wafers are reported in lab evaluation, which is a step towards patterned wafers." },
    ],
  },
  {
    proofPoint: "wafer-results",
    openedAt: "2025-12-20T08:01:00Z",
    closesOn: "2030-06-30",
    resolvesBy: "2030-12-31",
    forecasts: [
      { by: "analyst", percent: 55, at: "2025-12-20T10:05:00Z", rationale: GOAL_2028 },
      { by: "reviewer", percent: 45, at: "2025-12-20T11:05:00Z", rationale: "2030 is called more plausible, not likely; no working chips yet." },
    ],
  },
  {
    proofPoint: "optics-supply",
    openedAt: "2025-12-20T08:02:00Z",
    closesOn: "2026-03-31",
    resolvesBy: "2026-06-30",
    forecasts: [
      { by: "analyst", percent: 10, at: "2025-12-20T10:10:00Z", rationale: "Precision optics is among the hardest parts of the supply chain; nothing reported says domestic suppliers match it." },
      { by: "reviewer", percent: 5, at: "2025-12-20T11:10:00Z", rationale: "Six months is too short for independent confirmation of a production-grade optics stack." },
    ],
  },
];
