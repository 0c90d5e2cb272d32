import { describe, expect, it } from "vitest";
import { summarizeFailures } from "@/lib/jobs/failure-summary";

describe("summarizeFailures", () => {
  it("sums up every failed attempt of a window in one line, by job name, with example reasons", () => {
    const lines: string[] = [];
    const summary = summarizeFailures((line) => lines.push(line), 60_000);
    for (const host of ["www.reuters.com", "www.iea.org", "www.reuters.com", "www.example.org"]) summary.record("evidence.capture", `${host} could not be resolved (ENOTFOUND)`);
    summary.record("link.check", "timed out");
    expect(lines).toEqual([]);
    summary.flush();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^▲ worker: 5 job attempt\(s\) failed: evidence\.capture ×4 \(www\.reuters\.com could not be resolved \(ENOTFOUND\); www\.iea\.org could not be resolved \(ENOTFOUND\); 1 more reason\), link\.check ×1 \(timed out\)\./);
    summary.flush();
    expect(lines).toHaveLength(1);
    summary.stop();
  });

  it("flushes by itself when the window ends", async () => {
    const lines: string[] = [];
    const summary = summarizeFailures((line) => lines.push(line), 20);
    summary.record("evidence.capture", "offline");
    await expect.poll(() => lines.length).toBe(1);
    summary.stop();
  });
});
