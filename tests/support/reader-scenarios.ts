// The triage and corrections-policy commands' rows for the shared command tables (valid
// calls, authorization matrix, intended effects, who runs each in the rule 1 test).
import { expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { READER_SUBMISSION_COMMANDS } from "@/lib/server/reader-submissions/commands";
import type { ActorKind } from "./command-scenarios";
import { makeReaderSubmission } from "./reader-fixtures";

export type ReaderCommandName = keyof typeof READER_SUBMISSION_COMMANDS;
type Prepare = (actor: Actor | null) => Promise<Record<string, unknown>>;
type Expected = "allowed" | "denied";
type Input = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What the analyst adds to a suggested link to make it an evidence item. */
export const EVIDENCE_ACCEPT_FIELDS = { title: "A newer report on the prototype", accessedAt: "2026-01-05", credibility: "3", publishedAt: "", sourceName: "" };
export const CLAIM_ACCEPT_FIELDS = { claimant: "A reader-named newspaper", subject: "The prototype", claimedAt: "2026-01-04", resolveBy: "" };

export const READER_VALID_CALLS: Record<ReaderCommandName, Prepare> = {
  async acceptEvidenceSuggestion() {
    const { id } = await makeReaderSubmission("evidence");
    return { submissionId: id, ...EVIDENCE_ACCEPT_FIELDS };
  },
  async acceptDispute() {
    const { id } = await makeReaderSubmission("dispute");
    return { submissionId: id, note: "The cited report was corrected." };
  },
  async acceptClaimSuggestion() {
    const { id } = await makeReaderSubmission("claim");
    return { submissionId: id, ...CLAIM_ACCEPT_FIELDS };
  },
  async declineReaderSubmission() {
    const { id } = await makeReaderSubmission("dispute");
    return { submissionId: id, reason: "The record already says this." };
  },
  async updateCorrectionsPolicy() {
    return { text: "We correct errors openly and list every correction on this page." };
  },
};

//                                        anonymous analyst reviewer admin deactivated (holds every role)
export const READER_MATRIX_ROWS: Record<ReaderCommandName, readonly [Expected, Expected, Expected, Expected, Expected]> = {
  acceptEvidenceSuggestion: ["denied", "allowed", "allowed", "denied", "denied"],
  acceptDispute:            ["denied", "allowed", "allowed", "denied", "denied"],
  acceptClaimSuggestion:    ["denied", "allowed", "allowed", "denied", "denied"],
  declineReaderSubmission:  ["denied", "allowed", "allowed", "denied", "denied"],
  updateCorrectionsPolicy:  ["denied", "denied", "denied", "allowed", "denied"],
};

export const READER_RUN_AS: Record<ReaderCommandName, ActorKind> = {
  acceptEvidenceSuggestion: "analyst",
  acceptDispute: "analyst",
  acceptClaimSuggestion: "analyst",
  declineReaderSubmission: "analyst",
  updateCorrectionsPolicy: "admin",
};

const submission = (input: Input) => getDb().readerSubmission.findUniqueOrThrow({ where: { id: input.submissionId } });

export const READER_EFFECTS: Record<ReaderCommandName, (call: { input: Input; actor: Actor }) => Promise<void>> = {
  async acceptEvidenceSuggestion({ input, actor }) {
    const row = await submission(input);
    expect(row).toMatchObject({ state: "accepted", decidedById: actor.id });
    expect(await getDb().evidence.findUniqueOrThrow({ where: { id: row.evidenceId! } })).toMatchObject({ url: row.url, title: input.title, createdById: actor.id });
  },
  async acceptDispute({ input, actor }) {
    const row = await submission(input);
    expect(row).toMatchObject({ state: "accepted", decidedById: actor.id, statusAtDecision: "unverified" });
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: row.claimId! } })).reReviewSince).toBeInstanceOf(Date);
  },
  async acceptClaimSuggestion({ input, actor }) {
    const row = await submission(input);
    expect(row).toMatchObject({ state: "accepted", decidedById: actor.id });
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: row.createdClaimId! } })).toMatchObject({ statement: row.text, status: "unverified" });
  },
  async declineReaderSubmission({ input, actor }) {
    expect(await submission(input)).toMatchObject({ state: "declined", decidedById: actor.id, declineReason: input.reason });
  },
  async updateCorrectionsPolicy({ input, actor }) {
    const newest = await getDb().correctionsPolicy.findFirstOrThrow({ orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(newest).toMatchObject({ text: input.text, createdById: actor.id });
  },
};
