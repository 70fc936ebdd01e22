import { planJsonSchema } from "../model/schema.js";
import type { Io } from "./io.js";

export function runSchema(io: Io): number {
  io.stdout(JSON.stringify(planJsonSchema(), null, 2) + "\n");
  return 0;
}
