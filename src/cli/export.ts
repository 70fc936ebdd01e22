/**
 * `plan export PLAN... -o tasks.xlsx|tasks.csv`: the task table of one plan
 * (a reviewed YAML model, or the plan's documents: body and appendix) as a
 * spreadsheet. XLSX is binary, so it is written to a file only; CSV may go
 * to stdout.
 */
import { resolve } from "node:path";
import { loadPlan } from "../load-plan.js";
import { escapeTerminalLine } from "../report/escape.js";
import { formatter, TASK_FORMATS } from "../report/formats/index.js";
import { messageLang, messages, REPORT_LANG_DEFAULT, type Lang } from "../messages/index.js";
import { formatDiagnostic } from "../report/format-diagnostic.js";
import { writeFileAtomic, type Io } from "./io.js";

export interface ExportOptions {
  format?: string;
  output?: string;
  quiet?: boolean;
  lang?: Lang;
}

export async function runExport(files: string[], opts: ExportOptions, io: Io): Promise<number> {
  const say = messages(messageLang(opts.lang, io.env)).cli;
  const lang = opts.lang ?? REPORT_LANG_DEFAULT;
  const format = opts.format ?? (opts.output && /\.csv$/i.test(opts.output) ? "csv" : "xlsx");
  if (format === "xlsx" && !opts.output) {
    io.stderr(`${say.xlsxNeedsFile}\n`);
    return 2;
  }
  // Several files are one plan (body and appendix), as `plan diff` joins them with '+'.
  const loaded = await loadPlan(files.join("+"), io.cwd);
  if (!opts.quiet) for (const d of loaded.diagnostics) io.stderr(formatDiagnostic(d) + "\n");
  if (!loaded.plan.tasks.length) {
    io.stderr(`${say.noTasks(escapeTerminalLine(files.join(" ")))}\n`);
    return 2;
  }
  const content = await formatter(TASK_FORMATS, format, "--format")(loaded.plan, { lang });
  if (!opts.output) {
    io.stdout(content as string);
    return 0;
  }
  await writeFileAtomic(resolve(io.cwd, opts.output), content);
  if (!opts.quiet) io.stderr(`${say.wrote(escapeTerminalLine(opts.output))}\n`);
  return 0;
}
