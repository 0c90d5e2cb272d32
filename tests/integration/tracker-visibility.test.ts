// An unpublished or archived tracker, and everything under it, is absent
// from every public read path. Each path is one row of PUBLIC_READ_PATHS: when the JSON API,
// feeds, search or the badge land, each adds one row here and is held to the same rule.
import { beforeAll, describe, expect, it } from "vitest";
import { getPublicClaim } from "@/lib/server/public/get-public-claim";
import { getPublicProofPoint } from "@/lib/server/public/get-public-proof-point";
import { getTrackerScorecard } from "@/lib/server/public/get-tracker-scorecard";
import { listChecklistChanges } from "@/lib/server/public/list-checklist-changes";
import { listTrackerStatusChanges } from "@/lib/server/read/list-tracker-status-changes";
import { invalidatePublicData } from "@/lib/server/public/cache";
import { GET as apiClaim } from "@/app/api/v1/claims/[id]/route";
import { GET as apiTrackers } from "@/app/api/v1/trackers/route";
import { GET as apiTracker } from "@/app/api/v1/trackers/[slug]/route";
import { GET as apiClaims } from "@/app/api/v1/trackers/[slug]/claims/route";
import { GET as apiScorecard } from "@/app/api/v1/trackers/[slug]/scorecard/route";
import { GET as siteFeed } from "@/app/feed.xml/route";
import { GET as trackerFeed } from "@/app/trackers/[slug]/feed.xml/route";
import { GET as badge } from "@/app/trackers/[slug]/badge.svg/route";
import { GET as widget } from "@/app/trackers/[slug]/widget/route";
import { GET as exportCsv } from "@/app/trackers/[slug]/export.csv/route";
import { GET as exportJson } from "@/app/trackers/[slug]/export.json/route";
import { GET as siteCorrectionsFeed } from "@/app/corrections/feed.xml/route";
import { GET as trackerCorrectionsFeed } from "@/app/trackers/[slug]/corrections/feed.xml/route";
import { listCorrections } from "@/lib/server/public/list-corrections";
import { acceptDispute } from "@/lib/server/reader-submissions/accept-dispute";
import { listPublishedTrackers } from "@/lib/server/public/list-published-trackers";
import { searchPublicClaims } from "@/lib/server/public/search-public-claims";
import { resolveTrackerAlias } from "@/lib/server/public/resolve-tracker-alias";
import { archiveTracker, unarchiveTracker } from "@/lib/server/trackers/set-tracker-archived";
import { publishTracker, unpublishTracker } from "@/lib/server/trackers/set-tracker-published";
import { retireProofPoint } from "@/lib/server/trackers/set-proof-point-retired";
import { updateTracker } from "@/lib/server/trackers/update-tracker";
import { makeApprovedChange, makeClaim, makeUser, uniqueToken } from "../support/builders";
import { disputeReport, submitAsReader } from "../support/reader-fixtures";
import { makeChecklist, trackerInput } from "../support/tracker-builders";

type Fixture = Awaited<ReturnType<typeof buildFixture>>;

async function buildFixture() {
  const { admin, tracker, proofPoints } = await makeChecklist({ proofPoints: 3 });
  const [active, , retiring] = proofPoints;
  const searchWord = wordOnlyHere();
  const claim = await makeClaim({ proofPointId: active!.id, statement: `The ${searchWord} scanner exposed patterned wafers.` });
  await makeApprovedChange({ claimId: claim.id, toStatus: "partially_supported" });
  // An accepted report of an error puts the claim in the corrections logs.
  const report = await submitAsReader(disputeReport(claim.id));
  await acceptDispute(await makeUser({ roles: ["analyst"] }), { submissionId: report.id, note: "Check the corrected report." });
  const retiredClaim = await makeClaim({ proofPointId: retiring!.id, statement: `The ${searchWord} stage met its overlay target.` });
  await retireProofPoint(admin, { proofPointId: retiring!.id });
  // A rename after publication: the old slug is an alias, and the history has an entry.
  const formerSlug = tracker.slug;
  const slug = `renamed-${uniqueToken()}`;
  await updateTracker(admin, { ...trackerInput({ slug }), trackerId: tracker.id });
  return { admin, trackerId: tracker.id, slug, formerSlug, key: active!.key, retiredKey: retiring!.key, claimId: claim.id, retiredClaimId: retiredClaim.id, firstPublishedAt: new Date(0), searchWord };
}

/** A word of letters only (the search stems and splits digits off), found in no other claim. */
function wordOnlyHere(): string {
  return `zorb${uniqueToken().replace(/[0-9]/g, (digit) => "abcdefghij"[Number(digit)]!)}`;
}

const searchFinds = async (f: Fixture, claimId: string) => (await searchPublicClaims({ q: f.searchWord })).results.some((r) => r.id === claimId);

