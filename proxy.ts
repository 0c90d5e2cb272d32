// Per-request CSP nonces for every HTML page. Next.js reads the nonce from the request's
// Content-Security-Policy header and puts it on every script it emits. A public page that
// enters the rendered-page cache has its nonce swapped for the hashes of those scripts
// (scripts/page-server/script-hash-policy.mjs), so the cached bytes serve every reader.
import { NextResponse, type NextRequest } from "next/server";
import { pagePolicy } from "@/lib/http/content-security-policy";

export function proxy(request: NextRequest) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const policy = pagePolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/|captures/|trackers/[^/]+/(?:badge\\.svg|widget)$|.*\\.(?:xml|csv|json|svg|txt|ico|png|webmanifest)$).*)",
      // Every page; not the API, Next.js's static files, the captures (their route sends its
      // own policy), the badge and widget (embeddable, next.config.js), or the feeds and
      // exports (next.config.js gives them a policy that allows no script at all).
      // Prefetches fetch data, not documents; they need no policy of their own.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
