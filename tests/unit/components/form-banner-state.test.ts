import { describe, expect, it } from "vitest";
import { bannerState } from "@/components/review/form-banner-state";

describe("bannerState", () => {
  it("says 'correct the fields' when every error is beside a shown field", () => {
    const state = bannerState({ status: "error", message: "note: must be at least 5 characters", fieldErrors: { note: ["must be at least 5 characters"] } }, ["note"]);
    expect(state.message).toBe("Please correct the fields marked below; nothing was saved.");
  });

  it("keeps the command's message when an error concerns a field the form does not show", () => {
    const message = "evidenceIds: moving to supported needs at least one cited item that supports the claim";
    expect(bannerState({ status: "error", message, fieldErrors: { evidenceIds: ["…"] } }, ["note"]).message).toBe(message);
  });

  it("leaves errors without field errors (stale, forbidden) and successes alone", () => {
    const stale = { status: "error" as const, message: "This proposal is out of date." };
    expect(bannerState(stale, ["note"])).toBe(stale);
    const success = { status: "success" as const, message: "Saved." };
    expect(bannerState(success, ["note"])).toBe(success);
  });
});
