// Publishers named in the source article. The article gives no article URLs, so
// evidence links point to each publisher's home page, never to an invented article.
import type { DemoSource } from "./types";

export const REUTERS = "https://www.reuters.com/";
export const BENCHMARK = "https://www.benchmarkminerals.com/";
export const IEA = "https://www.iea.org/";

export const DEMO_SOURCES: DemoSource[] = [
  {
    domain: "reuters.com",
    name: "Reuters",
    reliability: "B",
    rationale: "International news agency with a long record of corrections-backed reporting; its EUV story rests on unnamed sources.",
  },
  {
    domain: "benchmarkminerals.com",
    name: "Benchmark Mineral Intelligence",
    reliability: "B",
    rationale: "Specialist price-reporting and forecasting agency for battery and critical minerals; projections are modelled, not observed.",
  },
  {
    domain: "iea.org",
    name: "International Energy Agency",
    reliability: "B",
    rationale: "Intergovernmental agency whose outlooks are widely cited; projections depend on stated policy scenarios.",
  },
];
