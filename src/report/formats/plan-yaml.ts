/**
 * `plan parse -f yaml`: the plan model as YAML, starting with the
 * yaml-language-server modeline so editors check and complete it.
 */
import { stringify } from "yaml";
import type { PlanModel } from "../../model/schema.js";
import { packageFile } from "../../package-files.js";
import type { FormatOptions } from "./options.js";

export default function planYaml(
  plan: PlanModel,
  opts: Pick<FormatOptions, "schemaRef"> = {},
): string {
  // The CLI passes a path relative to the output (src/cli/schema-ref.ts); a library caller gets the installed copy.
  const schemaRef = opts.schemaRef ?? packageFile("schemas/plan.schema.json");
  // No anchors or aliases: two tasks sharing a merged cell's agencies get a copy each,
  // so that editing one task's lead never edits the other's.
  const body = stringify(plan, {
    lineWidth: 0,
    defaultStringType: "PLAIN",
    defaultKeyType: "PLAIN",
    aliasDuplicateObjects: false,
  });
  return `# yaml-language-server: $schema=${schemaRef}\n${body}`;
}
