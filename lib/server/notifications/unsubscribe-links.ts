// The one-click unsubscribe links mails carry (RFC 8058): POSTed by the mail client, or
// opened in a browser, which shows a page with one button (app/unsubscribe/[token]).
import "server-only";
import { serverEnv } from "@/lib/env";

export function unsubscribeUrl(token: string, scope: { kind?: string; cadence?: string } = {}): string {
  const params = new URLSearchParams();
  if (scope.kind) params.set("kind", scope.kind);
  if (scope.cadence) params.set("cadence", scope.cadence);
  const query = params.size ? `?${params}` : "";
  return `${serverEnv().PUBLIC_BASE_URL}/api/unsubscribe/${encodeURIComponent(token)}${query}`;
}

export function absoluteUrl(path: string): string {
  return `${serverEnv().PUBLIC_BASE_URL}${path}`;
}
