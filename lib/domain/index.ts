// One import path for the pure domain rules, so callers need not know how they are split into files.
export * from "./admiralty";
export * from "./canonical-url";
export * from "./citation-rules";
export * from "./claim-review";
export * from "./evidence-balance";
export * from "./evidence-url";
export * from "./public-host";
export * from "./scorecard";
export * from "./stance";
export * from "./statuses";
export * from "./independent-origins";
