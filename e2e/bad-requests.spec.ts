// Bad bytes and malformed server actions, sent over real HTTP to the production server:
// each is a 4xx with a sentence a person can act on, never a 500.
import { expect, test, type APIRequestContext } from "@playwright/test";

async function signInActionId(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/sign-in")).text();
  const id = /&quot;id&quot;:&quot;([0-9a-f]{20,})&quot;/.exec(html)?.[1];
  expect(id, "the sign-in form's action id").toBeTruthy();
  return id!;
}

test("addresses with bytes that are not text are a 400 that says so", async ({ request }) => {
  for (const path of [
    "/claims/%ff",
    "/trackers/%c0%af",
    "/trackers/%00/feed.xml",
    "/api/v1/trackers/%ff",
    "/api/v1/claims/%ED%A0%80",
    "/workspace/claims?q=%00",
    "/api/v1/trackers/euv/claims?status=%ff",
    "/trackers/euv/export.csv?table=%00claims",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toMatch(/not valid text/);
  }
});

test("API refusals are JSON; page refusals are a page", async ({ request }) => {
  const api = await request.get("/api/v1/trackers/%ff");
  expect(api.headers()["content-type"]).toContain("application/json");
  expect((await api.json()).error.code).toBe("INVALID_INPUT");
  const page = await request.get("/claims/%ff", { headers: { accept: "text/html" } });
  expect(page.headers()["content-type"]).toContain("text/html");
  expect(await page.text()).toContain("<h1>This request could not be read</h1>");
});

test("server actions from another site, or with bodies that do not decode, are refused with a 4xx", async ({ request, baseURL }) => {
  const id = await signInActionId(request);
  const own = new URL(baseURL!).origin;
  const cases: [string, { origin: string; type: string; body: string | Buffer }, number][] = [
    ["foreign origin", { origin: "http://evil.example", type: "text/plain;charset=UTF-8", body: '[{"status":"idle"},"$K1"]' }, 403],
    ["truncated JSON", { origin: own, type: "text/plain;charset=UTF-8", body: '[{"status":' }, 400],
    ["not UTF-8", { origin: own, type: "text/plain;charset=UTF-8", body: Buffer.from([0x5b, 0xff, 0xfe, 0x5d]) }, 400],
    ["broken multipart", { origin: own, type: "multipart/form-data; boundary=xyz", body: "garbage" }, 400],
    ["over 1 MB", { origin: own, type: "text/plain;charset=UTF-8", body: `"${"a".repeat(1024 * 1024)}"` }, 413],
  ];
  for (const [name, { origin, type, body }, status] of cases) {
    const response = await request.post("/sign-in", { headers: { "next-action": id, origin, "content-type": type }, data: body });
    expect(response.status(), name).toBe(status);
  }
  const noScript = await request.post("/sign-in", {
    headers: { origin: "http://evil.example" },
    multipart: { [`$ACTION_ID_${id}`]: "", email: "a@example.org", password: "x" },
  });
  expect(noScript.status()).toBe(403);
});
