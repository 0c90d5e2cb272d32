// Finding an analyst's quoted excerpt in the text of a captured page. Both sides are
// normalised first (Unicode compatibility forms, curly quotes, dashes, whitespace), so a
// quote copied from a browser matches the page it came from. The result is anchored as a
// W3C Web Annotation TextQuoteSelector: the exact words plus the text around them, so the
// quote can be found again in a later copy even if it moved.

export type TextQuoteSelector = { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };

export type QuoteCheckResult = { status: "found"; selector: TextQuoteSelector } | { status: "not_found"; selector: TextQuoteSelector } | { status: "no_quote" };

/** Characters of context kept on either side of the quote. */
const CONTEXT = 32;

export function normalizeForQuoteMatch(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/[\s\u00A0\u200B]+/g, " ")
    .trim();
}

export function checkQuote(quote: string, capturedText: string): QuoteCheckResult {
  const exact = normalizeForQuoteMatch(quote);
  if (!exact) return { status: "no_quote" };
  const text = normalizeForQuoteMatch(capturedText);
  const at = text.indexOf(exact);
  if (at < 0) return { status: "not_found", selector: { type: "TextQuoteSelector", exact, prefix: "", suffix: "" } };
  return {
    status: "found",
    selector: {
      type: "TextQuoteSelector",
      exact,
      prefix: text.slice(Math.max(0, at - CONTEXT), at),
      suffix: text.slice(at + exact.length, at + exact.length + CONTEXT),
    },
  };
}
