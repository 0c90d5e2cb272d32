// Fails any test that logs through console.error: an error the code only logs is a bug
// a green test run would otherwise hide. A test that expects one calls allowConsoleError().
import { afterEach, beforeEach, vi, type MockInstance } from "vitest";

// On globalThis, not in module scope: the setup file and a test file must share it
// even if the module were ever loaded twice.
const state = globalThis as unknown as { proofboardConsoleErrorAllowed?: boolean };

/** Lets the current test log console.error without failing. */
export function allowConsoleError(): void {
  state.proofboardConsoleErrorAllowed = true;
}

/** Registers the guard for every test of the file; called from a setup file. */
export function installConsoleGuard(): void {
  let spy: MockInstance<typeof console.error> | undefined;

  beforeEach(() => {
    state.proofboardConsoleErrorAllowed = false;
    // The spy passes calls through, so the message still shows in the output.
    spy = vi.spyOn(console, "error");
  });

  afterEach(() => {
    const calls = spy?.mock.calls ?? [];
    spy?.mockRestore();
    spy = undefined;
    if (calls.length > 0 && !state.proofboardConsoleErrorAllowed) {
      const first = calls[0]!.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(" ");
      throw new Error(
        `console.error was called ${calls.length} time(s) during this test; first: ${first.slice(0, 500)}\n` +
          "Fix the cause, or call allowConsoleError() in a test that expects it.",
      );
    }
  });
}
