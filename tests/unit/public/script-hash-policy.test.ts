import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { integrityLookup, sealPage } from "../../../scripts/page-server/script-hash-policy.mjs";

const NONCE = "cmVuZGVyLW5vbmNl";
const POLICY = `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`;
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const noChunks = () => undefined;

describe("sealPage", () => {
  it("replaces the nonce by the hashes of the render's inline scripts and the integrity of its chunks", () => {
    const html =
      `<script src="/_next/static/chunks/main.js" async="" integrity="sha256-bWFpbg==" nonce="${NONCE}"></script>` +
      `<script nonce="${NONCE}">self.__next_f.push([1,"a"])</script>` +
      `<p>text</p><script nonce="${NONCE}" id="_R_">requestAnimationFrame(() => 1)</script>`;
    const sealed = sealPage(POLICY, html, noChunks)!;
    expect(sealed.html).toBe(html);
    expect(sealed.policy).toBe(
      `script-src 'sha256-bWFpbg==' ${sha256('self.__next_f.push([1,"a"])')} ${sha256("requestAnimationFrame(() => 1)")} 'strict-dynamic'; object-src 'none'; base-uri 'none'`,
    );
  });

  it("never blesses a script without the render's nonce", () => {
    const injected = "alert(document.domain)";
    const html = `<script nonce="${NONCE}">ok()</script><script>${injected}</script><script nonce="guessed">${injected}</script><img src=x onerror="${injected}">`;
    const sealed = sealPage(POLICY, html, noChunks)!;
    expect(sealed.policy).toContain(sha256("ok()"));
    expect(sealed.policy).not.toContain(sha256(injected));
    expect(sealed.policy).not.toContain("nonce-");
    expect(sealed.policy).not.toContain("unsafe-inline");
  });

  it("adds the integrity Next.js leaves off a client chunk, from its build manifest", () => {
    const integrityOf = integrityLookup({ "static/chunks/client.js": "sha256-Y2xpZW50" });
    const html = `<script src="/_next/static/chunks/client.js" async="" nonce="${NONCE}"></script>`;
    const sealed = sealPage(POLICY, html, integrityOf)!;
    expect(sealed.html).toBe(`<script integrity="sha256-Y2xpZW50" src="/_next/static/chunks/client.js" async="" nonce="${NONCE}"></script>`);
    expect(sealed.policy.startsWith("script-src 'sha256-Y2xpZW50' 'strict-dynamic';")).toBe(true);
  });

  it("refuses to seal a page with a chunk of the render it cannot hash", () => {
    expect(sealPage(POLICY, `<script src="/elsewhere.js" nonce="${NONCE}"></script>`, noChunks)).toBeNull();
  });

  it("leaves a policy without a nonce alone, and allows no script on a page without one", () => {
    expect(sealPage("default-src 'none'", "<p>x</p>", noChunks)).toEqual({ policy: "default-src 'none'", html: "<p>x</p>" });
    expect(sealPage(POLICY, "<p>no scripts</p>", noChunks)!.policy).toBe("script-src 'none'; object-src 'none'; base-uri 'none'");
  });
});
