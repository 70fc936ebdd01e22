/**
 * model: the plan model's schema (zod, the single source of truth for the
 * JSON Schema and for validation) and the value grammars every stage shares.
 * Takes a cell's or a sentence's text; returns a deadline, targets, task ids.
 */
export * from "./deadline.js";
export * from "./schema.js";
export * from "./targets.js";
export * from "./task-ids.js";
