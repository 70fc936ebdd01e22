export * from "./catalogue.js";
export * from "./dates.js";
export * from "./lang.js";
