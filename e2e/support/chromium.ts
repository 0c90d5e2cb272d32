// Which Chromium the end-to-end tests drive. Playwright cannot download its own browser
// without internet access, so Debian's package comes first (tests/README.md, "End-to-end"). Shared by
// playwright.config.ts and scripts/e2e.ts so both decide the same way.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export type ChromiumChoice = {
  /** undefined: Playwright's own installed browser. */
  executablePath: string | undefined;
  description: string;
};

export class ChromiumNotFoundError extends Error {
  constructor(detail: string) {
    super(
      `${detail}\nThe end-to-end tests need Chromium. Install one of:\n` +
        "  apt-get install -y chromium        (Debian/Ubuntu, as root; found at /usr/bin/chromium)\n" +
        "  npx playwright install chromium    (Playwright's own build; needs its download host)\n" +
        "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
    );
    this.name = "ChromiumNotFoundError";
  }
}

/** CHROMIUM_PATH, else Debian's chromium, else Playwright's own; throws when there is none. */
export function resolveChromium(env: NodeJS.ProcessEnv = process.env): ChromiumChoice {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (!existsSync(configured)) throw new ChromiumNotFoundError(`CHROMIUM_PATH is set to ${configured}, which does not exist.`);
    return { executablePath: configured, description: `CHROMIUM_PATH (${configured})` };
  }
  if (existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, description: `Debian chromium (${DEBIAN_CHROMIUM})` };
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return { executablePath: undefined, description: `Playwright's Chromium (${bundled})` };
  throw new ChromiumNotFoundError(`No Chromium found: not at ${DEBIAN_CHROMIUM}, not in Playwright's browser folder, and CHROMIUM_PATH is unset.`);
}
