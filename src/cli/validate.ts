import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { diag, fileErrorReason, type Diagnostic } from "../diagnostics.js";
import { DIAGNOSTIC_FORMATS, formatter } from "../report/formats/index.js";
import { validate } from "../index.js";
import { expandGlobs } from "./glob.js";
import type { Io } from "./io.js";
import { MESSAGES } from "./messages.js";

export interface ValidateOptions {
  /** A name in DIAGNOSTIC_FORMATS, or "auto": github under GitHub Actions, else text. */
  format: string;
}

/** Exit 0 all valid, 1 any invalid, 2 a file could not be read or no file matched. */
export async function runValidate(patterns: string[], opts: ValidateOptions, io: Io): Promise<number> {
  const format = opts.format === "auto" ? (io.env.GITHUB_ACTIONS === "true" ? "github" : "text") : opts.format;
  const files = await expandGlobs(patterns, io.cwd);
  if (!files.length) {
    io.stderr(`plan: no file matches ${patterns.join(" ")}\n`);
    return 2;
  }
  const diags: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const unreadable: string[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, f), "utf8");
    } catch (e) {
      const reason = fileErrorReason(e);
      io.stderr(`plan: ${f}: ${reason}\n`);
      unreadable.push(f);
      // Machine formats carry it too: SARIF as a notification, JSON and GitHub as a diagnostic.
      diags.push(diag("error", "file-unreadable", reason, { file: f }));
      continue;
    }
    sources.set(f, text);
    diags.push(...validate(text, f).diagnostics);
  }
  const rendered = formatter(DIAGNOSTIC_FORMATS, format, "--format")(diags, { sources, cwd: io.cwd });
  if (format === "text") {
    io.stderr(rendered);
    const problems = diags.filter((d) => d.ruleId !== "file-unreadable");
    const bad = new Set(problems.filter((d) => d.severity === "error").map((d) => d.file)).size;
    io.stderr(MESSAGES.validateSummary(files.length, unreadable.length, bad, problems.length) + "\n");
  } else io.stdout(rendered);
  if (unreadable.length) return 2;
  return diags.some((d) => d.severity === "error") ? 1 : 0;
}
