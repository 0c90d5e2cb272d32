// Bad input to every notification command (preferences, the inbox marker, webhook
// endpoints, readers' follows and unsubscribes) gets a 4xx AppError naming the field in
// words (NOT_FOUND for an unknown id or token, CONFLICT for a redelivery that cannot run,
// RATE_LIMITED for an address asking for too many follows) and changes no row: the
// whole-database snapshot covers every table, including the job outbox. Each case patches
// one valid input; the controls at the end show each valid input works.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { NOTIFICATION_COMMANDS } from "@/lib/server/notifications/commands";
import { confirmFollow, followByEmail, unsubscribe } from "@/lib/server/notifications/reader-commands";
import { ensureNotificationSettings } from "@/lib/server/notifications/preferences-of";
import { setWebhookEndpointEnabled } from "@/lib/server/webhooks/endpoint-commands";
import { newWebhookMessageId } from "@/lib/server/webhooks/message-id";
import { makeClaim, makeTracker, makeUser } from "../support/builders";
import { makeFinishedDelivery, makeWebhookEndpoint } from "../support/notification-builders";
import type { NotificationCommandName } from "../support/notification-scenarios";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";

const READER_COMMANDS = { followByEmail, confirmFollow, unsubscribe } as const;
type ReaderCommandName = keyof typeof READER_COMMANDS;
type Name = NotificationCommandName | ReaderCommandName;

type Fixtures = Awaited<ReturnType<typeof buildFixtures>>;
type Patch = Record<string, unknown> | ((f: Fixtures) => unknown);
type Case = readonly [problem: string, patch: Patch, field: string];
const NOT_FOUND = "(404 NOT_FOUND)";
const CONFLICT = "(409 CONFLICT)";
const RATE_LIMITED = "(429 RATE_LIMITED)";

async function buildFixtures() {
  const db = getDb();
  const analyst = await makeUser({ roles: ["analyst"] });
  const admin = await makeUser({ roles: ["admin"] });
  const tracker = await makeTracker({ proofPoints: 1 });
  const draft = await makeTracker({ proofPoints: 1, published: false });
  const claim = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
  const draftClaim = await makeClaim({ proofPointId: draft.proofPoints[0]!.id });
  const endpoint = await makeWebhookEndpoint();
  // Its own endpoint for the delete control, so the deletion takes no other fixture with it.
  const doomed = await makeWebhookEndpoint();
  const { delivery: finished } = await makeFinishedDelivery();
  const pending = await db.webhookDelivery.create({
    data: { id: newWebhookMessageId(), endpointId: endpoint.id, eventId: `evt-${crypto.randomUUID()}`, eventKind: "status.approved", payload: {}, status: "pending", attempts: 1 },
  });
  const { endpoint: offEndpoint, delivery: offDelivery } = await makeFinishedDelivery();
  await setWebhookEndpointEnabled(admin, { endpointId: offEndpoint.id, enabled: false });
  const follow = await followByEmail({ email: `reader-${crypto.randomUUID()}@example.org`, cadence: "daily", claimId: claim.id });
  const followToken = (await db.readerFollow.findUniqueOrThrow({ where: { id: follow.id } })).token;
  const stopped = await followByEmail({ email: `reader-${crypto.randomUUID()}@example.org`, cadence: "weekly", trackerId: tracker.id });
  const stoppedToken = (await db.readerFollow.findUniqueOrThrow({ where: { id: stopped.id } })).token;
  await unsubscribe({ token: stoppedToken });
  const settings = await ensureNotificationSettings(db, analyst.id);
  // An address that already asked for the day's most unconfirmed follows.
  const busy = `busy-${crypto.randomUUID()}@example.org`;
  for (let i = 0; i < 5; i += 1) await followByEmail({ email: busy, cadence: "immediate", trackerId: tracker.id });
  return { analyst, admin, tracker, draft, claim, draftClaim, endpoint, doomed, finished, pending, offDelivery, followToken, stoppedToken, userToken: settings.unsubscribeToken, busy };
}

// prettier-ignore
const VALID: Record<Name, (f: Fixtures) => Record<string, unknown>> = {
  setNotificationPreferences: () => ({ preferences: { "proposal.filed": "weekly", "evidence.added": "daily" } }),
  markInboxSeen:              () => ({}),
  createWebhookEndpoint:      () => ({ url: `https://hooks.example.org/${crypto.randomUUID()}`, description: "Desk", eventKinds: ["status.approved"] }),
  updateWebhookEndpoint:      (f) => ({ endpointId: f.endpoint.id, url: "https://hooks.example.org/renamed", description: "Renamed", eventKinds: ["evidence.added"] }),
  setWebhookEndpointEnabled:  (f) => ({ endpointId: f.endpoint.id, enabled: true }),
  rotateWebhookSecret:        (f) => ({ endpointId: f.endpoint.id, overlapHours: 12 }),
  redeliverWebhook:           (f) => ({ deliveryId: f.finished.id }),
  deleteWebhookEndpoint:      (f) => ({ endpointId: f.doomed.id }),
  followByEmail:              (f) => ({ email: `reader-${crypto.randomUUID()}@example.org`, cadence: "daily", trackerId: f.tracker.id }),
  confirmFollow:              (f) => ({ token: f.followToken }),
  unsubscribe:                (f) => ({ token: f.userToken, kind: "proposal.filed" }),
};

