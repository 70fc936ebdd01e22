/**
 * report: results → text for people and tools. Takes a plan model,
 * diagnostics, a diff or a coverage matrix; returns the text of the format
 * asked for by name (formats/; the task table as XLSX bytes), the table
 * debug SVGs, and one-line diagnostics. Every word a reader sees comes from
 * the catalogue in messages/ (Vietnamese and English), every date from its
 * one formatter. Document text reaches terminals, Markdown and HTML through
 * escape.ts.
 */
export { tableDebugSvgs } from "./debug-svg.js";
export {
  escapeHtml,
  escapeMarkdownCell,
  escapeTerminal,
  escapeTerminalLine,
  quoteFileName,
} from "./escape.js";
export { formatDiagnostic } from "./format-diagnostic.js";
export * from "./formats/index.js";
export { formatDate, messageLang, messages, type Lang } from "../messages/index.js";
export { taskTable, type TaskTable } from "./task-table.js";
