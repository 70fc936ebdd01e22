/**
 * lexicon: what the parser knows about Vietnamese plans, as data, and the
 * spelling rules to match it. Takes text; returns roles, keys and verdicts
 * (a column's role, a heading's role, a folded key, whether a word is a
 * Vietnamese syllable). The bottom of the pipeline: it imports nothing of
 * the project, and every stage may ask it.
 */
export * from "./agencies.js";
export * from "./appendix.js";
export * from "./columns.js";
export * from "./deadlines.js";
export * from "./documents.js";
export * from "./file-roles.js";
export * from "./labels.js";
export * from "./reporting.js";
export * from "./sections.js";
export * from "./targets.js";
export * from "./text.js";
export * from "./vietnamese.js";
export * from "./vocabulary.js";
