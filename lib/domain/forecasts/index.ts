export * from "./calibration";
export * from "./community";
export * from "./questions";
export * from "./scores";