// prettier-ignore
const CASES: Record<Name, Case[]> = {
  setNotificationPreferences: [
    ["preferences missing", { preferences: undefined }, "preferences"],
    ["preferences a string", { preferences: "daily" }, "preferences"],
    ["preferences a list", { preferences: ["daily"] }, "preferences"],
    ["a kind that does not exist", { preferences: { "claim.deleted": "daily" } }, "preferences"],
    ["cadence \"hourly\"", { preferences: { "proposal.filed": "hourly" } }, "preferences.proposal.filed"],
    ["cadence in capitals", { preferences: { "proposal.filed": "DAILY" } }, "preferences.proposal.filed"],
    ["cadence a number", { preferences: { "proposal.filed": 1 } }, "preferences.proposal.filed"],
    ["cadence with a NUL character", { preferences: { "proposal.filed": "daily\u0000" } }, "preferences.proposal.filed"],
    ["input a string", () => "weekly", "input"],
  ],
  markInboxSeen: [
    ["input a string", () => "seen", "input"],
    ["input a list", () => [], "input"],
  ],
  createWebhookEndpoint: [
    ["url missing", { url: undefined }, "url"],
    ["url empty", { url: "" }, "url"],
    ["url not a URL", { url: "the newsroom hook" }, "url"],
    ["url ftp", { url: "ftp://hooks.example.org/x" }, "url"],
    ["url javascript", { url: "javascript:alert(1)" }, "url"],
    ["url with a password", { url: "https://user:secret@hooks.example.org/x" }, "url"],
    ["url over 2,000 characters", { url: `https://hooks.example.org/${"x".repeat(2000)}` }, "url"],
    ["url a number", { url: 443 }, "url"],
    ["description over 200 characters", { description: "d".repeat(201) }, "description"],
    ["description a number", { description: 7 }, "description"],
    ["trackerId unknown", { trackerId: "tr_does_not_exist" }, "trackerId"],
    ["trackerId over 64 characters", { trackerId: "t".repeat(65) }, "trackerId"],
    ["eventKinds missing", { eventKinds: undefined }, "eventKinds"],
    ["eventKinds empty", { eventKinds: [] }, "eventKinds"],
    ["eventKinds a string", { eventKinds: "status.approved" }, "eventKinds"],
    ["eventKinds naming an unknown kind", { eventKinds: ["status.approved", "claim.deleted"] }, "eventKinds"],
    ["input null", () => null, "input"],
  ],
  updateWebhookEndpoint: [
    ["endpointId missing", { endpointId: undefined }, "endpointId"],
    ["endpointId empty", { endpointId: "" }, "endpointId"],
    ["endpointId unknown", { endpointId: "we_does_not_exist" }, NOT_FOUND],
    ["url not a URL", { url: "nowhere" }, "url"],
    ["eventKinds empty", { eventKinds: [] }, "eventKinds"],
    ["trackerId unknown", { trackerId: "tr_does_not_exist" }, "trackerId"],
  ],
  setWebhookEndpointEnabled: [
    ["endpointId missing", { endpointId: undefined }, "endpointId"],
    ["endpointId unknown", { endpointId: "we_does_not_exist" }, NOT_FOUND],
    ["enabled missing", { enabled: undefined }, "enabled"],
    ["enabled \"yes\"", { enabled: "yes" }, "enabled"],
    ["enabled 1", { enabled: 1 }, "enabled"],
  ],
  rotateWebhookSecret: [
    ["endpointId missing", { endpointId: undefined }, "endpointId"],
    ["endpointId unknown", { endpointId: "we_does_not_exist" }, NOT_FOUND],
    ["overlapHours negative", { overlapHours: -1 }, "overlapHours"],
    ["overlapHours over a week", { overlapHours: 169 }, "overlapHours"],
    ["overlapHours a fraction", { overlapHours: 1.5 }, "overlapHours"],
    ["overlapHours words", { overlapHours: "a day" }, "overlapHours"],
  ],
  redeliverWebhook: [
    ["deliveryId missing", { deliveryId: undefined }, "deliveryId"],
    ["deliveryId empty", { deliveryId: "" }, "deliveryId"],
    ["deliveryId not a webhook-id", { deliveryId: "delivery-1" }, "deliveryId"],
    ["deliveryId a number", { deliveryId: 12 }, "deliveryId"],
    ["deliveryId unknown", { deliveryId: `msg_${"0".repeat(32)}` }, NOT_FOUND],
    ["deliveryId still pending", (f) => ({ deliveryId: f.pending.id }), CONFLICT],
    ["deliveryId of a disabled endpoint", (f) => ({ deliveryId: f.offDelivery.id }), CONFLICT],
  ],
  deleteWebhookEndpoint: [
    ["endpointId missing", { endpointId: undefined }, "endpointId"],
    ["endpointId a number", { endpointId: 5 }, "endpointId"],
    ["endpointId unknown", { endpointId: "we_does_not_exist" }, NOT_FOUND],
  ],
  followByEmail: [
    ["email missing", { email: undefined }, "email"],
    ["email empty", { email: "" }, "email"],
    ["email without an @", { email: "reader.example.org" }, "email"],
    ["email over 254 characters", { email: `${"r".repeat(250)}@example.org` }, "email"],
    ["email a number", { email: 42 }, "email"],
    ["email with a NUL character", { email: "reader\u0000@example.org" }, "email"],
    ["cadence missing", { cadence: undefined }, "cadence"],
    ["cadence \"off\"", { cadence: "off" }, "cadence"],
    ["cadence \"hourly\"", { cadence: "hourly" }, "cadence"],
    ["neither a tracker nor a claim", { trackerId: undefined }, "target"],
    ["both a tracker and a claim", (f) => ({ ...VALID.followByEmail(f), claimId: f.claim.id }), "target"],
    ["trackerId unknown", { trackerId: "tr_does_not_exist" }, "trackerId"],
    ["trackerId of an unpublished tracker", (f) => ({ ...VALID.followByEmail(f), trackerId: f.draft.id }), "trackerId"],
    ["claimId of a claim on an unpublished tracker", (f) => ({ ...VALID.followByEmail(f), trackerId: undefined, claimId: f.draftClaim.id }), "claimId"],
    ["claimId unknown", (f) => ({ ...VALID.followByEmail(f), trackerId: undefined, claimId: "cl_does_not_exist" }), "claimId"],
    ["an address with five unconfirmed follows today", (f) => ({ ...VALID.followByEmail(f), email: f.busy }), RATE_LIMITED],
    ["input a string", () => "reader@example.org", "input"],
  ],
  confirmFollow: [
    ["token missing", { token: undefined }, "token"],
    ["token empty", { token: "" }, "token"],
    ["token too short", { token: "abc" }, "token"],
    ["token with a slash", { token: "abcdefghijklmnop/qrstuvwxyz" }, "token"],
    ["token a number", { token: 1234567890123456 }, "token"],
    ["token unknown", { token: "a".repeat(32) }, NOT_FOUND],
    ["token of a stopped follow", (f) => ({ token: f.stoppedToken }), NOT_FOUND],
  ],
  unsubscribe: [
    ["token missing", { token: undefined }, "token"],
    ["token too long", { token: "a".repeat(65) }, "token"],
    ["token with a space", { token: "abcdefgh ijklmnopqrst" }, "token"],
    ["token unknown", { token: "b".repeat(32) }, NOT_FOUND],
    ["kind that does not exist", { kind: "claim.deleted" }, "kind"],
    ["cadence \"monthly\"", { kind: undefined, cadence: "monthly" }, "cadence"],
  ],
};

