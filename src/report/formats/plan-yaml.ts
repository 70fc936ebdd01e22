/**
 * `plan parse -f yaml`: the plan model as YAML, starting with the
 * yaml-language-server modeline so editors check and complete it.
 */
import { stringify } from "yaml";
import type { PlanModel } from "../../model/schema.js";
import type { FormatOptions } from "./options.js";

export const SCHEMA_URL = "https://plan.local/schemas/v1/plan.schema.json";

export default function planYaml(plan: PlanModel, opts: Pick<FormatOptions, "schemaRef"> = {}): string {
  const schemaRef = opts.schemaRef ?? SCHEMA_URL;
  const body = stringify(plan, { lineWidth: 0, defaultStringType: "PLAIN", defaultKeyType: "PLAIN" });
  return `# yaml-language-server: $schema=${schemaRef}\n${body}`;
}
