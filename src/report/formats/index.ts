/**
 * Output formats, looked up by name (as ESLint's formatters): one file per
 * format exporting one function, one line here per format. A command's
 * `--format` choices are the keys of its table. Takes the command's result;
 * returns the text to print or write.
 */
import type { Diagnostic } from "../../diagnostics.js";
import type { Coverage } from "../../diff/coverage.js";
import type { DiffResult } from "../../diff/types.js";
import type { PlanModel } from "../../model/schema.js";
import coverageHtml from "./coverage-html.js";
import coverageJson from "./coverage-json.js";
import coverageMarkdown from "./coverage-markdown.js";
import coverageTable from "./coverage-table.js";
import diagnosticsGithub from "./diagnostics-github.js";
import diagnosticsJson from "./diagnostics-json.js";
import diagnosticsSarif from "./diagnostics-sarif.js";
import diagnosticsText from "./diagnostics-text.js";
import diffHtml from "./diff-html.js";
import diffJson from "./diff-json.js";
import diffMarkdown from "./diff-markdown.js";
import diffTable from "./diff-table.js";
import type { FormatOptions } from "./options.js";
import planJson from "./plan-json.js";
import planYaml from "./plan-yaml.js";
import tasksCsv from "./tasks-csv.js";
import tasksXlsx from "./tasks-xlsx.js";
import {
  UnknownFormatError,
  type COVERAGE_FORMAT_NAMES,
  type DIAGNOSTIC_FORMAT_NAMES,
  type DIFF_FORMAT_NAMES,
  type PLAN_FORMAT_NAMES,
  type TASK_FORMAT_NAMES,
} from "./names.js";

export type { FormatOptions };
export { UnknownFormatError };

/** Each table has exactly the names in ./names.ts, which the command line reads without loading the formatters. */
type Table<Names extends readonly string[], F> = Record<Names[number], F>;

/** `plan parse -f`: the plan model. */
export const PLAN_FORMATS: Record<string, (plan: PlanModel, opts: FormatOptions) => string> = {
  yaml: planYaml,
  json: planJson,
} satisfies Table<typeof PLAN_FORMAT_NAMES, unknown>;

/** `plan validate --format`: the diagnostics of all files. */
export const DIAGNOSTIC_FORMATS: Record<
  string,
  (diags: Diagnostic[], opts: FormatOptions) => string
> = {
  text: diagnosticsText,
  json: diagnosticsJson,
  github: diagnosticsGithub,
  sarif: diagnosticsSarif,
} satisfies Table<typeof DIAGNOSTIC_FORMAT_NAMES, unknown>;

/** `plan diff -f`: one plan against its reference. */
export const DIFF_FORMATS: Record<string, (result: DiffResult, opts: FormatOptions) => string> = {
  table: diffTable,
  markdown: diffMarkdown,
  json: diffJson,
  html: diffHtml,
} satisfies Table<typeof DIFF_FORMAT_NAMES, unknown>;

/** `plan diff --against REF PLANS... -f`: several plans against one reference. */
export const COVERAGE_FORMATS: Record<
  string,
  (coverage: Coverage, results: DiffResult[], opts: FormatOptions) => string
> = {
  table: coverageTable,
  markdown: coverageMarkdown,
  json: coverageJson,
  html: coverageHtml,
} satisfies Table<typeof COVERAGE_FORMAT_NAMES, unknown>;

/** `plan export -f`: the plan's task table as a spreadsheet (XLSX is binary). */
export const TASK_FORMATS: Record<
  string,
  (plan: PlanModel, opts: FormatOptions) => string | Promise<Uint8Array>
> = {
  xlsx: tasksXlsx,
  csv: tasksCsv,
} satisfies Table<typeof TASK_FORMAT_NAMES, unknown>;

/** The format of this name in a table, or a usage error naming the choices. */
export function formatter<F>(formats: Record<string, F>, name: string, what: string): F {
  const found = Object.hasOwn(formats, name) ? formats[name] : undefined;
  if (!found) throw new UnknownFormatError(what, name, Object.keys(formats).join(", "));
  return found;
}
