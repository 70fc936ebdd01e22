/** The parser's name and version, recorded in every model's provenance and in cache keys. */
export const VERSION = "0.1.0";
export const PARSER_NAME = `plan ${VERSION}`;
