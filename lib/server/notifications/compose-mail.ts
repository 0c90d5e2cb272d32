// The text of notification mails: one event, or a digest of several grouped by kind.
// Plain text first (every client shows it), with a small HTML twin.
import "server-only";
import { EVENT_KIND_INFO, isEventKind } from "@/lib/domain/events/event-kinds";
import { describeEvent, type EventForText } from "@/lib/domain/notifications/event-text";
import { absoluteUrl } from "./unsubscribe-links";

export type ComposedMail = { subject: string; text: string; html: string };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);
}

function footer(why: string, unsubscribe: string): { text: string; html: string } {
  return {
    text: `\n--\n${why}\nStop these mails: ${unsubscribe}\n`,
    html: `<hr><p style="color:#555">${escapeHtml(why)} <a href="${escapeHtml(unsubscribe)}">Stop these mails</a>.</p>`,
  };
}

export function composeEventMail(event: EventForText, why: string, unsubscribe: string): ComposedMail {
  const text = describeEvent(event);
  const link = absoluteUrl(text.path);
  const end = footer(why, unsubscribe);
  return {
    subject: text.headline.length > 150 ? `${text.headline.slice(0, 149)}…` : text.headline,
    text: `${text.headline}\n${text.detail ? `\n${text.detail}\n` : ""}\n${text.audience === "workspace" ? "Act on it" : "Read it"}: ${link}\n${end.text}`,
    html: `<p>${escapeHtml(text.headline)}</p>${text.detail ? `<p>${escapeHtml(text.detail)}</p>` : ""}<p><a href="${escapeHtml(link)}">${text.audience === "workspace" ? "Act on it" : "Read it"}</a></p>${end.html}`,
  };
}

export type DigestEvent = EventForText & { occurredAt: Date };

/** Events grouped by kind (in the order of EVENT_KINDS), oldest first within a kind. */
export function groupDigest(events: readonly DigestEvent[]): { kind: string; label: string; events: DigestEvent[] }[] {
  const groups = new Map<string, DigestEvent[]>();
  for (const event of [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
    groups.set(event.kind, [...(groups.get(event.kind) ?? []), event]);
  }
  return [...groups]
    .sort(([a], [b]) => kindOrder(a) - kindOrder(b))
    .map(([kind, grouped]) => ({ kind, label: isEventKind(kind) ? EVENT_KIND_INFO[kind].label : kind, events: grouped }));
}

function kindOrder(kind: string): number {
  return isEventKind(kind) ? Object.keys(EVENT_KIND_INFO).indexOf(kind) : 999;
}

export function composeDigestMail(title: string, events: readonly DigestEvent[], why: string, unsubscribe: string): ComposedMail {
  const groups = groupDigest(events);
  const lines: string[] = [];
  const html: string[] = [];
  for (const group of groups) {
    lines.push(`${group.label} (${group.events.length})`);
    html.push(`<h2>${escapeHtml(group.label)} (${group.events.length})</h2><ul>`);
    for (const event of group.events) {
      const text = describeEvent(event);
      lines.push(`- ${text.headline}\n  ${absoluteUrl(text.path)}`);
      html.push(`<li><a href="${escapeHtml(absoluteUrl(text.path))}">${escapeHtml(text.headline)}</a></li>`);
    }
    lines.push("");
    html.push("</ul>");
  }
  const end = footer(why, unsubscribe);
  return {
    subject: `${title}: ${events.length} ${events.length === 1 ? "update" : "updates"}`,
    text: `${lines.join("\n")}${end.text}`,
    html: `${html.join("")}${end.html}`,
  };
}
