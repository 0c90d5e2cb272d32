// What a fetched HTML page says about itself (title, site, date, canonical URL, from
// OpenGraph, JSON-LD and meta tags via open-graph-scraper) and its readable text (Mozilla
// Readability over a linkedom document). Pure functions of the HTML: no network here.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import ogs from "open-graph-scraper";

export type PageMetadata = {
  title: string | null;
  siteName: string | null;
  /** YYYY-MM-DD, as the page states it. */
  publishedAt: string | null;
  canonicalUrl: string | null;
  description: string | null;
};

type JsonLdNode = Record<string, unknown>;

function jsonLdNodes(documents: readonly object[] | undefined): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      nodes.push(value as JsonLdNode);
      if ("@graph" in value) visit((value as JsonLdNode)["@graph"]);
    }
  };
  visit(documents ?? []);
  return nodes;
}

const ARTICLE_TYPES = /Article|Posting|Report|NewsArticle|BlogPosting|WebPage/;

function isArticle(node: JsonLdNode): boolean {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === "string" && ARTICLE_TYPES.test(t));
}

function text(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (value && typeof value === "object" && "name" in value) return text((value as JsonLdNode).name);
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

/** The calendar date a page states, if it is one. */
function calendarDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export async function extractMetadata(html: string, pageUrl: string): Promise<PageMetadata> {
  const { document } = parseHTML(html);
  const canonical = absolute(document.querySelector('link[rel="canonical"]')?.getAttribute("href"), pageUrl);
  const { result } = await ogs({ html, onlyGetOpenGraphInfo: ["title"] }).catch(() => ({ result: {} as Awaited<ReturnType<typeof ogs>>["result"] }));
  const article = jsonLdNodes(result.jsonLD).find(isArticle);
  return {
    title: result.ogTitle?.trim() || text(article?.headline) || text(article?.name) || document.querySelector("title")?.textContent?.trim() || null,
    siteName: result.ogSiteName?.trim() || text(article?.publisher) || null,
    publishedAt: calendarDate(result.articlePublishedTime) ?? calendarDate(text(article?.datePublished)) ?? calendarDate(result.ogDate),
    canonicalUrl: canonical ?? absolute(result.ogUrl, pageUrl),
    description: result.ogDescription?.trim() || null,
  };
}

export type ReadableContent = { title: string | null; text: string };

/** The page's main text, paragraphs separated by blank lines; scripts and markup dropped. */
export function extractReadableText(html: string): ReadableContent {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const blocks = [...content.querySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption")]
      .filter((element) => !element.querySelector("p, li, blockquote"))
      .map((element) => collapse(element.textContent ?? ""))
      .filter(Boolean);
    const body = blocks.length ? blocks.join("\n\n") : collapse(article.textContent ?? "");
    return { title: article.title?.trim() || null, text: body };
  }
  // Readability found no article (a very short page): fall back to the body's text.
  const { document: fallback } = parseHTML(html);
  fallback.querySelectorAll("script, style, noscript, template").forEach((node) => node.remove());
  return { title: fallback.querySelector("title")?.textContent?.trim() || null, text: collapse(fallback.body?.textContent ?? "") };
}

function collapse(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** Every http(s) link in a captured page, absolute (duplicates removed), for link-based provenance suggestions. */
export function extractOutboundLinks(html: string, pageUrl: string): string[] {
  const { document } = parseHTML(html);
  const links = new Set<string>();
  for (const anchor of document.querySelectorAll("a[href]")) {
    const url = absolute(anchor.getAttribute("href"), pageUrl);
    if (url) links.add(url);
  }
  return [...links];
}
