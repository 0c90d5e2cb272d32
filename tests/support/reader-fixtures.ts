// Reader submissions made as a reader's browser would: a challenge from the server, solved
// here with the same library the widget runs, and sent through the submit command. Each
// submission comes from its own made-up client address, so tests never share a rate limit
// unless they mean to.
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { createReaderChallenge } from "@/lib/server/reader-submissions/proof-of-work";
import { submitReaderSubmission } from "@/lib/server/reader-submissions/submit-reader-submission";
import { makeClaim, uniqueToken } from "./builders";

let addressCounter = 0;
/** A client address no other test in this file uses. */
export function uniqueClientIp(): string {
  addressCounter += 1;
  const random = Math.floor(Math.random() * 200) + 20;
  return `10.${random}.${Math.floor(addressCounter / 250) % 250}.${(addressCounter % 250) + 1}`;
}

/** A solved challenge, as the widget puts it into the form's hidden "altcha" field. */
export async function solvedProofOfWork(): Promise<string> {
  const challenge = await createReaderChallenge();
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error("The test could not solve its own challenge.");
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

export function evidenceSuggestion(claimId: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: "evidence",
    claimId,
    url: `https://news.example.com/reader/${uniqueToken()}`,
    quote: "The report says the prototype ran for a week.",
    stance: "supports",
    note: "A newer report than the ones listed.",
    email: "",
    website: "",
    ...overrides,
  };
}

export function disputeReport(claimId: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: "dispute",
    claimId,
    problem: `The cited report was corrected by its publisher ${uniqueToken()}.`,
    links: "https://news.example.com/correction",
    email: "",
    website: "",
    ...overrides,
  };
}

export function claimSuggestion(trackerSlug: string, overrides: Record<string, unknown> = {}) {
  return { kind: "claim", trackerSlug, proofPointKey: "", statement: `The prototype ships next year ${uniqueToken()}.`, note: "", links: "", email: "", website: "", ...overrides };
}

/** Sends a submission with a freshly solved proof of work from a fresh address. */
export async function submitAsReader(input: Record<string, unknown>, options: { clientIp?: string } = {}) {
  return submitReaderSubmission({ ...input, altcha: await solvedProofOfWork() }, { clientIp: options.clientIp ?? uniqueClientIp() });
}

/** A new submission of each kind on a fresh claim of a published tracker. */
export async function makeReaderSubmission(kind: "evidence" | "dispute" | "claim") {
  const claim = await makeClaim();
  const point = await import("@/lib/db/client").then(({ getDb }) =>
    getDb().proofPoint.findUniqueOrThrow({ where: { id: claim.proofPointId }, select: { id: true, key: true, trackerId: true, tracker: { select: { slug: true } } } }),
  );
  const input =
    kind === "evidence" ? evidenceSuggestion(claim.id) : kind === "dispute" ? disputeReport(claim.id) : claimSuggestion(point.tracker.slug, { proofPointKey: point.key });
  const submitted = await submitAsReader(input);
  return { ...submitted, claim, proofPointId: point.id, trackerId: point.trackerId };
}
