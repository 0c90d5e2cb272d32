import { z } from "zod";

/** Path parameter: a capture id (unknown ids are a 404, malformed ones a 400). */
export const ZCaptureIdParam = z
  .string()
  .min(1, "is required")
  .max(64, "is not a valid capture id")
  .regex(/^[a-z0-9]+$/, "is not a valid capture id");
