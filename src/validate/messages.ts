/**
 * validate's messages for YAML constructs that yaml reports in its own terms
 * (or accepts silently), in one place so that they can move into the
 * message catalogue as a whole.
 */
export const YAML_MESSAGES = {
  crOnly: "the lines end in CR only (old Mac line endings); save the file with LF (or CRLF) line endings",
  severalDocuments: (count: number, line: number) =>
    `${count} YAML documents in one file (the second starts at line ${line} after ---); a plan file holds one plan: split it into files`,
  notAMapping: (found: string) => `expected a mapping (a plan) at the top level, found ${found}`,
  complexKey: "a key must be a plain name, not a mapping or a list",
  yaml11Type: (tag: string) => `${tag} is a YAML 1.1 type that a plan file does not use: remove the tag (keys keep their order without it)`,
  unknownKey: (key: string, guess: string | undefined) => `unknown key "${key}"${guess ? `; did you mean "${guess}"?` : ""}`,
  timestamp: (source: string) => `: \`${source}\` is read as a YAML 1.1 timestamp; write dates as quoted text: "${source}"`,
  notFinite: (source: string) => `: \`${source}\` is YAML for infinity or not-a-number; write the number itself`,
  duplicateKey: (key: string, line: number, column: number) =>
    `"${key}" appears twice in this mapping (first at line ${line}, column ${column}); keep one`,
  yamlError: (code: string, message: string): string =>
    code === "BAD_INDENT" && !/^All (mapping|sequence) items/.test(message) ? message : (YAML_ERROR_TEXT[code] ?? message),
} as const;

/** yaml's wording where it speaks of its own internals. */
const YAML_ERROR_TEXT: Record<string, string> = {
  BAD_INDENT: "the indentation here does not match the lines around it: keys of one mapping start at the same column",
  TAB_AS_INDENT: "a tab is used for indentation; YAML indents with spaces only",
  DUPLICATE_KEY: "this key appears twice in the same mapping; keep one",
};
