#!/usr/bin/env node
// The only place that sets the process exit code; everything else returns it.
import { main } from "../dist/cli/main.js";

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`plan: internal error: ${e?.message ? e.message : e}\n`);
  process.exitCode = 2;
}
