import "server-only";
// The request behind a mutation, for the audit log: the client address stamped by the
// HTTP server and the user agent. Outside a request (scripts, the seed, tests) there is none.
import { headers } from "next/headers";
import { clientIp, userAgent } from "@/lib/http/request-origin";

export type RequestContext = { ipAddress: string | null; userAgent: string | null };

export async function currentRequestContext(): Promise<RequestContext> {
  try {
    const requestHeaders = await headers();
    return { ipAddress: clientIp(requestHeaders), userAgent: userAgent(requestHeaders) || null };
  } catch {
    return { ipAddress: null, userAgent: null };
  }
}
