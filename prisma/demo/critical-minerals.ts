// Second tracker: 2030 refining-share projections (Benchmark Mineral Intelligence and
// the IEA, as shown in the source article). Projections resolve when 2030 data exists.
import { BENCHMARK, IEA } from "./sources";
import type { DemoEvidence, DemoTracker } from "./types";

const ACCESSED = "2025-12-23";
const CLAIMED = "2025-12-23";
const RESOLVE_BY = "2030-12-31";

const projection = (key: string, url: string, title: string, quote: string): DemoEvidence => ({
  key,
  url,
  title,
  quote,
  stance: "supports",
  // A modelled projection: possibly true until the year arrives.
  credibility: 3,
  accessedAt: ACCESSED,
});

export const CRITICAL_MINERALS_TRACKER: DemoTracker = {
  slug: "critical-minerals-2030",
  title: "Critical-mineral refining in 2030",
  question: "Will China still dominate critical-mineral refining in 2030, as projected?",
  description:
    "Projected refining shares by 2030, based on data from Benchmark Mineral Intelligence and the International Energy Agency. Each claim resolves when 2030 figures are published.",
  proofPoints: [
    { key: "overall", title: "Overall share", question: "Does China hold about 60% of global refined critical-mineral supply in 2030?" },
    { key: "nickel", title: "Nickel", question: "Is nickel the one mineral where another country, Indonesia, out-refines China?" },
    { key: "copper", title: "Copper", question: "Does copper refining stay more fragmented, with China near 45%?" },
    { key: "rare-earths", title: "Rare earths", question: "Does the United States hold a foothold in rare-earth refining?" },
    { key: "cobalt", title: "Cobalt", question: "Do Finland and Canada hold meaningful shares of cobalt refining?" },
  ],
  claims: [
    {
      proofPoint: "overall",
      statement: "China will hold about 60% of global refined critical-mineral supply by 2030.",
      claimant: "Benchmark Mineral Intelligence and IEA projections",
      subject: "China",
      claimedAt: CLAIMED,
      resolveBy: RESOLVE_BY,
      evidence: [
        projection("overall-benchmark", BENCHMARK, "Projection: China ~60% of refined supply by 2030",
          "China is projected to have the largest share (60%) of global refined critical mineral supply by 2030."),
        projection("overall-iea", IEA, "Projection: China dominant in lithium, REEs, cobalt and graphite",
          "By 2030, China will play a dominant role in lithium, rare earth elements (REEs), cobalt, and graphite, controlling nearly 60% of all critical mineral refining."),
      ],
      changes: [],
    },
    {
      proofPoint: "nickel",
      statement: "Indonesia will refine 71.24% of the world's nickel by 2030.",
      claimant: "Benchmark Mineral Intelligence and IEA projections",
      subject: "Indonesia",
      claimedAt: CLAIMED,
      resolveBy: RESOLVE_BY,
      evidence: [
        projection("nickel-indonesia", BENCHMARK, "Projection: Indonesia 71.24% of refined nickel",
          "Indonesia will command over 71.24% of refined nickel by leveraging its large ore reserves, expanding low-cost refineries, and enforcing a ban on raw ore exports."),
      ],
      changes: [],
    },
    {
      proofPoint: "nickel",
      statement: "In 2030 nickel refining, China's share will be 6.24%, Russia's 3.26% and all other countries' 19.27%.",
      claimant: "Benchmark Mineral Intelligence and IEA projections",
      subject: "China, Russia",
      claimedAt: CLAIMED,
      resolveBy: RESOLVE_BY,
      evidence: [
        projection("nickel-china", BENCHMARK, "Projection: China 6.24%, Russia 3.26%, other 19.27% of refined nickel",
          "China’s share is just 6.24%, with Russia at 3.26% and the rest of the world spread across “Other” at 19.27%."),
      ],
      changes: [],
    },
    {
      proofPoint: "nickel",
      statement: "In the 2030 projections, nickel is the only mineral where another country out-refines China.",
      claimant: "Benchmark Mineral Intelligence and IEA projections",
      subject: "Indonesia, China",
      claimedAt: CLAIMED,
      evidence: [
        projection("nickel-outlier", BENCHMARK, "Projection: nickel is the outlier",
          "Nickel is the only mineral which another country, Indonesia (71%), is expected to have a larger market share than China (6%)."),
      ],
      changes: [
        {
          to: "supported",
          at: "2025-12-24",
          rationale: "This claim is about what the published projections say, and the projection data states it directly: Indonesia leads nickel, China leads the rest.",
          cites: ["nickel-outlier"],
          // The criteria ask for published 2030 refining data; a projection cannot meet them.
          meetsCriteria: false,
        },
      ],
    },
    {
      proofPoint: "copper",
      statement: "China will refine 44.63% of the world's copper in 2030, with other countries together at 40.99%.",
      claimant: "Benchmark Mineral Intelligence and IEA projections",
      subject: "China",
      claimedAt: CLAIMED,
      resolveBy: RESOLVE_BY,
      evidence: [
        projection("copper", BENCHMARK, "Projection: copper refining China 44.63%, other 40.99%",
          "Copper refining is relatively diversified. China holds 44.63%, but “Other” countries make up 40.99%, indicating broader global refining capacity."),
      ],
      changes: [],
    },
    {
      proofPoint: "rare-earths",
      statement: "The United States will hold 5.14% of rare-earth refining in 2030.",
      claimant: "Benchmark Mineral Intelligence and IEA projections",
      subject: "United States",
      claimedAt: CLAIMED,
      resolveBy: RESOLVE_BY,
      evidence: [
        projection("rare-earths-us", IEA, "Projection: US 5.14% of rare-earth refining",
          "The U.S. appears notably in rare earths (REEs) at 5.14%."),
      ],
      changes: [],
    },
    {
      proofPoint: "cobalt",
      statement: "Finland (5.87%) and Canada (5.73%) will hold meaningful shares of cobalt refining in 2030.",
      claimant: "Benchmark Mineral Intelligence and IEA projections",
      subject: "Finland, Canada",
      claimedAt: CLAIMED,
      resolveBy: RESOLVE_BY,
      evidence: [
        projection("cobalt", BENCHMARK, "Projection: Finland 5.87%, Canada 5.73% of cobalt refining",
          "Finland and Canada register meaningful shares in cobalt at 5.87% and 5.73%, respectively."),
      ],
      changes: [],
    },
  ],
};
