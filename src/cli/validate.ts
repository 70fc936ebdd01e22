import { resolve } from "node:path";
import { diag, InputError, type Diagnostic } from "../diagnostics.js";
import { limitsFromFlags } from "../limits.js";
import { readBounded } from "../read/file.js";
import { DIAGNOSTIC_FORMATS, formatter } from "../report/formats/index.js";
import { validate } from "../index.js";
import { expandGlobs } from "./glob.js";
import type { Io } from "./io.js";
import { messageLang, messages, type Lang } from "../messages/index.js";
import { fileLine, shownName } from "./messages.js";

export interface ValidateOptions {
  /** A name in DIAGNOSTIC_FORMATS, or "auto": github under GitHub Actions, else text. */
  format: string;
  maxBytes?: string;
  /** Language of messages (#16); else from the locale. */
  lang?: Lang;
}

/** Exit 0 all valid, 1 any invalid, 2 a file could not be read or no file matched. */
export async function runValidate(
  patterns: string[],
  opts: ValidateOptions,
  io: Io,
): Promise<number> {
  const format =
    opts.format === "auto" ? (io.env.GITHUB_ACTIONS === "true" ? "github" : "text") : opts.format;
  const say = messages(messageLang(opts.lang, io.env)).cli;
  const files = await expandGlobs(patterns, io.cwd);
  if (!files.length) {
    io.stderr(`${say.noMatch(patterns.map(shownName).join(" "))}\n`);
    return 2;
  }
  const { maxModelBytes } = limitsFromFlags(opts);
  const diags: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const unreadable: string[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = (await readBounded(resolve(io.cwd, f), f, maxModelBytes)).toString("utf8");
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.stderr(`${fileLine(e.file, e.reason)}\n`);
      unreadable.push(f);
      // Machine formats carry it too: SARIF as a notification, JSON and GitHub as a diagnostic.
      diags.push(diag("error", "file-unreadable", e.reason, { file: f }));
      continue;
    }
    sources.set(f, text);
    diags.push(...validate(text, f).diagnostics);
  }
  const rendered = formatter(
    DIAGNOSTIC_FORMATS,
    format,
    "--format",
  )(diags, { sources, cwd: io.cwd });
  if (format === "text") {
    io.stderr(rendered);
    const problems = diags.filter((d) => d.ruleId !== "file-unreadable");
    const bad = new Set(problems.filter((d) => d.severity === "error").map((d) => d.file)).size;
    io.stderr(say.validateSummary(files.length, unreadable.length, bad, problems.length) + "\n");
  } else io.stdout(rendered);
  if (unreadable.length) return 2;
  return diags.some((d) => d.severity === "error") ? 1 : 0;
}
