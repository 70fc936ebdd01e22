/** The real documents of #13: their copies in fixtures/real/, else the shared corpus they come from. */
import { existsSync } from "node:fs";
import { ROOT } from "./run.js";

export function realDoc(name: string): string {
  const fixture = `${ROOT}fixtures/real/${name}`;
  return existsSync(fixture) ? fixture : `/work/shared/corpus/real/${name}`;
}
