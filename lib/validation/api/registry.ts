// Response schemas registered here become named components of the OpenAPI document;
// anything nested that is not registered is written inline.
import { z } from "zod";

export const apiSchemas = z.registry<{ id: string; description?: string }>();

export const ZCalendarDate = z.iso.date().meta({ description: "A calendar date, YYYY-MM-DD." });
export const ZTimestamp = z.iso.datetime().meta({ description: "A moment, ISO 8601 in UTC." });