let f: Fixtures;
beforeAll(async () => {
  f = await buildFixtures();
});

function inputFor(name: Name, patch: Patch): unknown {
  return typeof patch === "function" ? patch(f) : { ...VALID[name](f), ...patch };
}

function run(name: Name, input: unknown): Promise<unknown> {
  if (name in READER_COMMANDS) return (READER_COMMANDS[name as ReaderCommandName] as (input: unknown) => Promise<unknown>)(input);
  const actor: Actor = name === "setNotificationPreferences" || name === "markInboxSeen" ? f.analyst : f.admin;
  return (NOTIFICATION_COMMANDS[name as NotificationCommandName] as (actor: Actor, input: unknown) => Promise<unknown>)(actor, input);
}

describe.each(Object.keys(CASES) as Name[])("%s", (name) => {
  it.each(CASES[name].map(([problem, patch, field]) => ({ problem, patch, field })))("$problem → $field", async ({ patch, field }) => {
    const before = await snapshotDatabase();
    const call = run(name, inputFor(name, patch));
    if (field === NOT_FOUND) {
      const error = await expectAppError(call, "NOT_FOUND");
      expect(error.message).toMatch(/not (found|valid)/);
    } else if (field === CONFLICT) {
      const error = await expectAppError(call, "CONFLICT");
      expect(error.status).toBe(409);
    } else if (field === RATE_LIMITED) {
      const error = await expectAppError(call, "RATE_LIMITED");
      expect(error.status).toBe(429);
    } else {
      const error = await expectAppError(call, "INVALID_INPUT");
      expect(error.status).toBe(400);
      expect(Object.keys(error.fieldErrors), error.message).toContain(field);
      const messages = error.fieldErrors[field]!;
      // Human words, not zod's defaults; a whole input of the wrong shape comes from a
      // client, never a form, and keeps zod's.
      if (field !== "input") expect(messages.every((message) => message.length > 3 && !/invalid input|expected \w+, received/i.test(message)), messages.join(" | ")).toBe(true);
    }
    await expectDatabaseUnchanged(before);
  });
});

describe("controls: each command accepts its unpatched input", () => {
  it.each(Object.keys(VALID) as Name[])("%s", async (name) => {
    await expect(run(name, VALID[name](f))).resolves.toBeDefined();
  });
});
