import { describe, expect, it } from "vitest";
import { CITATION_RULES, citationProblem } from "@/lib/domain/citation-rules";
import { CLAIM_STATUSES } from "@/lib/domain/statuses";

const items = (...stances: string[]) => stances.map((stance) => ({ stance }));

describe("citationProblem", () => {
  it.each([
    ["supported", items("supports"), "", null],
    ["supported", items("refutes", "context"), "", "supported needs at least one cited item that supports the claim"],
    ["partially_supported", items("supports"), "", null],
    ["partially_supported", items(), "", "partially supported needs at least one cited item that supports the claim"],
    ["refuted", items("refutes"), "", null],
    ["refuted", items("supports"), "", "refuted needs at least one cited item that refutes the claim"],
    ["disputed", items("supports", "refutes"), "", null],
    ["disputed", items("refutes"), "The sources disagree on the date.", null],
    ["disputed", items("context"), "The sources disagree on the date.", null],
    ["disputed", items("refutes"), "   ", expect.stringMatching(/^disputed needs/)],
    ["disputed", items(), "The sources disagree on the date.", expect.stringMatching(/^disputed needs/)],
    ["unverified", items(), "", null],
  ] as const)("%s citing %j with reason %j", (status, cited, reason, expected) => {
    expect(citationProblem(status, cited, reason)).toEqual(expected);
  });

  it("states a rule for every status", () => {
    for (const status of CLAIM_STATUSES) expect(CITATION_RULES[status].length).toBeGreaterThan(10);
  });
});
