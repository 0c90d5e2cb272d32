// Fixture pages shaped like real news pages: one with OpenGraph tags, one with only a
// JSON-LD NewsArticle, one with neither (a bare title). Each carries the quoted sentence
// in typographic quotes and dashes, as publishers print it.
export const QUOTE_ON_PAGE = "The machine “exposed” its first test wafers — at 13.5 nm — in the spring, two engineers said.";
/** The same sentence as an analyst might paste it: straight quotes, hyphens, odd spacing. */
export const QUOTE_AS_TYPED = 'The machine "exposed" its first test wafers - at 13.5 nm -  in the spring, two engineers said.';

const chrome = (article: string) => `
  <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/tech">Technology</a></nav></header>
  <main><article>${article}</article></main>
  <aside>Most read: Markets rally as rates hold</aside>
  <script>window.analytics = { track() {} }; document.write("<p>injected by a script</p>");</script>
  <footer>© Example News Ltd</footer>`;

const body = `
  <h1>Prototype lithography machine reaches test wafers</h1>
  <p class="byline">By A. Reporter</p>
  <p>${QUOTE_ON_PAGE}</p>
  <p>The prototype, assembled in a laboratory outside the capital, has not yet run at production speed, according to people familiar with the work who asked not to be named.</p>
  <p>Independent experts cautioned that a first exposure is a long way from commercial throughput, uptime and a supply chain for the optics.</p>`;

export function openGraphPage(origin: string, path: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>Prototype reaches test wafers | Example News</title>
    <meta property="og:type" content="article">
    <meta property="og:title" content="Prototype lithography machine reaches test wafers">
    <meta property="og:site_name" content="Example News">
    <meta property="og:url" content="${origin}${path}">
    <meta property="article:published_time" content="2026-03-03T08:15:00+00:00">
    <link rel="canonical" href="${origin}${path}">
    </head><body>${chrome(body)}</body></html>`;
}

export function jsonLdPage(origin: string, path: string): string {
  const ld = {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "WebSite", name: "The Daily Ledger", url: origin },
      { "@type": "NewsArticle", headline: "Engineers describe first wafers from EUV prototype", datePublished: "2026-02-27T18:00:00Z", publisher: { "@type": "Organization", name: "The Daily Ledger" }, mainEntityOfPage: `${origin}${path}` },
    ],
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>Engineers describe first wafers - The Daily Ledger</title>
    <script type="application/ld+json">${JSON.stringify(ld)}</script>
    <link rel="canonical" href="${path}">
    </head><body>${chrome(body)}</body></html>`;
}

export function barePage(): string {
  return `<!doctype html><html><head><title>Notes on the prototype</title></head><body>${chrome(body)}</body></html>`;
}
