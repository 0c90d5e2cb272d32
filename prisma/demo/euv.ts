// The flagship tracker: the article's own checklist for judging China's reported EUV
// prototype. Quotes are the article's words; see sources.ts for why links are home pages.
import { REUTERS } from "./sources";
import type { DemoTracker } from "./types";

const ACCESSED = "2025-12-23";
const REPORTED = "2025-12-20";

// Every Reuters item repeats one report: each traces to it, so however many claims cite it,
// readers see one origin behind them.
export const REUTERS_EUV_REPORT = "Reuters report on the Shenzhen EUV prototype, December 2025";

const reuters = (key: string, title: string, quote: string, stance: "supports" | "refutes" | "context", credibility: 2 | 3 | 4) => ({
  key,
  url: REUTERS,
  origin: REUTERS_EUV_REPORT,
  title,
  quote,
  stance,
  credibility,
  accessedAt: ACCESSED,
});

export const EUV_TRACKER: DemoTracker = {
  slug: "euv",
  title: "China EUV lithography: prototype to production",
  question: "Has China's reported EUV lithography prototype become a real industrial capability?",
  description:
    "A prototype is a milestone, not a finished industrial capability. This tracker follows the six proof points that would show the shift is real: " +
    "“If those boxes start ticking, then the strategic shift becomes real.”",
  proofPoints: [
    { key: "wafer-results", title: "Wafer results", question: "Do we see credible evidence of patterned wafers at advanced nodes in the reported tool?" },
    { key: "overlay-cdu", title: "Overlay + CDU", question: "Can the system hold tight overlay and critical-dimension uniformity across full wafers?" },
    { key: "throughput", title: "Throughput", question: "Can it run at rates that make commercial fabs viable?" },
    { key: "uptime", title: "Uptime and serviceability", question: "Can it sustain production without constant teardown?" },
    { key: "optics-supply", title: "Optics supply", question: "Can domestic suppliers match the precision optics stack required for production-grade EUV?" },
    { key: "ecosystem", title: "Ecosystem completeness", question: "Do metrology, inspection, masks and resist scale alongside the scanner?" },
  ],
  claims: [
    {
      proofPoint: "optics-supply",
      statement: "A high-security team in Shenzhen has built a prototype EUV system that generates EUV light; it became operational in early 2025.",
      claimant: "Reuters, citing unnamed sources",
      subject: "Shenzhen EUV prototype team",
      claimedAt: REPORTED,
      evidence: [
        reuters("light", "Reuters: Shenzhen prototype generates EUV light",
          "Recent Reuters reporting says a high-security team in Shenzhen built a prototype EUV system that can generate EUV light, and it became operational in early 2025.",
          "supports", 3),
      ],
      changes: [
        {
          to: "partially_supported",
          at: "2025-12-22",
          rationale: "Reuters reports a light-generating prototype operational since early 2025. A source and optics path exists at prototype level, but nothing shows a production-grade domestic optics stack yet.",
          cites: ["light"],
        },
      ],
    },
    {
      proofPoint: "optics-supply",
      statement: "An EUV light source using laser-induced discharge plasma (LDP) at 13.5 nm has been tested at Huawei's Dongguan site.",
      claimant: "Earlier 2025 reports (publisher not named in the source article)",
      subject: "Huawei",
      claimedAt: "2025-06-01",
      evidence: [],
      changes: [],
    },
    {
      proofPoint: "wafer-results",
      statement: "The Shenzhen EUV prototype is producing early test wafers for laboratory evaluation.",
      claimant: "Sources cited by Reuters",
      subject: "Shenzhen EUV prototype",
      claimedAt: REPORTED,
      evidence: [
        reuters("test-wafers", "Reported: prototype in internal testing, early test wafers",
          "Sources cited by Reuters claim that a working EUV prototype has been completed and is now undergoing internal testing. […] While still experimental, the machine is believed to be producing early test wafers for laboratory evaluation.",
          "supports", 3),
      ],
      changes: [
        {
          to: "partially_supported",
          at: "2025-12-22",
          rationale: "The reporting points to test wafers in a lab setting. Neither shows patterned wafers at an advanced node, so this is partial support only.",
          cites: ["test-wafers"],
        },
      ],
    },
    {
      proofPoint: "wafer-results",
      statement: "The Shenzhen EUV prototype has produced working chips.",
      claimant: "Social-media commentary on the prototype",
      subject: "Shenzhen EUV prototype",
      claimedAt: REPORTED,
      evidence: [
        reuters("no-chips", "Reuters: no working chips yet",
          "However, the same reporting also says the prototype has not produced working chips yet. That detail matters.",
          "refutes", 2),
      ],
      changes: [
        {
          to: "disputed",
          at: "2025-12-20",
          rationale: "Early commentary claimed chips; the first detailed reporting contradicts it. Marking as disputed while the reporting settles.",
          cites: ["no-chips"],
          conflictReason: "Social-media commentary claims working chips; the Reuters reporting says there are none yet.",
        },
        {
          to: "refuted",
          at: "2025-12-21",
          rationale: "The Reuters reporting is explicit that the prototype has not produced working chips yet; no source says otherwise.",
          cites: ["no-chips"],
        },
      ],
    },
    {
      proofPoint: "wafer-results",
      statement: "China will produce working chips with its domestic EUV system by 2028.",
      claimant: "Chinese government target, per Reuters-sourced reporting",
      subject: "China's EUV programme",
      claimedAt: REPORTED,
      resolveBy: "2028-12-31",
      evidence: [
        reuters("goal-2028", "Reuters-sourced: internal goal of 2028",
          "Reuters-sourced reporting describes an internal goal of 2028, while sources suggest 2030 looks more plausible for working chips.",
          "context", 3),
      ],
      changes: [],
      pending: {
        to: "disputed",
        at: "2025-12-23",
        rationale: "The same reporting that states the 2028 goal says sources see 2030 as more plausible, so the target itself is contested.",
        cites: ["goal-2028"],
        conflictReason: "The reporting states the official 2028 goal and, in the same breath, sources who expect 2030.",
      },
    },
    {
      proofPoint: "wafer-results",
      statement: "Working chips from China's domestic EUV system are more plausible by 2030 than by 2028.",
      claimant: "Sources cited in Reuters-sourced reporting",
      subject: "China's EUV programme",
      claimedAt: REPORTED,
      resolveBy: "2030-12-31",
      evidence: [
        reuters("plausible-2030", "Reuters-sourced: 2030 looks more plausible",
          "Even so, Reuters-sourced reporting describes an internal goal of 2028, while sources suggest 2030 looks more plausible for working chips.",
          "supports", 3),
      ],
      changes: [],
    },
    {
      proofPoint: "overlay-cdu",
      statement: "The prototype holds production-grade overlay and critical-dimension uniformity across full wafers.",
      claimant: "Implied by claims of a working prototype",
      subject: "Shenzhen EUV prototype",
      claimedAt: REPORTED,
      evidence: [],
      changes: [],
    },
    {
      proofPoint: "throughput",
      statement: "The prototype runs at wafer throughput that makes commercial fabs viable.",
      claimant: "Implied by claims of a working prototype",
      subject: "Shenzhen EUV prototype",
      claimedAt: REPORTED,
      evidence: [],
      changes: [],
    },
    {
      proofPoint: "uptime",
      statement: "The prototype sustains production runs without constant teardown.",
      claimant: "Implied by claims of a working prototype",
      subject: "Shenzhen EUV prototype",
      claimedAt: REPORTED,
      evidence: [],
      changes: [],
    },
    {
      proofPoint: "ecosystem",
      statement: "China's EUV effort has made its advanced lithography supply chain independent of ASML.",
      claimant: "Commentary on the prototype",
      subject: "China's semiconductor equipment supply chain",
      claimedAt: REPORTED,
      evidence: [
        reuters("asml-parts", "Reported: parts sourced from older ASML machines",
          "The system was reportedly developed by analyzing and replicating key technologies used in ASML’s EUV scanners, with some components sourced from older machines obtained through secondary markets.",
          "refutes", 3),
      ],
      changes: [
        {
          to: "disputed",
          at: "2025-12-23",
          rationale: "Commentary presents the prototype as independence from ASML, while the reporting says parts came from older ASML machines. Contested until domestic parts are shown.",
          cites: ["asml-parts"],
          conflictReason: "Commentary claims independence from ASML; the cited reporting says parts came from older ASML machines.",
        },
      ],
    },
    {
      proofPoint: "ecosystem",
      statement: "Metrology, inspection, masks and resist supply are scaling in China alongside the EUV scanner.",
      claimant: "Implied by claims of an imminent domestic EUV line",
      subject: "China's lithography ecosystem",
      claimedAt: REPORTED,
      evidence: [],
      changes: [],
    },
    {
      proofPoint: "ecosystem",
      statement: "Huawei's Guanlan facility has in-house manufacturing able to produce 7 nm-class chips for its own processors.",
      claimant: "Industry reporting (publisher not named in the source article)",
      subject: "Huawei",
      claimedAt: REPORTED,
      evidence: [],
      changes: [],
    },
  ],
};
