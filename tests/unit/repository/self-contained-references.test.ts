// The repository explains itself: comments, docs and test names point only at files that
// exist here and speak of the code, not of how the work on it was organised. This scans
// every tracked text file, so a stray reference fails `npm test` with its file and line.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
/** This file quotes what it looks for, in its examples below. */
const SELF = path.relative(root, import.meta.filename).split(path.sep).join("/");

/** Background documents that live outside the repository; built from parts so this file does not match itself. */
const OUTSIDE_DOCUMENTS = ["DESIGN", "STYLE", "TOOLCHAIN", "ANCHORS"].map((name) => `${name}.md`);

/** Anywhere in a file (comments, strings, test names, docs). */
const ANYWHERE: readonly { rule: string; pattern: RegExp }[] = [
  ...OUTSIDE_DOCUMENTS.map((name) => ({
    rule: `cites ${name}, which is not in the repository`,
    pattern: new RegExp(`\\b${name.replace(".", "\\.")}\\b`),
  })),
  // "Issue 5", "issue #12". A link to an upstream tracker (…/issues/27403) does not match.
  { rule: "cites a work item by number", pattern: /\bissue #?\d+/i },
];

/** In comments and Markdown only: words about how the work was organised, not about the product. */
const IN_PROSE: readonly { rule: string; pattern: RegExp }[] = [
  // "the workspace team", "two other teams". The demo data's "a team in Shenzhen" is a string, not prose.
  { rule: "speaks of teams", pattern: /\b(?:the|other|another|our|each|every|two|three|four|five|several|separate)\s+(?:[a-z-]+\s+)?teams?\b/i },
  // A working session, not a sign-in session ("other sessions were signed out" is fine).
  {
    rule: "speaks of working sessions",
    pattern: /\b(?:this|previous|next|earlier|later|coding|work|working|helper|agent|planning)\s+sessions?\b|\bsessions?\s+#?\d+\b|\bby a session\b/i,
  },
];

const SKIPPED = [/^package-lock\.json$/, /\.(png|jpe?g|gif|ico|woff2?|pdf)$/i];
const CODE = /\.(?:[cm]?[jt]sx?|css|prisma)$/;

function trackedFiles(): string[] {
  const out = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" });
  return out.split("\0").filter((file) => file && file !== SELF && !SKIPPED.some((skip) => skip.test(file)));
}

/** The prose of a file, line by line: the comments of code, SQL and shell, or all of Markdown. */
function proseLines(file: string, text: string): (string | null)[] {
  const lines = text.split("\n");
  if (file.endsWith(".md")) return lines;
  if (CODE.test(file)) {
    let inBlock = false;
    return lines.map((line) => {
      if (inBlock) {
        if (line.includes("*/")) inBlock = false;
        return line;
      }
      const block = line.indexOf("/*");
      const lineComment = line.search(/(^|[^:])\/\//);
      if (block !== -1 && (lineComment === -1 || block < lineComment)) {
        if (!line.slice(block).includes("*/")) inBlock = true;
        return line.slice(block);
      }
      return lineComment === -1 ? null : line.slice(lineComment);
    });
  }
  if (file.endsWith(".sql")) return lines.map((line) => (line.includes("--") ? line.slice(line.indexOf("--")) : null));
  return lines.map((line) => (line.includes("#") ? line.slice(line.indexOf("#")) : null));
}

function findings(file: string, text: string): string[] {
  const found: string[] = [];
  text.split("\n").forEach((line, index) => {
    for (const { rule, pattern } of ANYWHERE) if (pattern.test(line)) found.push(`${file}:${index + 1} ${rule}: ${line.trim()}`);
  });
  proseLines(file, text).forEach((line, index) => {
    if (line === null) return;
    for (const { rule, pattern } of IN_PROSE) if (pattern.test(line)) found.push(`${file}:${index + 1} ${rule}: ${line.trim()}`);
  });
  return found;
}

/** A path into the repository, as comments and docs cite files: `docs/architecture.md`, `lib/db/migrate.ts`. */
const REPOSITORY_PATH = /(?<![\w./@-])(?:docs|lib|tests|e2e|scripts|components|app|prisma)\/[A-Za-z0-9_./[\]-]+\.(?:md|ts|tsx|cjs|css|sql|prisma|json)\b/g;

describe("references in the repository", () => {
  it("name only files that exist", () => {
    const missing = trackedFiles().flatMap((file) => {
      const text = readFileSync(path.join(root, file), "utf8");
      return [...text.matchAll(REPOSITORY_PATH)].filter((match) => !existsSync(path.join(root, match[0]))).map((match) => `${file}: ${match[0]}`);
    });
    expect(missing).toEqual([]);
  });

  it("point only at files that exist here, and speak of the code rather than of how work on it was organised", () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => {
      const text = readFileSync(path.join(root, file), "utf8");
      return text.includes("\0") ? [] : findings(file, text);
    });
    expect(found).toEqual([]);
  });

  it("the check itself catches each kind of reference and leaves sign-in sessions and upstream issue links alone", () => {
    expect(findings("a.ts", `// see ${OUTSIDE_DOCUMENTS[0]} rule 6`)).toHaveLength(1);
    expect(findings("a.ts", `it("Issue 5: approvals", () => {})`)).toHaveLength(1);
    expect(findings("a.md", "Built while two other teams build the workspace.")).toHaveLength(1);
    expect(findings("a.ts", "// reserved for the workspace team's menu")).toHaveLength(1);
    expect(findings("a.ts", "// decided in an earlier session")).toHaveLength(1);
    expect(findings("a.ts", "// filed by a session")).toHaveLength(1);
    expect(findings("a.ts", "// deactivation deletes the user's sessions; other sessions are signed out")).toEqual([]);
    expect(findings("a.ts", "// works around https://github.com/prisma/prisma/issues/27403")).toEqual([]);
    expect(findings("a.ts", 'const subject = "Shenzhen EUV prototype team";')).toEqual([]);
  });
});
