/**
 * Plan model → JSON or YAML text. Generated YAML starts with the
 * yaml-language-server modeline so editors check and complete it.
 */
import { stringify } from "yaml";
import type { PlanModel } from "../model/schema.js";

export function toJson(plan: PlanModel): string {
  return JSON.stringify(plan, null, 2) + "\n";
}

/** `schemaRef`: where an editor finds the schema from this file (the CLI computes it: src/cli/schema-ref.ts). */
export function toYaml(plan: PlanModel, schemaRef: string): string {
  // No anchors or aliases: two tasks sharing a merged cell's agencies get a copy each,
  // so that editing one task's lead never edits the other's.
  const body = stringify(plan, { lineWidth: 0, defaultStringType: "PLAIN", defaultKeyType: "PLAIN", aliasDuplicateObjects: false });
  return `# yaml-language-server: $schema=${schemaRef}\n${body}`;
}
