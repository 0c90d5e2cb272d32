// The OpenAPI 3.1 document of the public API, generated from the same zod schemas that
// validate the parameters and type the responses (lib/validation/api). OpenAPI 3.1 uses
// JSON Schema 2020-12, which is what z.toJSONSchema writes.
import { z } from "zod";
import { ZApiClaim, ZApiClaimPage } from "@/lib/validation/api/claim-responses";
import { ZApiError } from "@/lib/validation/api/common-responses";
import { ZBadgeQuery, ZClaimIdParam, ZClaimListQuery, ZExportQuery, ZForecastQuestionIdParam, ZTrackerSlug } from "@/lib/validation/api/params";
import { ZApiForecastQuestionDetail, ZApiTrackerForecasts } from "@/lib/validation/api/forecast-responses";
import { apiSchemas } from "@/lib/validation/api/registry";
import { ZApiScorecard, ZApiTracker, ZApiTrackerList } from "@/lib/validation/api/tracker-responses";

type JsonObject = Record<string, unknown>;

export const OPENAPI_VERSION = "3.1.0";

export function buildOpenApiDocument(baseUrl: string): JsonObject {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `#/components/schemas/${id}` });
  // Each component is embedded in this document, not a standalone schema resource.
  const components = Object.fromEntries(
    Object.entries(schemas).map(([id, { $id: _id, $schema: _schema, ...schema }]) => [id, schema]),
  );
  const slug = pathParam("slug", ZTrackerSlug);
  const notFound = jsonResponse(ZApiError, "No published tracker or claim has this slug or id.");
  const invalid = jsonResponse(ZApiError, "A parameter is invalid; `error.fieldErrors` names it and the problem.");
  const text = (type: string, description: string) => ({ description, content: { [type]: { schema: { type: "string" } } } });

  return {
    openapi: OPENAPI_VERSION,
    info: {
      title: "Proofboard public API",
      version: "1.0.0",
      description:
        "Read-only, public and free of authentication: published trackers, their scorecards, claims, evidence and " +
        "approved status history. Responses may be cached for a minute (Cache-Control) and carry an ETag. " +
        "CORS allows GET from any origin. Statuses, proof point states and the Admiralty grades are explained at " +
        `${baseUrl}/methodology.`,
    },
    servers: [{ url: baseUrl }],
    paths: {
      "/api/v1/trackers": {
        get: op("listTrackers", "Published trackers with their headlines", [], { 200: jsonResponse(ZApiTrackerList, "The trackers.") }),
      },
      "/api/v1/trackers/{slug}": {
        get: op("getTracker", "A tracker and its proof points", [slug], { 200: jsonResponse(ZApiTracker, "The tracker."), 400: invalid, 404: notFound }),
      },
      "/api/v1/trackers/{slug}/scorecard": {
        get: op("getScorecard", "A tracker's scorecard: proof point states, headline, tick history", [slug], {
          200: jsonResponse(ZApiScorecard, "The scorecard."),
          400: invalid,
          404: notFound,
        }),
      },
      "/api/v1/trackers/{slug}/claims": {
        get: op("listClaims", "A tracker's claims, filtered, a page at a time: follow `pagination.nextCursor`", [slug, ...queryParams(ZClaimListQuery)], {
          200: jsonResponse(ZApiClaimPage, "One page of claims."),
          400: invalid,
          404: notFound,
        }),
      },
      "/api/v1/trackers/{slug}/forecasts": {
        get: op("listForecasts", "A tracker's forecast questions, community forecasts, resolutions, scores and calibration", [slug], {
          200: jsonResponse(ZApiTrackerForecasts, "The forecasts."),
          400: invalid,
          404: notFound,
        }),
      },
      "/api/v1/trackers/{slug}/forecasts/{id}": {
        get: op("getForecastQuestion", "One forecast question with every forecast, the community forecast's history and the scores", [slug, pathParam("id", ZForecastQuestionIdParam)], {
          200: jsonResponse(ZApiForecastQuestionDetail, "The question."),
          400: invalid,
          404: notFound,
        }),
      },
      "/api/v1/claims/{id}": {
        get: op("getClaim", "A claim with its evidence, evidence balance and status history", [pathParam("id", ZClaimIdParam)], {
          200: jsonResponse(ZApiClaim, "The claim."),
          400: invalid,
          404: notFound,
        }),
      },
      "/feed.xml": { get: op("siteFeed", "Atom feed of approved status changes on every tracker", [], { 200: text("application/xml", "An Atom 1.0 feed (served as XML so that browsers show it through its stylesheet).") }) },
      "/trackers/{slug}/feed.xml": {
        get: op("trackerFeed", "Atom feed of a tracker's approved status changes", [slug], { 200: text("application/xml", "An Atom 1.0 feed (served as XML so that browsers show it through its stylesheet)."), 404: notFound }),
      },
      "/trackers/{slug}/export.csv": {
        get: op("exportCsv", "A tracker's claims, evidence, status history, forecast questions or box states over time as CSV, streamed (no ETag)", [slug, ...queryParams(ZExportQuery)], {
          200: text("text/csv", "CSV with a header row; cells that a spreadsheet would run as a formula start with a quote."),
          400: invalid,
          404: notFound,
        }),
      },
      "/trackers/{slug}/export.json": {
        get: op("exportJson", "Everything public about a tracker as one JSON document, streamed (no ETag)", [slug], {
          200: { description: "Tracker, proof points, claims with evidence and history.", content: { "application/json": { schema: { type: "object" } } } },
          404: notFound,
        }),
      },
      "/trackers/{slug}/badge.svg": {
        get: op("badge", "An SVG badge: proof points ticked", [slug, ...queryParams(ZBadgeQuery)], {
          200: text("image/svg+xml", "The badge."),
          400: invalid,
          404: notFound,
        }),
      },
    },
    components: { schemas: components },
  };
}

function ref(schema: z.ZodType): JsonObject {
  const meta = apiSchemas.get(schema);
  if (!meta) throw new Error("A response schema is not registered in apiSchemas");
  return { $ref: `#/components/schemas/${meta.id}` };
}

function jsonResponse(schema: z.ZodType, description: string): JsonObject {
  return { description, content: { "application/json": { schema: ref(schema) } } };
}

function op(operationId: string, summary: string, parameters: JsonObject[], responses: JsonObject): JsonObject {
  return { operationId, summary, parameters, responses };
}

function paramSchema(schema: z.ZodType): { schema: JsonObject; description?: string } {
  const { $schema: _schema, description, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonObject;
  return { schema: rest, description: typeof description === "string" ? description : undefined };
}

function pathParam(name: string, schema: z.ZodType): JsonObject {
  const { schema: json, description } = paramSchema(schema);
  return { name, in: "path", required: true, description, schema: json };
}

function queryParams(schema: z.ZodObject): JsonObject[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { schema: json, description } = paramSchema(field as z.ZodType);
    return { name, in: "query", required: false, description, schema: json };
  });
}
