import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";

type Doc = { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>>; components: { schemas: Record<string, unknown> } };
const doc = buildOpenApiDocument("https://proofboard.example") as unknown as Doc;

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => (key === "$ref" && typeof inner === "string" ? [inner] : refsIn(inner)));
  }
  return [];
}

/** app/api/v1 route files as OpenAPI path templates, e.g. /api/v1/trackers/{slug}. */
function apiRoutes(dir = "app/api/v1"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return apiRoutes(full);
    return entry.name === "route.ts" ? [`/${dir.replace(/\[(\w+)\]/g, "{$1}").replace(/^app\//, "")}`] : [];
  });
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 and every $ref resolves to a component", () => {
    expect(doc.openapi).toBe("3.1.0");
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.split("/").at(-1)!], ref).toBeDefined();
    }
  });

  it("documents every API route except itself, with 400 and 404 where a parameter can be wrong", () => {
    const documented = Object.keys(doc.paths);
    for (const route of apiRoutes().filter((route) => !route.endsWith("openapi.json"))) {
      expect(documented).toContain(route);
      if (route.includes("{")) expect(Object.keys(doc.paths[route]!.get!.responses)).toEqual(["200", "400", "404"]);
    }
  });

  it("writes components as embedded schemas, without standalone $id or $schema", () => {
    for (const schema of Object.values(doc.components.schemas)) {
      expect(schema).not.toHaveProperty("$id");
      expect(schema).not.toHaveProperty("$schema");
    }
  });
});
