/**
 * The bundled reference: Resolution 397/NQ-CP as a plan model
 * (nq397.yaml beside this file's source; its header says how it was built).
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { Plan, type PlanModel } from "../model/schema.js";
import { sourceDataFile } from "../package-files.js";

/** Names `plan diff --against` accepts for the bundled reference. */
export const BUNDLED_REFERENCES = ["397", "397/NQ-CP", "nq397"];

/** Kept in src/reference (the build does not copy it); package.json ships it. */
export function bundledReferencePath(): string {
  return sourceDataFile("reference/nq397.yaml");
}

let cached: PlanModel | undefined;

export function bundledReference(): PlanModel {
  cached ??= Plan.parse(parse(readFileSync(bundledReferencePath(), "utf8")));
  return cached;
}
