/**
 * report: results → text for people and tools. Takes a plan model,
 * diagnostics, a diff or a coverage matrix; returns the text of the format
 * asked for by name (formats/), the table debug SVGs, and one-line
 * diagnostics. Document text reaches terminals, Markdown and HTML through
 * escape.ts.
 */
export { tableDebugSvgs } from "./debug-svg.js";
export { escapeHtml, escapeMarkdownCell, escapeTerminal, escapeTerminalLine, quoteFileName } from "./escape.js";
export { formatDiagnostic } from "./format-diagnostic.js";
export * from "./formats/index.js";
