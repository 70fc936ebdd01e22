/**
 * The modeline's schema reference (`# yaml-language-server: $schema=...`),
 * so that an editor opening the output finds the schema: a path relative to
 * the output file when this package's copy lies inside the working directory
 * (installed in the project's node_modules, or this checkout), else the
 * copy's absolute path on this machine. `--schema-ref` chooses another.
 */
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { packageFile } from "../package-files.js";

/** schemas/plan.schema.json of the running package. */
export const PACKAGE_SCHEMA = packageFile("schemas/plan.schema.json");

/** `outputFile` undefined: stdout, which is most often redirected into the working directory. */
export function defaultSchemaRef(
  outputFile: string | undefined,
  cwd: string,
  schema = PACKAGE_SCHEMA,
): string {
  const inside = relative(cwd, schema);
  if (inside.startsWith("..") || isAbsolute(inside)) return schema;
  const from = outputFile ? dirname(resolve(cwd, outputFile)) : cwd;
  return relative(from, schema).split(sep).join("/");
}
