/**
 * The bundled reference: Resolution 397/NQ-CP as a plan model
 * (nq397.yaml beside this file's source; its header says how it was built).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { Plan, type PlanModel } from "../model/schema.js";

/** Names `plan diff --against` accepts for the bundled reference. */
export const BUNDLED_REFERENCES = ["397", "397/NQ-CP", "nq397"];

/** Under vitest this module runs from src/reference, once built from dist/reference; the YAML stays in src/reference. */
const CANDIDATES = ["./nq397.yaml", "../../src/reference/nq397.yaml"].map((p) => fileURLToPath(new URL(p, import.meta.url)));

export function bundledReferencePath(): string {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error(`the bundled reference nq397.yaml is missing (looked in ${CANDIDATES.join(", ")})`);
  return found;
}

let cached: PlanModel | undefined;

export function bundledReference(): PlanModel {
  cached ??= Plan.parse(parse(readFileSync(bundledReferencePath(), "utf8")));
  return cached;
}
