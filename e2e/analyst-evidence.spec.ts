import { expect, test } from "./support/fixtures";
import { fileClaim, fillEvidence, submitEvidence, titled, uniqueToken } from "./support/workspace";

const EXTERNAL_REL = "noopener noreferrer nofollow ugc";

test("an analyst adds evidence to a claim and it appears on the public claim page with its badges", async ({ pageAs, tracker }) => {
  const page = await pageAs("analyst");
  const token = uniqueToken();
  const claimPath = await fileClaim(page, `Domestic resist suppliers match the EUV scanner's needs (${token}).`, tracker);
  const title = `Resist makers report EUV qualification ${token}`;

  await fillEvidence(page, {
    url: `https://www.reuters.com/technology/resist-${token}?utm_source=newsletter`,
    title,
    quote: "Two suppliers said their photoresist passed qualification on the prototype.",
    publishedAt: "2025-12-18",
    stance: "Supports",
    credibility: "2 · Probably true",
  });
  await submitEvidence(page);

  await expect(page.getByRole("status").filter({ hasText: "Evidence added." })).toBeVisible();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", titled(title)) });
  await expect(item.getByText("B · Usually reliable")).toBeVisible();
  await expect(page.getByRole("region", { name: "Evidence balance" }).getByText(/Reuters \(B\) · credibility 2 · supports/)).toBeVisible();

  await page.getByRole("link", { name: "View the public page" }).click();
  await page.waitForURL(new RegExp(`^[^?#]*/claims/${claimPath.split("/").pop()}$`));
  const publicItem = page.getByRole("region", { name: "Supports" }).getByRole("listitem").filter({ hasText: title });
  const link = publicItem.getByRole("link", titled(title));
  await expect(link).toHaveAttribute("href", `https://www.reuters.com/technology/resist-${token}`);
  await expect(link).toHaveAttribute("rel", EXTERNAL_REL);
  await expect(publicItem.getByText("B · Usually reliable")).toBeVisible();
  await expect(publicItem.getByText("2 · Probably true")).toBeVisible();
  await expect(publicItem.getByText("Two suppliers said their photoresist passed qualification")).toBeVisible();
});

test("a javascript: URL is refused beside the field and everything typed is kept", async ({ pageAs, tracker }) => {
  const page = await pageAs("analyst");
  const token = uniqueToken();
  await fileClaim(page, `Mask blank supply scales with the scanner (${token}).`, tracker);
  const title = `Mask blank makers expand lines ${token}`;
  await fillEvidence(page, {
    url: "javascript:alert(document.cookie)",
    title,
    quote: "Capacity doubles next year, the company said.",
    publishedAt: "2025-11-02",
    stance: "Refutes",
    credibility: "4 · Doubtful",
    sourceName: "Mask Weekly",
  });
  await submitEvidence(page);

  const form = page.getByRole("region", { name: "Add evidence" });
  const url = form.getByLabel("Link (URL)");
  await expect(url).toHaveAttribute("aria-invalid", "true");
  await expect(form.locator("#url-error")).toHaveText(/javascript: links are not allowed; use an http or https URL/);
  await expect(url).toHaveAttribute("aria-describedby", /url-error/);
  await expect(url).toHaveValue("javascript:alert(document.cookie)");
  await expect(form.getByLabel("Title")).toHaveValue(title);
  await expect(form.getByLabel("Quoted excerpt (optional)")).toHaveValue("Capacity doubles next year, the company said.");
  await expect(form.getByLabel("Published (optional)")).toHaveValue("2025-11-02");
  await expect(form.getByRole("radio", { name: /^Refutes/ })).toBeChecked();
  await expect(form.getByLabel("Information credibility (Admiralty 1–6)")).toHaveValue("4");
  await expect(form.getByLabel("Source name (optional)")).toHaveValue("Mask Weekly");
  await expect(page.getByRole("link", titled(title))).toHaveCount(0);

  // Correcting only the link is enough to save.
  await url.fill(`https://mask-weekly-${token}.example.org/blanks`);
  await submitEvidence(page);
  await expect(page.getByRole("status").filter({ hasText: "Evidence added." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Refutes" }).getByRole("link", titled(title))).toBeVisible();
});

test("the same link twice is refused with a link to the existing item", async ({ pageAs, tracker }) => {
  const page = await pageAs("analyst");
  const token = uniqueToken();
  await fileClaim(page, `Inspection tools keep pace with the scanner (${token}).`, tracker);
  const values = { url: `https://www.reuters.com/inspection-${token}`, title: `Inspection tools ${token}`, stance: "Context" as const, credibility: "3 · Possibly true" };
  await fillEvidence(page, values);
  await submitEvidence(page);
  await expect(page.getByRole("status").filter({ hasText: "Evidence added." })).toBeVisible();

  await fillEvidence(page, { ...values, url: `${values.url}?utm_medium=social`, title: "The same article again" });
  await submitEvidence(page);
  await expect(page.locator("#url-error")).toHaveText(/already logged on this claim/);
  await page.getByRole("link", { name: "See the existing item" }).click();
  await expect(page).toHaveURL(/#evidence-/);
  await expect(page.locator(":target")).toContainText(values.title);
});

test("an analyst corrects and then removes an item; the public page follows", async ({ pageAs, tracker }) => {
  const page = await pageAs("analyst");
  const token = uniqueToken();
  const claimPath = await fileClaim(page, `Metrology vendors ship to the line (${token}).`, tracker);
  await fillEvidence(page, { url: `https://www.reuters.com/metrology-${token}`, title: `Metrology typo ${token}`, stance: "Supports", credibility: "3 · Possibly true" });
  await submitEvidence(page);
  await expect(page.getByRole("status").filter({ hasText: "Evidence added." })).toBeVisible();

  await page.getByRole("link", { name: `Edit “Metrology typo ${token}”` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit evidence" })).toBeVisible();
  await page.getByLabel("Title").fill(`Metrology vendors ship ${token}`);
  await page.getByRole("button", { name: "Save evidence" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Evidence saved." })).toBeVisible();
  await expect(page.getByRole("link", titled(`Metrology vendors ship ${token}`))).toBeVisible();

  await page.getByRole("link", { name: `Remove “Metrology vendors ship ${token}”` }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Remove this evidence" })).toBeVisible();
  await page.getByRole("button", { name: "Remove evidence" }).click();
  await expect(page.locator("form").getByRole("alert").getByRole("link", { name: /tick this box to confirm/ })).toBeVisible();
  await page.getByLabel("Why remove it?").fill("Wrong article.");
  await page.getByRole("checkbox", { name: /take this item off the public page/ }).check();
  await page.getByRole("button", { name: "Remove evidence" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Evidence removed." })).toBeVisible();
  await expect(page.getByText("Removed evidence (1)")).toBeVisible();

  await page.goto(claimPath.replace("/workspace", ""));
  await expect(page.getByRole("link", titled(`Metrology vendors ship ${token}`))).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Evidence (0)" })).toBeVisible();
});
