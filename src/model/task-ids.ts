/**
 * Stable task ids, shared by appendix tables and body task lists:
 * t-GROUP.POSITION for a top-level task (its place among the group's
 * top-level tasks), PARENT.N for the N-th sub-task of the last top-level task.
 */
export class TaskIds {
  private positions = new Map<string, number>();
  private subCounts = new Map<string, number>();
  private lastTop: { id: string; group: string | null } | null = null;

  /** A sub-task attaches to the last top-level task of the same group; without one it is top-level. */
  next(
    group: { id: string; number: number } | null,
    sub: boolean,
  ): { id: string; parent: string | null } {
    const gid = group?.id ?? null;
    if (sub && this.lastTop && this.lastTop.group === gid) {
      const parent = this.lastTop.id;
      const n = (this.subCounts.get(parent) ?? 0) + 1;
      this.subCounts.set(parent, n);
      return { id: `${parent}.${n}`, parent };
    }
    const key = gid ?? "";
    const n = (this.positions.get(key) ?? 0) + 1;
    this.positions.set(key, n);
    const id = `t-${group?.number ?? 0}.${n}`;
    this.lastTop = { id, group: gid };
    return { id, parent: null };
  }
}
