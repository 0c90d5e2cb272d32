// Who sent the request, as far as the app can trust it: the client address stamped by
// scripts/http-server.ts (never a client-supplied header) and the user agent.
import { CLIENT_IP_HEADER } from "./client-ip";

export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER) || "unknown";
}

export function userAgent(headers: Headers): string {
  return (headers.get("user-agent") ?? "").slice(0, 500);
}
