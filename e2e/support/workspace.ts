// Steps the analyst workspace specs share. Specs run against one server, so everything a
// spec creates carries a unique token and no spec relies on global counts.
import { expect, type Locator, type Page } from "@playwright/test";
import type { SeededTracker } from "./data-types";

export function uniqueToken(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Files a claim through the form under the first proof point of the spec's tracker; returns its workspace path. */
export async function fileClaim(page: Page, statement: string, tracker: Pick<SeededTracker, "slug" | "proofPoints">): Promise<string> {
  await page.goto(`/workspace/claims/new?tracker=${tracker.slug}&point=${tracker.proofPoints[0]!.key}`);
  await page.getByLabel("Statement").fill(statement);
  await expect(page.getByLabel("Proof point")).toHaveValue(/.+/);
  await page.getByLabel("Claimant").fill("End-to-end test desk");
  await page.getByLabel("Subject").fill("The prototype's supply chain");
  await page.getByLabel("Date claimed").fill("2025-12-20");
  await page.getByRole("button", { name: "File claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claim filed." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: statement })).toBeVisible();
  return new URL(page.url()).pathname;
}

export type EvidenceValues = {
  url: string;
  title: string;
  quote?: string;
  publishedAt?: string;
  stance: "Supports" | "Refutes" | "Context";
  credibility: string;
  sourceName?: string;
};

/** Fills the add-evidence form on a claim's workspace page (without submitting). */
export async function fillEvidence(page: Page, values: EvidenceValues): Promise<void> {
  const form = page.getByRole("region", { name: "Add evidence" });
  await form.getByLabel("Link (URL)").fill(values.url);
  await form.getByLabel("Title").fill(values.title);
  if (values.quote) await form.getByLabel("Quoted excerpt (optional)").fill(values.quote);
  if (values.publishedAt) await form.getByLabel("Published (optional)").fill(values.publishedAt);
  await form.getByRole("radio", { name: new RegExp(`^${values.stance}`) }).check();
  await form.getByLabel("Information credibility (Admiralty 1–6)").selectOption({ label: values.credibility });
  if (values.sourceName) await form.getByLabel("Source name (optional)").fill(values.sourceName);
}

export async function submitEvidence(page: Page): Promise<void> {
  await page.getByRole("region", { name: "Add evidence" }).getByRole("button", { name: "Add evidence" }).click();
}

/** Role options for an evidence link: its title, plus the hidden "(opens in a new tab)" of external links. */
export function titled(title: string) {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return { name: new RegExp(`^${escaped}( \\(opens in a new tab\\))?$`) };
}

/**
 * Opens the pending proposal on the claim `statement` in the review queue's detail pane
 * (the row whose text also matches `rowText`, when a claim has several) and returns it.
 */
export async function openProposal(page: Page, statement: string, options: { query?: string; rowText?: string | RegExp } = {}): Promise<Locator> {
  await page.goto(`/workspace/review${options.query ?? ""}`);
  const rows = page.getByRole("list", { name: "Pending status proposals" }).getByRole("listitem").filter({ hasText: statement });
  const row = options.rowText ? rows.filter({ hasText: options.rowText }) : rows;
  await row.getByRole("link", { name: statement }).click();
  const card = page.getByRole("region", { name: "The open proposal" }).getByRole("article", { name: statement });
  await expect(card).toBeVisible();
  return card;
}
