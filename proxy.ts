// Per-request CSP nonces for the signed-in pages. Next.js reads the nonce from the
// request's Content-Security-Policy header and puts it on every script it emits.
import { NextResponse, type NextRequest } from "next/server";
import { signedInPagePolicy } from "@/lib/http/content-security-policy";

export function proxy(request: NextRequest) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const policy = signedInPagePolicy(nonce, process.env.NODE_ENV === "development");
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
      source: "/(workspace|admin|account|sign-in)/:path*",
      // Prefetches fetch data, not documents; they need no policy of their own.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    { source: "/(workspace|admin|account|sign-in)" },
  ],
};
