/**
 * One diagnostic shape for every stage and every command, after vfile-message:
 * where (file, page or line/column, JSON pointer, table row), what (rule id,
 * severity) and a plain message.
 */
export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  severity: Severity;
  /** Stable, kebab-case rule id such as `unplaced-text` or `deadline-unparsed`. */
  ruleId: string;
  message: string;
  file?: string;
  page?: number;
  /** 1-based line and column in the source text (text dumps, YAML). */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** JSON pointer into the model, e.g. `/tasks/3/deadline`. */
  pointer?: string;
  /** Table row id, e.g. `t-1.2`, for appendix rows. */
  rowId?: string;
  /** The text as written, for coercion and parse surprises. */
  actual?: string;
  expected?: string;
}

export function diag(
  severity: Severity,
  ruleId: string,
  message: string,
  where: Omit<Diagnostic, "severity" | "ruleId" | "message"> = {},
): Diagnostic {
  return { severity, ruleId, message, ...where };
}

/**
 * One input file and the messages about it, after vfile: the stages that
 * read it report on it here, so no stage threads an array of diagnostics
 * through its signatures, and none patches a diagnostic's `file` afterwards.
 */
export class SourceFile {
  /** Messages in the order they were reported. */
  readonly messages: Diagnostic[] = [];

  /** `name`: how diagnostics name the file (the path as the user gave it). */
  constructor(readonly name: string) {}

  warn(
    ruleId: string,
    message: string,
    where: Omit<Diagnostic, "severity" | "ruleId" | "message" | "file"> = {},
  ): Diagnostic {
    return this.message("warning", ruleId, message, where);
  }

  info(
    ruleId: string,
    message: string,
    where: Omit<Diagnostic, "severity" | "ruleId" | "message" | "file"> = {},
  ): Diagnostic {
    return this.message("info", ruleId, message, where);
  }

  message(
    severity: Severity,
    ruleId: string,
    message: string,
    where: Omit<Diagnostic, "severity" | "ruleId" | "message" | "file"> = {},
  ): Diagnostic {
    const d = diag(severity, ruleId, message, { file: this.name, ...where });
    this.messages.push(d);
    return d;
  }
}

/**
 * An input the tool cannot use at all: unreadable, corrupt, encrypted, empty or
 * not a plan. The CLI turns it into one line on stderr and exit code 2.
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly ruleId = "input-unreadable",
  ) {
    super(`${file}: ${reason}`);
    this.name = "InputError";
  }
}

/** Why a file could not be read, in the words of `plan: FILE: reason` (Node's errno codes named plainly). */
export function fileErrorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory, not a file";
  if (code === "EACCES") return "permission denied";
  return (e as Error).message;
}

/** `file:line:col` or `file (page N)`, for human output. */
export function formatPlace(d: Diagnostic): string {
  const file = d.file ?? "<input>";
  if (d.line !== undefined) return `${file}:${d.line}:${d.column ?? 1}`;
  if (d.page !== undefined) return `${file} (page ${d.page})`;
  return file;
}
