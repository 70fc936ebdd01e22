/**
 * The command line: parses flags, calls the library, formats. `main` returns
 * the exit code and never exits the process (ESLint's lib/cli.js rule); only
 * bin/plan.js sets process.exitCode.
 *
 * Exit codes: 0 clean, 1 findings, 2 usage or input error.
 *
 * Each command's code is imported in its action, not here: `--version`,
 * `--help`, `schema` and `validate` start without loading pdf.js, the DOCX
 * reader or the OCR code (issue #17; test/issue-17-lazy-loading.test.ts).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { InputError } from "../diagnostics.js";
import { LimitFlagError } from "../limits.js";
import { escapeTerminalLine } from "../report/escape.js";
import {
  DIAGNOSTIC_FORMAT_NAMES,
  DIFF_FORMAT_NAMES,
  PLAN_FORMAT_NAMES,
  TASK_FORMAT_NAMES,
  UnknownFormatError,
} from "../report/formats/names.js";
import { LANGS, messageLang, messages, type Lang } from "../messages/index.js";
import { VERSION } from "../version.js";
import { processIo, type Io } from "./io.js";
import { fileLine } from "./messages.js";

/** The budgets of README "Limits", on the commands that read the inputs they bound. */
function limitOptions(cmd: Command, documents: boolean): Command {
  cmd.option(
    "--max-bytes <size>",
    "refuse an input larger than this (default 100MB for documents, 10MB for YAML/JSON; DOCX: inflated)",
  );
  if (!documents) return cmd;
  return cmd
    .option("--max-pages <n>", "refuse a PDF with more pages (default 1000)")
    .option(
      "--max-pixels <n>",
      "refuse to rasterise a page larger than this for OCR, skip decoding larger images (default 60000000)",
    )
    .option("--max-operators <n>", "refuse a PDF page with more drawing operators (default 500000)")
    .option("--timeout <seconds>", "stop parsing a plan after this long (default 300)");
}

/** `-j`: a whole number of plans at once, at least 1 ("0", "abc", "1.5" are refused). */
function positiveInteger(lang: Lang): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < 1)
      throw new InvalidArgumentError(messages(lang).cli.jobsNotPositive);
    return Number(value);
  };
}

/** `--lang` as given on the command line, before commander has parsed it (for its own checks). */
function langInArgv(argv: string[]): string | undefined {
  for (const [i, a] of argv.entries()) {
    if (a === "--") return undefined;
    if (a === "--lang") return argv[i + 1];
    if (a.startsWith("--lang=")) return a.slice("--lang=".length);
  }
  return undefined;
}

