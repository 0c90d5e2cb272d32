import { z } from "zod";
import { ZTimestamp, apiSchemas } from "./registry";

export const ZApiPreservation = z
  .object({
    capture: z
      .object({
        capturedAt: ZTimestamp,
        outcome: z.enum(["captured", "failed"]),
        httpStatus: z.int().nullable(),
        textUrl: z.url().nullable().meta({ description: "The stored readable text of the page as captured (never the original HTML)." }),
        sha256: z.string().nullable().meta({ description: "SHA-256 of the body as received, hex." }),
        finalUrl: z.url().nullable(),
        canonicalUrl: z.url().nullable(),
        failure: z.string().nullable(),
      })
      .nullable()
      .meta({ description: "The latest capture of the page by this site." }),
    memento: z.object({ url: z.url(), at: ZTimestamp }).nullable().meta({ description: "A third-party copy (Internet Archive) and the time it was taken." }),
    quote: z.object({
      check: z.enum(["found", "not_found", "no_quote", "no_capture", "unchecked"]),
      checkedAt: ZTimestamp.nullable(),
      selector: z
        .object({ type: z.literal("TextQuoteSelector"), exact: z.string(), prefix: z.string(), suffix: z.string() })
        .nullable()
        .meta({ description: "The quote anchored as a W3C Web Annotation TextQuoteSelector." }),
    }),
    link: z.object({
      health: z.enum(["unchecked", "ok", "broken", "moved", "gone", "unknown"]),
      checkedAt: ZTimestamp.nullable(),
      observations: z.array(z.object({ observation: z.enum(["ok", "moved", "not_found", "unknown"]), httpStatus: z.int().nullable(), checkedAt: ZTimestamp })).meta({ description: "The latest link checks, oldest first." }),
    }),
  })
  .register(apiSchemas, { id: "Preservation" });
