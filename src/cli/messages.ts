/**
 * The command line's own messages added for issue #15, in one place so that
 * they can move into the message catalogue (Vietnamese/English) as a whole.
 */
export const MESSAGES = {
  jobsNotPositive: (_given: string) => "-j takes a positive whole number (plans at once)",
  outputNotFolder: (output: string, plans: number) =>
    `-o ${output}: ${plans} plans need a folder, one file each; end it with / (-o ${output.replace(/\.(ya?ml|json)$/i, "")}/) or parse one plan`,
  failOnEmpty: (kinds: readonly string[]) =>
    `--fail-on needs finding kinds (a comma list of ${kinds.join(", ")}), or any, or none; it was empty`,
  failOnUnknown: (unknown: string[], kinds: readonly string[]) =>
    `--fail-on: unknown finding kind ${unknown.join(", ")} (kinds: ${kinds.join(", ")}, or any, none)`,
  planSummary: (output: string, tasks: number, warnings: number, ocrPages: number) =>
    `${output}: ${tasks} ${tasks === 1 ? "task" : "tasks"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}, ` +
    `${ocrPages} OCR ${ocrPages === 1 ? "page" : "pages"}`,
  validateSummary: (checked: number, unreadable: number, invalid: number, problems: number) =>
    `${checked} ${checked === 1 ? "file" : "files"} checked` +
    (unreadable ? `, ${unreadable} unreadable` : "") +
    `, ${invalid} invalid, ${problems} ${problems === 1 ? "problem" : "problems"}`,
} as const;
