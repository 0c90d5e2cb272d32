// A local web server for the capture spec: pages shaped like a news article, served on
// 127.0.0.1 and reached by the app under E2E_FIXTURE_HOST (pinned by the e2e config's
// test-only allow-list), because the evidence form only accepts public-looking names.
import http from "node:http";
import type { AddressInfo } from "node:net";

export const E2E_FIXTURE_HOST = "news.e2e-fixture.test";

export type FixtureSite = { port: number; urlFor(path: string): string; close(): Promise<void> };

export async function startFixtureSite(pages: Record<string, (origin: string) => string>): Promise<FixtureSite> {
  let origin = "";
  const server = http.createServer((request, response) => {
    const page = pages[(request.url ?? "/").split("?")[0]!];
    if (!page) return void response.writeHead(404, { "content-type": "text/html" }).end("<title>Not found</title>");
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page(origin));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `http://${E2E_FIXTURE_HOST}:${port}`;
  return {
    port,
    urlFor: (path) => `${origin}${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function newsArticle(options: { title: string; site: string; published: string; quote: string }) {
  return (origin: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${options.title} | ${options.site}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${options.title}">
<meta property="og:site_name" content="${options.site}"><meta property="article:published_time" content="${options.published}T07:30:00Z">
<link rel="canonical" href="${origin}/canonical-story">
</head><body><header><nav><a href="/">Home</a></nav></header>
<main><article><h1>${options.title}</h1><p>By a staff reporter</p>
<p>${options.quote}</p>
<p>The supplier did not say how many units had shipped, and independent analysts cautioned that qualification on a prototype is not volume production.</p>
<p>Two other suppliers declined to comment on their own timelines for the new material.</p>
</article></main><script>document.title = "changed by a script";</script></body></html>`;
}