// [read path, does the tracker (or the thing under it) show there?]
// prettier-ignore
const PUBLIC_READ_PATHS: [string, (f: Fixture) => Promise<boolean>][] = [
  ["tracker list (home page)",           async (f) => (await listPublishedTrackers()).some((t) => t.slug === f.slug)],
  ["scorecard",                          async (f) => (await getTrackerScorecard({ slug: f.slug })) !== null],
  ["claim page",                         async (f) => (await getPublicClaim({ id: f.claimId })) !== null],
  ["claim page, retired proof point",    async (f) => (await getPublicClaim({ id: f.retiredClaimId })) !== null],
  ["proof-point page",                   async (f) => (await getPublicProofPoint({ slug: f.slug, key: f.key })) !== null],
  ["proof-point page, retired point",    async (f) => (await getPublicProofPoint({ slug: f.slug, key: f.retiredKey })) !== null],
  ["search",                             async (f) => searchFinds(f, f.claimId)],
  ["search, retired proof point",        async (f) => searchFinds(f, f.retiredClaimId)],
  ["former slug redirect",               async (f) => (await resolveTrackerAlias(f.formerSlug)) !== null],
  ["latest approved changes",            async (f) => (await listTrackerStatusChanges({ trackerId: f.trackerId })).length > 0],
  ["changes to this checklist",          async (f) => (await listChecklistChanges({ trackerId: f.trackerId, firstPublishedAt: f.firstPublishedAt })).length > 0],
  ["API: tracker list",                  async (f) => (await (await apiTrackers(request("/api/v1/trackers"))).text()).includes(f.slug)],
  ["API: tracker",                       async (f) => ok(await apiTracker(request(`/api/v1/trackers/${f.slug}`), slugParams(f)))],
  ["API: scorecard",                     async (f) => ok(await apiScorecard(request(`/api/v1/trackers/${f.slug}/scorecard`), slugParams(f)))],
  ["API: claims",                        async (f) => ok(await apiClaims(request(`/api/v1/trackers/${f.slug}/claims`), slugParams(f)))],
  ["API: claim",                         async (f) => ok(await apiClaim(request(`/api/v1/claims/${f.claimId}`), { params: Promise.resolve({ id: f.claimId }) }))],
  ["Atom feed, site-wide",               async (f) => (await (await siteFeed(request("/feed.xml"))).text()).includes(f.claimId)],
  ["Atom feed, tracker",                 async (f) => ok(await trackerFeed(request(`/trackers/${f.slug}/feed.xml`), slugParams(f)))],
  ["corrections log, tracker",           async (f) => (await listCorrections({ slug: f.slug }))?.entries.some((e) => e.claim.id === f.claimId) ?? false],
  ["corrections log, site-wide",         async (f) => (await listCorrections())!.entries.some((e) => e.claim.id === f.claimId)],
  ["corrections feed, tracker",          async (f) => ok(await trackerCorrectionsFeed(request(`/trackers/${f.slug}/corrections/feed.xml`), slugParams(f)))],
  ["corrections feed, site-wide",        async (f) => (await (await siteCorrectionsFeed(request("/corrections/feed.xml"))).text()).includes(f.claimId)],
  ["badge",                              async (f) => ok(await badge(request(`/trackers/${f.slug}/badge.svg`), slugParams(f)))],
  ["widget",                             async (f) => ok(await widget(request(`/trackers/${f.slug}/widget`), slugParams(f)))],
  ["CSV export",                         async (f) => ok(await exportCsv(request(`/trackers/${f.slug}/export.csv`), slugParams(f)))],
  ["JSON export",                        async (f) => ok(await exportJson(request(`/trackers/${f.slug}/export.json`), slugParams(f)))],
];

function request(path: string): Request {
  return new Request(`http://localhost${path}`);
}

function slugParams(f: Fixture) {
  return { params: Promise.resolve({ slug: f.slug }) };
}

/** 200 means visible; a 404 means hidden; anything else is a failure of its own. */
function ok(response: Response): boolean {
  if (response.status !== 200 && response.status !== 404) throw new Error(`unexpected status ${response.status}`);
  return response.status === 200;
}

async function visibility(f: Fixture): Promise<Record<string, boolean>> {
  // The commands here run outside a server action, whose wrapper invalidates the public cache.
  await invalidatePublicData();
  const entries = await Promise.all(PUBLIC_READ_PATHS.map(async ([name, read]) => [name, await read(f)] as const));
  return Object.fromEntries(entries);
}

const everywhere = (visible: boolean) => Object.fromEntries(PUBLIC_READ_PATHS.map(([name]) => [name, visible]));

let f: Fixture;
beforeAll(async () => {
  f = await buildFixture();
});

describe("a published tracker", () => {
  it("shows on every public read path, retired proof point and its claim included", async () => {
    expect(await visibility(f)).toEqual(everywhere(true));
  });
});

describe("publishing", () => {
  it("unpublishing hides the tracker from every public read path; publishing again shows it", async () => {
    await unpublishTracker(f.admin, { trackerId: f.trackerId });
    expect(await visibility(f)).toEqual(everywhere(false));
    await publishTracker(f.admin, { trackerId: f.trackerId });
    expect(await visibility(f)).toEqual(everywhere(true));
  });

  it("a tracker never published is on no public read path", async () => {
    const draft = await makeChecklist({ published: false });
    const searchWord = wordOnlyHere();
    const claim = await makeClaim({ proofPointId: draft.proofPoints[0]!.id, statement: `The ${searchWord} draft claim.` });
    const fixture: Fixture = { ...f, searchWord, trackerId: draft.tracker.id, slug: draft.tracker.slug, formerSlug: "never-a-slug", key: "point-1", retiredKey: "point-2", claimId: claim.id, retiredClaimId: claim.id };
    expect(await visibility(fixture)).toEqual(everywhere(false));
  });
});

describe("archiving", () => {
  it("hides a published tracker from every public read path; taking it out of the archive shows it again", async () => {
    await archiveTracker(f.admin, { trackerId: f.trackerId });
    expect(await visibility(f)).toEqual(everywhere(false));
    await unarchiveTracker(f.admin, { trackerId: f.trackerId });
    expect(await visibility(f)).toEqual(everywhere(true));
  });

  it("an archived, unpublished tracker stays hidden when taken out of the archive", async () => {
    await unpublishTracker(f.admin, { trackerId: f.trackerId });
    await archiveTracker(f.admin, { trackerId: f.trackerId });
    await unarchiveTracker(f.admin, { trackerId: f.trackerId });
    expect(await visibility(f)).toEqual(everywhere(false));
    await publishTracker(f.admin, { trackerId: f.trackerId });
  });
});
