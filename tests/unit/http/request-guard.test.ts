import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/http/client-ip";
import { checkActionBody, checkActionOrigin, checkAddress, isServerActionRequest } from "@/lib/http/request-guard";
import { findUnstorableText } from "@/lib/validation/parse";

describe("checkAddress", () => {
  it.each(["/", "/trackers/euv", "/trackers/euv?page=2&q=a+b%20c", "/claims/%E2%9C%93", "/x?a=%0A", "/x?a=tab%09here"])("lets %s through", (url) => {
    expect(checkAddress(url)).toBeNull();
  });

  it.each([
    ["/claims/%ff", "address"],
    ["/trackers/%c0%af", "address"],
    ["/trackers/%00/feed.xml", "address"],
    ["/trackers/%ED%A0%80", "address"],
    ["/x/%E0%A4%A", "address"],
    ["/workspace/claims?q=%00", '"q"'],
    ["/x?status=%ff", '"status"'],
    ["/x?%ff=1", "name"],
    ["/x?q=%01", '"q"'],
  ])("refuses %s with a 400 naming the %s", (url, named) => {
    const refusal = checkAddress(url);
    expect(refusal?.status).toBe(400);
    expect(refusal?.message).toContain(named);
  });
});

describe("server actions", () => {
  it("recognises actions by header, and no-JavaScript form posts to pages", () => {
    expect(isServerActionRequest("POST", { "next-action": "abc" }, "/sign-in")).toBe(true);
    expect(isServerActionRequest("POST", { "content-type": "multipart/form-data; boundary=x" }, "/sign-in")).toBe(true);
    expect(isServerActionRequest("POST", { "content-type": "multipart/form-data; boundary=x" }, "/api/v1/trackers")).toBe(false);
    expect(isServerActionRequest("GET", { "next-action": "abc" }, "/sign-in")).toBe(false);
  });

  it("refuses a foreign Origin and accepts the request's own host", () => {
    expect(checkActionOrigin("http://evil.example", "localhost:3000")?.status).toBe(403);
    expect(checkActionOrigin("null", "localhost:3000")?.status).toBe(403);
    expect(checkActionOrigin("http://localhost:3000", "localhost:3000")).toBeNull();
    expect(checkActionOrigin(undefined, "localhost:3000")).toBeNull();
  });

  it("refuses bodies that are not UTF-8, not JSON, not a form, or over 1 MB", async () => {
    const url = "http://localhost/sign-in";
    const text = (value: string) => new TextEncoder().encode(value);
    expect(await checkActionBody(text('[{"status":"idle"},"$K1"]'), "text/plain;charset=UTF-8", url)).toBeNull();
    expect((await checkActionBody(text('[{"status":'), "text/plain;charset=UTF-8", url))?.status).toBe(400);
    expect((await checkActionBody(new Uint8Array([0x5b, 0xff, 0x5d]), "text/plain", url))?.status).toBe(400);
    expect((await checkActionBody(text("garbage"), "multipart/form-data; boundary=xyz", url))?.status).toBe(400);
    expect((await checkActionBody(new Uint8Array(1024 * 1024 + 1).fill(0x61), "text/plain", url))?.status).toBe(413);
    const form = '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{"status":"idle"}]\r\n--xyz\r\nContent-Disposition: form-data; name="1_email"\r\n\r\na@b.c\r\n--xyz--\r\n';
    expect(await checkActionBody(text(form), "multipart/form-data; boundary=xyz", url)).toBeNull();
    expect((await checkActionBody(text(form.replace('[{"status":"idle"}]', "{bad")), "multipart/form-data; boundary=xyz", url))?.status).toBe(400);
  });
});

describe("clientIpFrom", () => {
  it("ignores X-Forwarded-For without trusted proxies", () => {
    expect(clientIpFrom("198.51.100.1", "::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
  });
  it("takes the address the trusted proxies saw", () => {
    expect(clientIpFrom("6.6.6.6, 203.0.113.5", "10.0.0.2", 1)).toBe("203.0.113.5");
    expect(clientIpFrom("6.6.6.6, 203.0.113.5, 10.0.0.3", "10.0.0.2", 2)).toBe("203.0.113.5");
    expect(clientIpFrom(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
  });
});

describe("findUnstorableText", () => {
  it("names the first field holding a NUL or a lone surrogate, at any depth", () => {
    expect(findUnstorableText({ a: "fine", b: "x\u0000y" })).toBe("b");
    expect(findUnstorableText({ roles: ["ok", "\ud800"] })).toBe("roles.1");
    expect(findUnstorableText({ nested: { q: "\udc00" } })).toBe("nested.q");
    expect(findUnstorableText({ a: "😀 fine", b: 1, c: null })).toBeNull();
  });
});
