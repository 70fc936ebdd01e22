/**
 * validate's messages, from the catalogue (src/messages/, #16). Diagnostics
 * are English, as the parser's are; the rule ids never change.
 */
import { messages } from "../messages/index.js";

const words = messages("en").validate;

export const YAML_MESSAGES = {
  ...words,
  yamlError: (code: string, message: string): string =>
    code === "BAD_INDENT" && !/^All (mapping|sequence) items/.test(message)
      ? message
      : ((words.yamlError as Record<string, string>)[code] ?? message),
} as const;
