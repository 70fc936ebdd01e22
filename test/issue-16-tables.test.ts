/** #16: `plan diff A B --tables`: matched tasks side by side, changed cells marked, every format. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { run } from "./helpers/run.js";

const tmp = mkdtempSync(join(tmpdir(), "plan-tables-"));
const edited = join(tmp, "hue-edited.yaml");
{
  const plan = parse(readFileSync("fixtures/hue/expected.yaml", "utf8"));
  const task = (id: string) => plan.tasks.find((t: { id: string }) => t.id === id);
  task("t-1.1.1").deadline = {
    raw: "12/2026",
    kind: "due",
    due: "2026-12",
    recurrence: null,
    requestedBy: null,
  };
  task("t-1.1.2").lead = ["UBND các xã, phường"];
  task("t-1.1.3").output = "Kế hoạch kiểm tra";
  writeFileSync(edited, stringify(plan));
}
const args = ["diff", "fixtures/hue/expected.yaml", edited, "--tables"];

describe("#16 plan diff A B --tables", () => {
  it("json: every matched task with its cells; exactly the edited cells are changed", async () => {
    const r = await run([...args, "-f", "json"]);
    const pairs = JSON.parse(r.stdout).taskPairs as Record<
      string,
      { changed: boolean; reference: string; plan: string } | string
    >[];
    expect(pairs).toHaveLength(50);
    const changed = pairs.flatMap((p) =>
      (["deadline", "lead", "output"] as const)
        .filter((f) => (p[f] as { changed: boolean }).changed)
        .map((f) => `${p.referenceId} ${f}`),
    );
    expect(changed).toEqual(["t-1.1.1 deadline", "t-1.1.2 lead", "t-1.1.3 output"]);
    expect(pairs[1].deadline).toEqual({
      reference: "02/2026 theo yêu cầu của Bộ Y tế",
      plan: "12/2026",
      changed: true,
    });
    // Without --tables the JSON stays as it was.
    expect(
      JSON.parse((await run(args.slice(0, 3).concat("-f", "json"))).stdout).taskPairs,
    ).toBeUndefined();
  });

  it("table, markdown and html mark the changed cells", async () => {
    const table = (await run(args, { COLUMNS: "120" })).stdout;
    expect(table).toContain("Đối chiếu bảng nhiệm vụ theo từng ô (50; 3 nhiệm vụ có ô thay đổi)");
    expect(table).toMatch(/│ ≠ 02\/2026 theo yêu +│/);
    expect(table).toMatch(/│ → 12\/2026 +│/);
    const md = (await run([...args, "-f", "markdown"])).stdout;
    expect(md).toContain("| ≠ ~~Sở Y tế~~<br>**UBND các xã, phường** |");
    const html = (await run([...args, "-f", "html"])).stdout;
    expect(html.match(/<td class="diffcell">/g)).toHaveLength(3);
    expect(html).toContain(
      `<td class="diffcell"><del>Báo cáo kiểm tra, rà soát văn bản</del><br><ins>Kế hoạch kiểm tra</ins></td>`,
    );
  });
});
