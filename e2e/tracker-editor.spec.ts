import { expect, test } from "./support/fixtures";
import { uniqueToken } from "./support/workspace";

// An admin stands up a tracker end to end in the browser; a reader in a fresh,
// signed-out context sees it only once it is published. A unique slug keeps reruns on a
// reused server independent.

const POINTS = [
  {
    title: "Pilot line output",
    key: "pilot-output",
    question: "Does the pilot line ship stacks that pass customer qualification?",
    tickWhen: "A source graded B or better reports stacks from the line passing a named customer's qualification.",
    contestedWhen: "Sources graded B or better conflict on whether qualification was passed.",
    threshold: { qualifier: "qualified yield of at least", value: "60", unit: "percent" },
  },
  {
    title: "Volume ramp",
    key: "volume-ramp",
    question: "Does the line reach volume production within the stated plan?",
    tickWhen: "A source graded B or better reports volume shipments from the line under the stated plan.",
    contestedWhen: "Sources graded B or better conflict on whether volume shipments began.",
  },
];

test("an admin creates, fills and publishes a tracker; a reader sees it on / and on its scorecard", async ({ pageAs, browser, baseURL }) => {
  // A dozen page loads and form posts in one flow: give it three times the usual time.
  test.slow();
  const slug = `hbm-line-${uniqueToken()}`;
  const title = `Domestic HBM line ${slug.slice(-6)}`;
  const admin = await pageAs("admin");

  await admin.goto("/workspace");
  await admin.getByRole("link", { name: "Trackers and proof points" }).click();
  await admin.getByRole("link", { name: "Create a tracker" }).click();
  // Wait for the new page: the page being left has fields with the same labels.
  await expect(admin.getByRole("heading", { level: 1, name: "Create a tracker" })).toBeVisible();
  await admin.getByLabel("Title", { exact: true }).fill(title);
  await admin.getByLabel("Slug", { exact: true }).fill(slug);
  await admin.getByLabel("Question", { exact: true }).fill("Can the domestic HBM line reach volume production?");
  await admin.getByRole("button", { name: "Create tracker" }).click();
  await expect(admin.getByText("The tracker was created as an unpublished draft.")).toBeVisible();

  for (const point of POINTS) {
    await admin.getByRole("link", { name: "Add a proof point" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Add a proof point" })).toBeVisible();
    await admin.getByLabel("Title", { exact: true }).fill(point.title);
    await admin.getByLabel("Key", { exact: true }).fill(point.key);
    await admin.getByLabel("Question", { exact: true }).fill(point.question);
    await admin.getByLabel("Ticks the box when").fill(point.tickWhen);
    await admin.getByLabel("Contested when").fill(point.contestedWhen);
    if (point.threshold) {
      await admin.getByLabel("Wording before the number").fill(point.threshold.qualifier);
      await admin.getByLabel("Number", { exact: true }).fill(point.threshold.value);
      await admin.getByLabel("Unit", { exact: true }).fill(point.threshold.unit);
    }
    await admin.getByRole("button", { name: "Add proof point" }).click();
    await expect(admin.getByText(`The proof point “${point.key}” was added with its criteria.`)).toBeVisible();
  }

  const reader = await browser.newContext({ baseURL });
  const page = await reader.newPage();
  expect((await page.goto(`/trackers/${slug}`))?.status()).toBe(404);

  await admin.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(admin.getByText("Published: readers can now see this tracker.")).toBeVisible();

  await page.goto("/");
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/trackers/${slug}$`));
  await expect(page.getByText("0 of 2 boxes ticked")).toBeVisible();
  const proofPoints = page.getByRole("region", { name: "Proof points" });
  for (const point of POINTS) {
    await expect(proofPoints.getByRole("heading", { level: 3, name: point.title })).toBeVisible();
  }

  await proofPoints.getByRole("link", { name: `Resolution criteria and their changes for ${POINTS[0]!.title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: POINTS[0]!.title })).toBeVisible();
  await expect(page.getByText(POINTS[0]!.tickWhen)).toBeVisible();
  await expect(page.getByText("qualified yield of at least 60 percent")).toBeVisible();

  // Renaming keeps the old address working: a permanent redirect to the new slug.
  const renamed = `${slug}-v2`;
  await admin.getByLabel("Slug", { exact: true }).fill(renamed);
  await admin.getByRole("button", { name: "Save details" }).click();
  await expect(admin.getByText("Saved.")).toBeVisible();
  const response = await reader.request.get(`/trackers/${slug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toBe(`/trackers/${renamed}`);

  await reader.close();
});

test("an analyst is refused the tracker editor and is not offered it", async ({ pageAs }) => {
  const analyst = await pageAs("analyst");
  await analyst.goto("/workspace");
  await expect(analyst.getByRole("link", { name: "Trackers and proof points" })).toHaveCount(0);
  await analyst.goto("/admin/trackers/new");
  await expect(analyst.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  await expect(analyst.getByRole("button", { name: "Create tracker" })).toHaveCount(0);
});
