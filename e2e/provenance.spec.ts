// Independent origins end to end: two outlets carry one wire story, an analyst records that
// both trace to it, and the public claim page counts two independent origins, not three, with
// the two items grouped under the wire story and the relation shown.
import { expect, test } from "./support/fixtures";
import { uniqueToken } from "./support/workspace";

test("an analyst links two outlets' items to one wire origin, and the public origin count drops from 3 to 2", async ({ page, pageAs, seedTracker }) => {
  const token = uniqueToken();
  const first = `Outlet A: tool ships to a fab ${token}`;
  const second = `Outlet B: tool ships to a fab ${token}`;
  const own = `Independent teardown ${token}`;
  const tracker = await seedTracker({
    proofPoints: ["Uptime and serviceability"],
    claims: [
      {
        statement: `The tool runs in a production fab ${token}`,
        evidence: [
          { title: first, stance: "supports", sourceName: `Outlet A ${token}` },
          { title: second, stance: "supports", sourceName: `Outlet B ${token}` },
          { title: own, stance: "supports", sourceName: `Lab ${token}` },
        ],
      },
    ],
  });
  const claim = tracker.claims[0]!;
  const idOf = (title: string) => claim.evidence.find((item) => item.title === title)!.id;
  const supports = page.getByRole("region", { name: /^Supports/ });

  await page.goto(`/claims/${claim.id}`);
  await expect(supports.getByRole("heading", { level: 3 })).toContainText("3 links from 3 independent origins");

  const analyst = await pageAs("analyst");
  const wire = `Reuters wire story ${token}`;
  await analyst.goto(`/workspace/evidence/${idOf(first)}/provenance`);
  await expect(analyst.getByRole("heading", { level: 1, name: "Where this evidence comes from" })).toBeVisible();
  await expect(analyst.getByText("No link recorded: this item counts as an origin of its own.")).toBeVisible();
  // Refused input keeps what was typed and names the field.
  await analyst.getByLabel("Why you think so").fill("Both credit the same Reuters report.");
  await analyst.getByRole("button", { name: "Record the link" }).click();
  await expect(analyst.getByRole("main").getByRole("alert")).toContainText(/name/i);
  await expect(analyst.getByLabel("Why you think so")).toHaveValue("Both credit the same Reuters report.");

  await analyst.getByLabel("How it relates").selectOption("republishes");
  await analyst.getByLabel("Origin's name (for a new origin)").fill(wire);
  await analyst.getByRole("button", { name: "Record the link" }).click();
  await expect(analyst.getByRole("status")).toContainText("Link recorded.");
  await expect(analyst.getByRole("region", { name: "Recorded links" })).toContainText(`Republishes ${wire}`);

  // The second outlet picks the origin named a moment ago instead of typing it again.
  await analyst.goto(`/workspace/evidence/${idOf(second)}/provenance`);
  await analyst.getByLabel("Derives from").selectOption({ label: wire });
  await analyst.getByLabel("Why you think so").fill("Credits the same Reuters report, word for word.");
  await analyst.getByRole("button", { name: "Record the link" }).click();
  await expect(analyst.getByRole("status")).toContainText("Link recorded.");

  await page.goto(`/claims/${claim.id}`);
  await expect(supports.getByRole("heading", { level: 3 })).toContainText("3 links from 2 independent origins");
  const group = supports.getByRole("listitem").filter({ hasText: `2 items trace to one origin: ${wire}` });
  await expect(group.getByRole("heading", { level: 4 })).toHaveCount(2);
  await expect(group).toContainText(`Republishes ${wire}`);
  await expect(supports.getByRole("heading", { level: 4, name: own })).toBeVisible();

  // Withdrawing one link makes that outlet independent again.
  await analyst.goto(`/workspace/evidence/${idOf(second)}/provenance`);
  await analyst.getByRole("button", { name: `Withdraw the link to ${wire}` }).click();
  await expect(analyst.getByRole("status")).toContainText("Link withdrawn.");
  await page.goto(`/claims/${claim.id}`);
  await expect(supports.getByRole("heading", { level: 3 })).toContainText("3 links from 3 independent origins");
});
