/**
 * The typed value changes between two matched elements: targets, deadlines
 * and reporting dates. Each says whether the plan asks less than the
 * reference (weakened) or more.
 */
import type { DeadlineModel, TargetModel } from "../model/schema.js";
import { comparable } from "./normalize.js";
import type { FindingReason } from "./types.js";

export interface ValueChange {
  from: string;
  to: string;
  weakened: boolean;
  reason: FindingReason;
}

function showTarget(t: TargetModel): string {
  const op =
    t.op === ">"
      ? "trên "
      : t.op === ">="
        ? "ít nhất "
        : t.op === "<"
          ? "dưới "
          : t.op === "<="
            ? "tối đa "
            : "";
  return `${op}${t.value}${t.unit} ${t.subject}`.trim();
}

/** A target's floor: "trên 90%" asks a little more than "90%". */
function floor(t: TargetModel): number {
  return t.value + (t.op === ">" ? 1e-6 : 0);
}

function subjectOverlap(a: string, b: string): number {
  const x = new Set(comparable(a).split(" "));
  const y = new Set(comparable(b).split(" "));
  let common = 0;
  for (const k of x) if (y.has(k)) common++;
  return common / Math.max(1, Math.min(x.size, y.size));
}

/** Reference targets the plan lowered or left out. Targets are paired by position when the counts agree, else by subject. */
export function targetChanges(reference: TargetModel[], plan: TargetModel[]): ValueChange[] {
  const out: ValueChange[] = [];
  reference.forEach((rt, i) => {
    const pt =
      reference.length === plan.length
        ? plan[i]
        : plan
            .map((p) => ({ p, s: subjectOverlap(rt.subject, p.subject) }))
            .filter((x) => x.s >= 0.5)
            .sort((a, b) => b.s - a.s)[0]?.p;
    if (!pt) {
      out.push({
        from: showTarget(rt),
        to: "",
        weakened: true,
        reason: { code: "targetGone", value: `${rt.value}${rt.unit}`, subject: rt.subject },
      });
      return;
    }
    if (pt.unit !== rt.unit || floor(pt) !== floor(rt)) {
      const weakened =
        pt.unit === rt.unit && rt.op !== "<" && rt.op !== "<=" ? floor(pt) < floor(rt) : true;
      out.push({
        from: showTarget(rt),
        to: showTarget(pt),
        weakened,
        reason: { code: "targetChanged", from: showTarget(rt), to: showTarget(pt) },
      });
    }
  });
  return out;
}

/** The last day an ISO year, month or date allows, for comparing "02/2026" with "2026". */
function lastDay(due: string): string {
  if (/^\d{4}$/.test(due)) return `${due}-12-31`;
  if (/^\d{4}-\d{2}$/.test(due)) {
    const [y, m] = due.split("-").map(Number);
    return `${due}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
  }
  return due;
}

const RECURRING = new Set<DeadlineModel["kind"]>(["continuous", "periodic"]);
const FREQUENCY = ["weekly", "monthly", "quarterly", "semiannual", "annual"];

function showDeadline(d: DeadlineModel): string {
  return d.raw ?? d.due ?? d.kind;
}

/** How a task's deadline changed, or null when it did not in substance. */
export function deadlineChange(ref: DeadlineModel, plan: DeadlineModel): ValueChange | null {
  const from = showDeadline(ref);
  const to = showDeadline(plan);
  if (ref.kind === "unspecified") return null;
  if (plan.kind === "unspecified")
    return { from, to, weakened: true, reason: { code: "noDeadline" } };
  if (ref.due && plan.due) {
    const a = lastDay(ref.due);
    const b = lastDay(plan.due);
    if (a === b) return null;
    return b > a
      ? { from, to, weakened: true, reason: { code: "dueLater", from: ref.due, to: plan.due } }
      : { from, to, weakened: false, reason: { code: "dueEarlier", from: ref.due, to: plan.due } };
  }
  if (ref.due && !plan.due)
    return { from, to, weakened: true, reason: { code: "dueBecameText", from: ref.due } };
  if (!ref.due && plan.due && RECURRING.has(ref.kind))
    return { from, to, weakened: true, reason: { code: "standingBecameOneOff", to: plan.due } };
  if (
    RECURRING.has(ref.kind) &&
    RECURRING.has(plan.kind) &&
    ref.recurrence &&
    plan.recurrence &&
    ref.recurrence !== plan.recurrence
  ) {
    const weakened = FREQUENCY.indexOf(plan.recurrence) > FREQUENCY.indexOf(ref.recurrence);
    return {
      from,
      to,
      weakened,
      reason: { code: "recurrenceChanged", from: ref.recurrence, to: plan.recurrence },
    };
  }
  return null;
}

/** A reporting date moved (reporting due: YYYY-MM-DD or --MM-DD). */
export function reportingChange(refDue: string | null, planDue: string | null): ValueChange | null {
  if (!refDue || refDue === planDue) return null;
  if (!planDue)
    return { from: refDue, to: "", weakened: true, reason: { code: "noReportingDate" } };
  const md = (d: string) => d.slice(-5);
  return {
    from: refDue,
    to: planDue,
    weakened: md(planDue) > md(refDue),
    reason: { code: "reportingMoved", from: refDue, to: planDue },
  };
}
