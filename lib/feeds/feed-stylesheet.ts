// The XSLT 1.0 stylesheet the Atom feeds point at (<?xml-stylesheet?>). Opened in a browser,
// a feed then reads as a page: what it is, how to subscribe, and its entries with their
// summaries. Feed readers ignore the instruction and read the Atom as before. It uses only
// the entries' plain-text summaries: rendering their HTML content would need
// disable-output-escaping, which not every browser supports.


const STYLE = `
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1c1f23;background:#f7f6f3}
main{max-width:44rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font:700 1.6rem/1.25 Charter,Georgia,serif;margin:0 0 .5rem}
a{color:#1d4f91}.note{padding:.75rem 1rem;background:#fff7e0;border:1px solid #c98a00;border-radius:4px}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
ol{list-style:none;padding:0}li{padding:.75rem 0;border-top:1px solid #d5d8dc}
.entry{font-weight:600}.date{color:#4f5661;font-size:.9rem}p{margin:.25rem 0;overflow-wrap:anywhere}
`;

export const FEED_STYLESHEET = `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" indent="yes" doctype-system="about:legacy-compat"/>
  <xsl:template match="/atom:feed">
    <html lang="en-GB">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width,initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="atom:title"/> (feed)</title>
        <style>${STYLE}</style>
      </head>
      <body>
        <main>
          <p class="note">This is an Atom feed. Copy its address into a feed reader to be told of every new entry:
            <code><xsl:value-of select="atom:link[@rel='self']/@href"/></code></p>
          <h1 dir="auto"><xsl:value-of select="atom:title"/></h1>
          <p dir="auto"><xsl:value-of select="atom:subtitle"/></p>
          <p><a href="{atom:link[@rel='alternate']/@href}">Open the page this feed follows</a></p>
          <xsl:choose>
            <xsl:when test="atom:entry">
              <ol>
                <xsl:for-each select="atom:entry">
                  <li>
                    <p class="entry" dir="auto"><a href="{atom:link/@href}"><xsl:value-of select="atom:title"/></a></p>
                    <p class="date">Updated <time datetime="{atom:updated}"><xsl:value-of select="substring(atom:updated, 1, 10)"/></time></p>
                    <p dir="auto"><xsl:value-of select="atom:summary"/></p>
                  </li>
                </xsl:for-each>
              </ol>
            </xsl:when>
            <xsl:otherwise>
              <p>No entries yet: nothing has been approved here so far.</p>
            </xsl:otherwise>
          </xsl:choose>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
