import { FEED_STYLESHEET } from "@/lib/feeds/feed-stylesheet";

// The same bytes for every request and every build: cacheable for a day anywhere.
export const dynamic = "force-static";

/** GET /feed.xsl: the stylesheet that shows the Atom feeds as a page in a browser. */
export function GET(): Response {
  return new Response(FEED_STYLESHEET, {
    headers: { "Content-Type": "text/xsl; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
