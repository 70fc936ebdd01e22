/** Run the CLI in-process with captured streams: the same `main` bin/plan.js calls. */
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const ROOT = new URL("../..", import.meta.url).pathname;

export async function run(
  args: string[],
  env: Record<string, string> = {},
  opts: { isTTY?: boolean; stdoutIsTTY?: boolean; cwd?: string } = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    cwd: opts.cwd ?? ROOT,
    env: { ...env },
    isTTY: opts.isTTY ?? false,
    stdoutIsTTY: opts.stdoutIsTTY ?? false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** One Markdown snapshot per command line: the command, stdout, stderr and exit code (attw's layout). */
export function snapshotText(args: string[], r: RunResult): string {
  return [
    "```sh",
    `plan ${args.join(" ")}`,
    "```",
    "",
    "stdout:",
    "```",
    r.stdout.trimEnd(),
    "```",
    "",
    "stderr:",
    "```",
    r.stderr.trimEnd(),
    "```",
    "",
    `exit code: ${r.code}`,
    "",
  ].join("\n");
}
