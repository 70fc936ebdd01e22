/**
 * The names of the output formats, without their code: the command line
 * lists them as `--format` choices at start-up, and `plan --version` must not
 * load every formatter (yaml, chalk, cli-table3) to do so (issue #17). The
 * registry in ./index.ts must have exactly these keys (checked by the compiler).
 */
export const PLAN_FORMAT_NAMES = ["yaml", "json"] as const;
export const DIAGNOSTIC_FORMAT_NAMES = ["text", "json", "github", "sarif"] as const;
export const DIFF_FORMAT_NAMES = ["table", "markdown", "json", "html"] as const;
export const COVERAGE_FORMAT_NAMES = ["table", "markdown", "json", "html"] as const;
export const TASK_FORMAT_NAMES = ["xlsx", "csv"] as const;

import { messages } from "../../messages/index.js";

/** A `-f` name no formatter has; main() says it in the reader's language (#16). */
export class UnknownFormatError extends Error {
  constructor(
    readonly what: string,
    readonly format: string,
    readonly formats: string,
  ) {
    super(messages("en").cli.unknownFormat(what, format, formats));
  }
}
