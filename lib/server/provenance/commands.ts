import "server-only";
// The provenance commands, spread into COMMANDS (lib/server/commands.ts).
import { dismissProvenanceSuggestion } from "./dismiss-provenance-suggestion";
import { linkProvenance } from "./link-provenance";
import { removeProvenanceLink } from "./remove-provenance-link";

export const PROVENANCE_COMMANDS = { linkProvenance, removeProvenanceLink, dismissProvenanceSuggestion } as const;
