// ClaimEvidenceTally, the per-claim evidence counts the scorecard, claim rows, the API and
// the exports read instead of counting, equals a recount of the evidence table after any
// sequence of the evidence commands (add, withdraw, edit the stance), including writers
// racing on one claim; a command that fails leaves the tally as it was.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { editEvidence } from "@/lib/server/evidence/edit-evidence";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { evidenceInput, makeClaim, makeTracker, makeUser } from "../support/builders";

const STANCES = ["supports", "refutes", "context"] as const;
let analyst: Actor;
let claimIds: string[];

beforeAll(async () => {
  analyst = await makeUser({ roles: ["analyst", "reviewer"] });
  const tracker = await makeTracker({ proofPoints: 1 });
  claimIds = [];
  for (let i = 0; i < 3; i += 1) claimIds.push((await makeClaim({ proofPointId: tracker.proofPoints[0]!.id })).id);
});

async function tallies() {
  const rows = await getDb().claimEvidenceTally.findMany({ where: { claimId: { in: claimIds } } });
  return Object.fromEntries(claimIds.map((id) => {
    const row = rows.find((tally) => tally.claimId === id);
    return [id, { live: row?.live ?? 0, supports: row?.supports ?? 0, refutes: row?.refutes ?? 0, context: row?.context ?? 0 }];
  }));
}

async function recount() {
  const live = await getDb().evidence.findMany({ where: { claimId: { in: claimIds }, deletedAt: null }, select: { claimId: true, stance: true } });
  return Object.fromEntries(claimIds.map((id) => {
    const mine = live.filter((item) => item.claimId === id);
    return [id, { live: mine.length, ...Object.fromEntries(STANCES.map((stance) => [stance, mine.filter((item) => item.stance === stance).length])) }];
  }));
}

async function liveItemOf(claimId: string, pick: number) {
  const items = await getDb().evidence.findMany({ where: { claimId, deletedAt: null }, orderBy: { id: "asc" } });
  return items.length ? items[pick % items.length]! : null;
}

const operation = fc.oneof(
  fc.record({ kind: fc.constant("add" as const), claim: fc.nat(2), stance: fc.constantFrom(...STANCES), parallel: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("remove" as const), claim: fc.nat(2), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant("edit" as const), claim: fc.nat(2), pick: fc.nat(20), stance: fc.constantFrom(...STANCES) }),
);

describe("the evidence tally", () => {
  it("equals a recount after any sequence of evidence commands", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 4, maxLength: 12 }), async (operations) => {
        for (const op of operations) {
          const claimId = claimIds[op.claim]!;
          if (op.kind === "add") {
            // Several writers on one claim at once: the tally must count every one.
            await Promise.all(Array.from({ length: op.parallel }, () => addEvidence(analyst, evidenceInput(claimId, { stance: op.stance }))));
          } else {
            const item = await liveItemOf(claimId, op.pick);
            if (!item) continue;
            if (op.kind === "remove") await removeEvidence(analyst, { evidenceId: item.id, reason: "test" });
            else {
              await editEvidence(analyst, {
                evidenceId: item.id,
                url: item.url,
                title: item.title,
                quote: item.quote,
                publishedAt: item.publishedAt?.toISOString().slice(0, 10) ?? "",
                accessedAt: item.accessedAt.toISOString().slice(0, 10),
                stance: op.stance,
                credibility: item.credibility,
              });
            }
          }
        }
        expect(await tallies()).toEqual(await recount());
      }),
      { numRuns: 6 },
    );
    // The runs did write something.
    expect(Object.values(await tallies()).some((tally) => tally.live > 0)).toBe(true);
    // Dozens of commands: minutes on a loaded machine, not seconds.
  }, 180_000);

  it("is unchanged by a command that is refused", async () => {
    const logged = await addEvidence(analyst, evidenceInput(claimIds[0]!, { stance: "refutes" }));
    const before = await tallies();
    await expect(addEvidence(analyst, evidenceInput(claimIds[0]!, { stance: "nonsense" }))).rejects.toMatchObject({ code: "INVALID_INPUT" });
    // The same article twice on one claim is refused inside the transaction.
    await expect(addEvidence(analyst, evidenceInput(claimIds[0]!, { url: logged.url }))).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await tallies()).toEqual(before);
    expect(before).toEqual(await recount());
  });
});
