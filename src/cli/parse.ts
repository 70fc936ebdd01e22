import { resolve } from "node:path";
import { parsePlanFiles } from "../parse.js";
import { toJson, toYaml } from "../report/serialize.js";
import { writeTableDebug } from "../report/debug-svg.js";
import { formatDiagnostic } from "./format-diagnostics.js";
import { writeFileAtomic, type Io } from "./io.js";

export interface ParseOptions {
  format: "yaml" | "json";
  output?: string;
  debugTables?: string;
  schemaRef?: string;
  quiet?: boolean;
}

export async function runParse(files: string[], opts: ParseOptions, io: Io): Promise<number> {
  const inputs = files.map((f) => ({ path: resolve(io.cwd, f), name: f }));
  const { plan, diagnostics, rowIds } = await parsePlanFiles(inputs);
  const text = opts.format === "json" ? toJson(plan) : toYaml(plan, opts.schemaRef);
  if (opts.debugTables) {
    const written = await writeTableDebug(inputs, rowIds, resolve(io.cwd, opts.debugTables));
    if (!opts.quiet) io.stderr(`plan: wrote ${written.length} table debug page(s) to ${opts.debugTables}\n`);
  }
  if (opts.output) await writeFileAtomic(resolve(io.cwd, opts.output), text);
  else io.stdout(text);
  if (!opts.quiet) for (const d of diagnostics) io.stderr(formatDiagnostic(d) + "\n");
  return 0;
}