/** Reports in Vietnamese unless --lang en; messages follow --lang, else LANG/LC_ALL. */
function langOption(): Option {
  return new Option(
    "--lang <lang>",
    "language of reports (default vi) and of messages (default: vi when LC_ALL, LC_MESSAGES or LANG says so, else en)",
  ).choices([...LANGS]);
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code = 0;
  const lang = messageLang(langInArgv(argv), io.env);
  const say = messages(lang).cli;
  const program = new Command("plan")
    .description(
      "Parse, validate and compare Vietnamese implementing plans of Resolution 397/NQ-CP",
    )
    .version(VERSION, "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError(say.helpHint)
    .option("--color", "colour tables on stdout even when it is not a terminal")
    .option("--no-color", "never colour (also NO_COLOR=1; FORCE_COLOR=1 forces colour)");

  limitOptions(program.command("parse"), true)
    .description(
      "read plans (PDF, DOCX or text; body and appendix may be separate files) into the plan model",
    )
    .argument(
      "<files...>",
      "a plan's files (body and/or appendix), or many plans: files, folders, 'globs'",
    )
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(PLAN_FORMAT_NAMES)
        .default("yaml"),
    )
    .option(
      "-o, --output <path>",
      "write to this file (one plan) or folder (several plans), atomically, instead of stdout",
    )
    .option(
      "--one-plan",
      "the files are one plan whatever their names (by default bodies and appendices pair by name)",
    )
    .addOption(
      new Option(
        "-j, --jobs <n>",
        "parse this many plans at once (default: the number of cores)",
      ).argParser(positiveInteger(lang)),
    )
    .option(
      "--cache",
      "reuse results for unchanged files (keyed by file hashes and the parser's code)",
    )
    .option("--cache-location <dir>", "where --cache keeps its results", ".plan-cache")
    .addOption(
      new Option(
        "--ocr <when>",
        "OCR of PDF pages: auto (no text layer, or one that does not read as Vietnamese), always, never",
      )
        .choices(["auto", "always", "never"])
        .default("auto"),
    )
    .option(
      "--debug-tables <dir>",
      "write an SVG per table page showing detected lines, cells and row ids",
    )
    .option("--schema-ref <ref>", "schema path or URL for the YAML modeline")
    .option("-q, --quiet", "do not print warnings or progress on stderr")
    .addOption(langOption())
    .action(async (files: string[], opts) => {
      const { runParse } = await import("./parse.js");
      code = await runParse(files, opts, io);
    });

  limitOptions(program.command("validate"), false)
    .description(
      "check hand-edited plan YAML/JSON files against the model: syntax, schema and domain rules, at file:line:col",
    )
    .argument("<files...>", "files or globs (quoted globs are expanded: 'plans/**/*.yaml')")
    .addOption(
      new Option(
        "--format <format>",
        "output format (auto: github under GitHub Actions, else text)",
      )
        .choices(["auto", ...DIAGNOSTIC_FORMAT_NAMES])
        .default("auto"),
    )
    .addOption(langOption())
    .action(async (files: string[], opts) => {
      const { runValidate } = await import("./validate.js");
      code = await runValidate(files, opts, io);
    });

  limitOptions(program.command("diff"), true)
    .description(
      "compare a plan with Resolution 397 (bundled) or with another plan: missing tasks, dropped phrases, changed deadlines, weakened targets",
    )
    .argument(
      "<plans...>",
      "PLAN (against 397), A B (B against A), or with --against several plans or 'globs' (a coverage matrix); each a YAML/JSON model or the plan's documents, body+appendix joined with '+'",
    )
    .option(
      "--against <reference>",
      "the reference: 397 (the bundled Resolution 397/NQ-CP) or a plan file",
    )
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(DIFF_FORMAT_NAMES)
        .default("table"),
    )
    .option(
      "-o, --output <file>",
      "write to this file (atomically) instead of stdout; with -f html, a folder (DIR/) gets index.html and one report per plan",
    )
    .option(
      "--fail-on <kinds>",
      `exit 1 when a finding of these kinds is found: a comma list, 'any' or 'none'`,
      "any",
    )
    .option(
      "--tables",
      "also show the matched tasks side by side, changed cells (deadline, lead, output) marked",
    )
    .option("-q, --quiet", "do not print parser warnings on stderr")
    .addOption(langOption())
    .action(async (plans: string[], opts) => {
      const { runDiff } = await import("./diff.js");
      code = await runDiff(plans, { ...opts, color: program.opts().color }, io);
    });

  program
    .command("export")
    .description(
      "write a plan's task table as a spreadsheet (XLSX or CSV): one row per task, groups as title rows",
    )
    .argument(
      "<files...>",
      "a reviewed YAML/JSON model, or the plan's documents (body and appendix)",
    )
    .addOption(
      new Option(
        "-f, --format <format>",
        "xlsx or csv (default: from the -o extension, else xlsx)",
      ).choices(TASK_FORMAT_NAMES),
    )
    .option("-o, --output <file>", "write to this file (atomically); required for xlsx")
    .option("-q, --quiet", "do not print parser warnings on stderr")
    .addOption(langOption())
    .action(async (files: string[], opts) => {
      const { runExport } = await import("./export.js");
      code = await runExport(files, opts, io);
    });

  program
    .command("schema")
    .description(
      "print the JSON Schema of the plan model (draft-07), for editors and other validators",
    )
    .addOption(langOption())
    .action(async () => {
      const { runSchema } = await import("./schema.js");
      code = runSchema(io);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors with 2.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UnknownFormatError) {
      io.stderr(`plan: ${say.unknownFormat(e.what, e.format, e.formats)}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.stderr(`${fileLine(e.file, e.reason)}\n`);
      return 2;
    }
    if (e instanceof LimitFlagError) {
      io.stderr(`plan: ${say.limitFlag(e.expected, e.flag, e.value)}\n`);
      return 2;
    }
    const err = e as Error;
    io.stderr(`${say.internalError(escapeTerminalLine(String(err?.message ?? err)))}\n`);
    if (io.env.PLAN_DEBUG) io.stderr(`${err.stack}\n`);
    return 2;
  }
  return code;
}
