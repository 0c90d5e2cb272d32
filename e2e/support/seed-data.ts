// Creates the data one end-to-end spec needs on the server under test, through the same
// commands the app uses (run by e2e/support/data.ts as a child process:
//   tsx --conditions=react-server e2e/support/seed-data.ts '<request json>'
// ), then tells the running server to drop its public cache (PostgreSQL NOTIFY), so the
// next page shows the new data. Prints one line of JSON with what it created.
import type { ClaimStatus, Role, Stance } from "@/generated/prisma/enums";
import { disconnectDb } from "@/lib/db/client";
import { invalidatePublicData } from "@/lib/server/public/cache";
import { createClaim } from "@/lib/server/claims/create-claim";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { openForecastQuestion } from "@/lib/server/forecasts/open-forecast-question";
import { setForecastProfile } from "@/lib/server/forecasts/set-forecast-profile";
import { submitForecast } from "@/lib/server/forecasts/submit-forecast";
import { approveProposal } from "@/lib/server/proposals/approve-proposal";
import { proposeStatusChange } from "@/lib/server/proposals/propose-status-change";
import { addProofPoint } from "@/lib/server/trackers/add-proof-point";
import { createTracker } from "@/lib/server/trackers/create-tracker";
import { publishTracker } from "@/lib/server/trackers/set-tracker-published";
import { dayFromToday } from "../../tests/support/forecast-scenarios";
import { CRITERIA_INPUT } from "../../tests/support/tracker-builders";
import { makeUser, uniqueToken } from "../../tests/support/builders";
import type { SeedClaimRequest, SeedRequest, SeedResult, SeededClaim, SeededQuestion, SeededTracker, SeedTrackerRequest } from "./data-types";

async function seedAccounts(roles: Role[][], password: string, label: string) {
  return Promise.all(
    roles.map(async (userRoles) => {
      const token = uniqueToken();
      const user = await makeUser({
        roles: userRoles,
        password,
        email: `e2e-${userRoles.join("-")}-${token}@example.org`,
        name: `${label} ${userRoles.join(" ")} ${token}`,
      });
      return { id: user.id, email: user.email, name: user.name, roles: user.roles, password };
    }),
  );
}

async function seedTracker(request: SeedTrackerRequest): Promise<SeededTracker> {
  const token = uniqueToken();
  const admin = await makeUser({ roles: ["admin"] });
  const analyst = await makeUser({ roles: ["analyst"], name: `Fixture Analyst ${token}` });
  const reviewer = await makeUser({ roles: ["reviewer"], name: `Fixture Reviewer ${token}` });
  const tracker = await createTracker(admin, {
    slug: `e2e-${token}`,
    title: request.title ?? `End-to-end tracker ${token}`,
    question: "Does the end-to-end tracker answer its question?",
    description: "Created by an end-to-end spec for its own use.",
  });
  const proofPoints: SeededTracker["proofPoints"] = [];
  for (const [index, title] of request.proofPoints.entries()) {
    const point = await addProofPoint(admin, { trackerId: tracker.id, key: `point-${index + 1}`, title, question: `Is “${title}” met?`, ...CRITERIA_INPUT });
    proofPoints.push({ id: point.id, key: `point-${index + 1}`, title });
  }
  if (request.published ?? true) await publishTracker(admin, { trackerId: tracker.id });

  const seedClaim = async (spec: SeedClaimRequest): Promise<SeededClaim> => {
    const claim = await createClaim(analyst, {
      proofPointId: proofPoints[spec.point ?? 0]!.id,
      statement: spec.statement,
      claimant: "End-to-end claimant",
      subject: "End-to-end subject",
      claimedAt: spec.claimedAt ?? "2025-12-20",
      resolveBy: spec.resolveBy,
    });
    const evidence: SeededClaim["evidence"] = [];
    for (const item of spec.evidence ?? []) {
      const row = await addEvidence(analyst, {
        claimId: claim.id,
        url: `https://news.example.com/e2e/${uniqueToken()}`,
        title: item.title,
        quote: item.quote ?? "",
        publishedAt: "2025-12-19",
        accessedAt: "2025-12-21",
        stance: item.stance satisfies Stance,
        credibility: item.credibility ?? 2,
        sourceName: item.sourceName,
      });
      evidence.push({ id: row.id, title: item.title, stance: item.stance });
    }
    const propose = (status: ClaimStatus) =>
      proposeStatusChange(analyst, {
        claimId: claim.id,
        toStatus: status,
        rationale: "The fixture's cited evidence carries this change.",
        evidenceIds: evidence
          .filter((item) => (status === "supported" ? item.stance === "supports" : status === "refuted" ? item.stance === "refutes" : true))
          .map((item) => item.id),
        // Disputed cites both sides, or says why the cited sources conflict.
        ...(status === "disputed" ? { conflictReason: "The fixture's sources disagree on what the trials showed." } : {}),
      });
    // Supported ticks the box only when the reviewer judges it to meet the criteria; fixtures do.
    for (const status of spec.approved ?? []) {
      await approveProposal(reviewer, { proposalId: (await propose(status)).id, ...(status === "supported" ? { meetsCriteria: true } : {}) });
    }
    if (spec.pending) await propose(spec.pending);
    return { id: claim.id, statement: spec.statement, evidence };
  };
  const claims: SeededClaim[] = [];
  for (const spec of request.claims ?? []) claims.push(await seedClaim(spec));

  const questions: SeededQuestion[] = [];
  for (const [index, spec] of (request.forecasts ?? []).entries()) {
    const { question } = await openForecastQuestion(reviewer, { proofPointId: proofPoints[spec.point ?? 0]!.id, closesOn: dayFromToday(30), resolvesBy: dayFromToday(60) });
    const forecasters = [];
    for (const [number, probability] of spec.probabilities.entries()) {
      const forecaster = await makeUser({ roles: ["analyst"], name: `Fixture Forecaster ${index + 1}.${number + 1} ${token}` });
      await setForecastProfile(forecaster, { public: "on" });
      await submitForecast(forecaster, { questionId: question.id, probability: String(probability), rationale: "The fixture's reading of the reports." });
      forecasters.push({ id: forecaster.id, name: forecaster.name });
    }
    if (spec.resolveYes) {
      await seedClaim({ statement: `The box of question ${index + 1} ticks ${token}`, point: spec.point, evidence: [{ title: `Report that ticks the box ${token}`, stance: "supports" }], approved: ["supported"] });
    }
    questions.push({ id: question.id, path: `/trackers/${tracker.slug}/forecasts/${question.id}`, forecasters });
  }
  // The tracker id tells the server's cache which entries to drop.
  await invalidatePublicData(tracker.id);
  return { id: tracker.id, slug: tracker.slug, title: tracker.title, proofPoints, claims, questions, analystName: analyst.name, reviewerName: reviewer.name };
}

async function main() {
  const request = JSON.parse(process.argv[2] ?? "{}") as SeedRequest;
  const result: SeedResult = {};
  if (request.accounts) result.accounts = await seedAccounts(request.accounts.roles, request.accounts.password, request.accounts.label);
  if (request.tracker) result.tracker = await seedTracker(request.tracker);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
