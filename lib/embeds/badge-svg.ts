// The embeddable badge ("China EUV lithography | 1 of 6"), drawn as a flat two-part SVG in
// the style readers know from project READMEs. Pure: tested without a server.

export type BadgeInput = { label: string; ticked: number; total: number; isDemo: boolean };

const HEIGHT = 20;
const PADDING = 6;
const FONT = "Verdana,Geneva,DejaVu Sans,sans-serif";
/** Dark enough that white text passes WCAG AA (4.5:1) on every part. */
const LABEL_COLOR = "#3f4650";
const COLORS = { none: "#5f6670", some: "#8a5a00", all: "#1a7f37" } as const;

export const MAX_DEFAULT_LABEL = 28;

/** The tracker title up to its first colon, shortened to fit a badge. */
export function defaultBadgeLabel(title: string): string {
  const short = title.split(":")[0]!.trim() || title.trim();
  return short.length <= MAX_DEFAULT_LABEL ? short : `${short.slice(0, MAX_DEFAULT_LABEL - 1).trimEnd()}…`;
}

export function badgeMessage(input: Pick<BadgeInput, "ticked" | "total" | "isDemo">): string {
  return `${input.ticked} of ${input.total}${input.isDemo ? " (demo)" : ""}`;
}

export function renderBadge(input: BadgeInput): string {
  const message = badgeMessage(input);
  const color = input.ticked === 0 ? COLORS.none : input.ticked >= input.total ? COLORS.all : COLORS.some;
  const labelWidth = textWidth(input.label) + 2 * PADDING;
  const messageWidth = textWidth(message) + 2 * PADDING;
  const width = labelWidth + messageWidth;
  const text = `${input.label}: ${input.ticked} of ${input.total} proof points ticked${input.isDemo ? " (demo data)" : ""}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" role="img" aria-label="${escapeXml(text)}">`,
    `<title>${escapeXml(text)}</title>`,
    `<rect width="${labelWidth}" height="${HEIGHT}" fill="${LABEL_COLOR}"/>`,
    `<rect x="${labelWidth}" width="${messageWidth}" height="${HEIGHT}" fill="${color}"/>`,
    `<g fill="#fff" font-family="${FONT}" font-size="11" text-anchor="middle">`,
    `<text x="${labelWidth / 2}" y="14">${escapeXml(input.label)}</text>`,
    `<text x="${labelWidth + messageWidth / 2}" y="14">${escapeXml(message)}</text>`,
    `</g></svg>`,
  ].join("");
}

// Approximate Verdana 11px advance widths; close enough that text never overflows its part.
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if ("ijl.,:;'|!() ".includes(char)) width += 3.6;
    else if ("mwMW@%".includes(char)) width += 10.5;
    else if (char >= "A" && char <= "Z") width += 7.6;
    else width += 6.9;
  }
  return Math.ceil(width);
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
