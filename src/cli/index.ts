/**
 * cli: arguments → an exit code. Takes argv and the outside world (io.ts:
 * streams, working directory, environment); parses flags, calls the library
 * and formats; returns 0 clean, 1 findings, 2 usage or input error. Only
 * bin/plan.js sets the process's exit code.
 */
export { main } from "./main.js";
export { processIo, type Io } from "./io.js";
