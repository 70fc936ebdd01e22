/**
 * Whether a command may colour what it prints to a terminal. The command
 * line wins (`--color`, `--no-color`); then FORCE_COLOR as chalk reads it
 * ("", "true" or 1-3 force colour, "false" or 0 refuse it); then NO_COLOR
 * when it is set and not empty (no-color.org); then whether the stream is a
 * terminal that is not `TERM=dumb`.
 */
import type { Io } from "./io.js";

/** FORCE_COLOR → true, false, or undefined when unset or not a level. */
function forcedByEnv(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === "true" || value === "") return true;
  if (value === "false") return false;
  const level = Number.parseInt(value, 10);
  return Number.isNaN(level) ? undefined : level > 0;
}

export function useColor(io: Io, flag: boolean | undefined, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const forced = forcedByEnv(io.env.FORCE_COLOR);
  if (forced !== undefined) return forced;
  if (io.env.NO_COLOR) return false;
  return isTTY && io.env.TERM !== "dumb";
}
