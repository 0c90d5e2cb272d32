// The embeddable badge ("China EUV lithography | 1 of 6"), drawn as a flat two-part SVG in
// the style readers know from project READMEs. Pure: tested without a server.

export type BadgeInput = {
  label: string;
  ticked: number;
  total: number;
  isDemo: boolean;
  /** When the count was read (ISO timestamp): shown as "as of 2 Dec 2026", so a badge copied into an old page says how old it is. */
  asOf?: string;
};

const HEIGHT = 20;
const PADDING = 6;
const FONT = "Verdana,Geneva,DejaVu Sans,sans-serif";
/** Dark enough that white text passes WCAG AA (4.5:1) on every part. */
const LABEL_COLOR = "#3f4650";
const COLORS = { none: "#5f6670", some: "#8a5a00", all: "#1a7f37" } as const;
const AS_OF_COLOR = "#2f3640";

export const MAX_DEFAULT_LABEL = 28;
/** A longer ?label is shortened to this many characters (with "…"), never refused. */
export const MAX_LABEL = 40;

const AS_OF_FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/**
 * A label cut to `max` characters, ending in "…": at a word break when one is near the end,
 * and never inside a character a reader sees as one (an emoji, a letter with its accent).
 */
export function shortenLabel(label: string, max = MAX_LABEL): string {
  const text = label.trim().replace(/\s+/g, " ");
  const graphemes = Array.from(new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text), (part) => part.segment);
  if (graphemes.length <= max) return text;
  const kept = graphemes.slice(0, max - 1).join("");
  const lastSpace = kept.lastIndexOf(" ");
  const cut = lastSpace >= kept.length * 0.6 ? kept.slice(0, lastSpace) : kept;
  return `${cut.trimEnd()}…`;
}

/** "as of 2 Dec 2026" (UTC), the day the count was read. */
export function badgeAsOf(asOf: string): string {
  return `as of ${AS_OF_FORMAT.format(new Date(asOf))}`;
}

/** The tracker title up to its first colon, shortened to fit a badge. */
export function defaultBadgeLabel(title: string): string {
  const short = title.split(":")[0]!.trim() || title.trim();
  return short.length <= MAX_DEFAULT_LABEL ? short : `${short.slice(0, MAX_DEFAULT_LABEL - 1).trimEnd()}…`;
}

export function badgeMessage(input: Pick<BadgeInput, "ticked" | "total" | "isDemo">): string {
  return `${input.ticked} of ${input.total}${input.isDemo ? " (demo)" : ""}`;
}

export function renderBadge(input: BadgeInput): string {
  const label = shortenLabel(input.label);
  const message = badgeMessage(input);
  const asOf = input.asOf ? badgeAsOf(input.asOf) : null;
  const color = input.ticked === 0 ? COLORS.none : input.ticked >= input.total ? COLORS.all : COLORS.some;
  const labelWidth = textWidth(label) + 2 * PADDING;
  const messageWidth = textWidth(message) + 2 * PADDING;
  const asOfWidth = asOf ? textWidth(asOf) + 2 * PADDING : 0;
  const width = labelWidth + messageWidth + asOfWidth;
  const text = `${label}: ${input.ticked} of ${input.total} proof points ticked${input.isDemo ? " (demo data)" : ""}${asOf ? `, ${asOf}` : ""}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" role="img" aria-label="${escapeXml(text)}">`,
    `<title>${escapeXml(text)}</title>`,
    `<rect width="${labelWidth}" height="${HEIGHT}" fill="${LABEL_COLOR}"/>`,
    `<rect x="${labelWidth}" width="${messageWidth}" height="${HEIGHT}" fill="${color}"/>`,
    asOf ? `<rect x="${labelWidth + messageWidth}" width="${asOfWidth}" height="${HEIGHT}" fill="${AS_OF_COLOR}"/>` : "",
    `<g fill="#fff" font-family="${FONT}" font-size="11" text-anchor="middle">`,
    `<text x="${labelWidth / 2}" y="14">${escapeXml(label)}</text>`,
    `<text x="${labelWidth + messageWidth / 2}" y="14">${escapeXml(message)}</text>`,
    asOf ? `<text x="${labelWidth + messageWidth + asOfWidth / 2}" y="14">${escapeXml(asOf)}</text>` : "",
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
