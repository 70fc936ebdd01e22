/**
 * diff: two plan models → typed findings. The first is the reference (the
 * bundled Resolution 397, or any plan); the second is compared with it.
 * Sections are aligned one to one (align.ts) by similarity (similarity.ts),
 * with a bonus where the numbering agrees and, for tasks, where their groups
 * were matched; then each matched pair is compared field by field.
 */
import type { BasisModel, PlanModel, TaskModel } from "../model/schema.js";
import { findTargets } from "../model/targets.js";
import { align, MATCH_THRESHOLD, type Pair } from "./align.js";
import { compareLeads } from "./agencies.js";
import { deadlineChange, reportingChange, targetChanges, type ValueChange } from "./changes.js";
import { comparable, placeKeys } from "./normalize.js";
import { phraseChanges } from "./phrases.js";
import { similarityMatrix } from "./similarity.js";
import { alignSparse, DENSE_CELLS } from "./sparse.js";
import type {
  DiffResult,
  DiffSection,
  DocumentSummary,
  ElementRef,
  ElementResult,
  Finding,
  FindingKind,
  FindingReason,
  TaskPair,
} from "./types.js";

export * from "./types.js";

/** Added to the similarity of two elements with the same number, or of two tasks in matched groups. */
const NUMBER_BONUS = 0.1;
const GROUP_BONUS = 0.1;
/** Added to the similarity of two reporting duties with the same recurrence, and again with the same date. */
const RHYTHM_BONUS = 0.25;

interface Element {
  id: string;
  text: string;
  number?: number;
  basis?: BasisModel;
  file?: string;
  page?: number;
}

export interface NamedPlan {
  name: string;
  plan: PlanModel;
}

export function diffPlans(reference: NamedPlan, plan: NamedPlan): DiffResult {
  const places = placeKeys(reference.plan.document.locality, plan.plan.document.locality);
  const ctx = new Context(reference, plan, places);

  ctx.section(
    "viewpoints",
    reference.plan.viewpoints.map(viewpoint),
    plan.plan.viewpoints.map(viewpoint),
  );
  const general = (p: PlanModel): Element[] =>
    p.objectives.general
      ? [{ id: "general", text: p.objectives.general, basis: p.objectives.generalBasis }]
      : [];
  // There is one general objective on each side: they are the same element however far reworded.
  ctx.section("general", general(reference.plan), general(plan.plan), undefined, true, 0);
  const objectives = ctx.section(
    "objectives",
    reference.plan.objectives.specific.map(objective),
    plan.plan.objectives.specific.map(objective),
  );
  for (const { ref, plan: p, score } of objectives.pairs) {
    const r = reference.plan.objectives.specific[ref];
    const q = plan.plan.objectives.specific[p];
    ctx.values(
      "targetChanged",
      "objectives",
      r.id,
      q.id,
      score,
      targetChanges(r.targets, q.targets),
    );
  }

  const hasTasks = (p: PlanModel) => p.tasks.length > 0 || p.taskGroups.length > 0;
  if (hasTasks(reference.plan) && !hasTasks(plan.plan)) {
    ctx.absent(["taskGroups", "tasks"], { code: "noTaskTable" });
  } else if (!hasTasks(reference.plan) && hasTasks(plan.plan)) {
    const { taskGroups, tasks } = plan.plan;
    ctx.note("added", "tasks", {
      code: "referenceNoTaskTable",
      groups: taskGroups.length,
      tasks: tasks.length,
    });
  } else {
    const groups = ctx.section(
      "taskGroups",
      reference.plan.taskGroups.map(group),
      plan.plan.taskGroups.map(group),
    );
    const groupMatch = new Map(
      groups.pairs.map((g) => [
        reference.plan.taskGroups[g.ref].id,
        plan.plan.taskGroups[g.plan].id,
      ]),
    );
    const sameGroup = (r: TaskModel, q: TaskModel) =>
      r.group !== null && groupMatch.get(r.group) === q.group;
    const tasks = ctx.section(
      "tasks",
      reference.plan.tasks.map((t) => task(t, reference.name)),
      plan.plan.tasks.map((t) => task(t, plan.name)),
      (i, j) => (sameGroup(reference.plan.tasks[i], plan.plan.tasks[j]) ? GROUP_BONUS : 0),
    );
    for (const { ref, plan: p, score } of tasks.pairs) {
      const r = reference.plan.tasks[ref];
      const q = plan.plan.tasks[p];
      // `targets` is optional on tasks: a hand-written model may leave it out, so read them from the text then.
      ctx.values(
        "targetChanged",
        "tasks",
        r.id,
        q.id,
        score,
        targetChanges(r.targets ?? findTargets(r.text), q.targets ?? findTargets(q.text)),
      );
      const due = deadlineChange(r.deadline, q.deadline);
      ctx.values("deadlineChanged", "tasks", r.id, q.id, score, due ? [due] : []);
      const lead = compareLeads(r.lead, q.lead);
      ctx.pair(taskPair(r, q, due !== null, lead.change !== null, ctx.places));
      if (lead.change) {
        const to = q.lead.join("; ");
        const reason: FindingReason =
          lead.change === "dropped"
            ? { code: "leadDropped" }
            : lead.change === "generalised"
              ? { code: "leadGeneralised", missing: lead.missing }
              : { code: "leadUnmatched", missing: lead.missing };
        ctx.values("leadChanged", "tasks", r.id, q.id, score, [
          { from: r.lead.join("; "), to, weakened: true, reason },
        ]);
      }
    }
  }

  const reporting = (p: PlanModel): Element[] =>
    p.implementation.reporting.map((d, i) => ({ id: `rp-${i + 1}`, text: d.text, basis: d.basis }));
  const refDuties = reference.plan.implementation.reporting;
  const planDuties = plan.plan.implementation.reporting;
  // Reporting clauses are worded freely; the rhythm and the date say more than the words, and their wording is not compared.
  const duties = ctx.section(
    "reporting",
    reporting(reference.plan),
    reporting(plan.plan),
    (i, j) =>
      (refDuties[i].recurrence && refDuties[i].recurrence === planDuties[j].recurrence
        ? RHYTHM_BONUS
        : 0) + (refDuties[i].due && refDuties[i].due === planDuties[j].due ? RHYTHM_BONUS : 0),
    false,
  );
  for (const { ref, plan: p, score } of duties.pairs) {
    const change = reportingChange(
      reference.plan.implementation.reporting[ref].due,
      plan.plan.implementation.reporting[p].due,
    );
    ctx.values(
      "deadlineChanged",
      "reporting",
      `rp-${ref + 1}`,
      `rp-${p + 1}`,
      score,
      change ? [change] : [],
    );
  }
  return ctx.result();
}

/** Both tasks cell by cell; a cell is changed when the diff found a change of substance in it. */
function taskPair(
  r: TaskModel,
  q: TaskModel,
  deadlineChanged: boolean,
  leadChanged: boolean,
  places: ReadonlySet<string>,
): TaskPair {
  const same = (a: string, b: string) => comparable(a) === comparable(b);
  const phrases = phraseChanges(r.text, q.text, places);
  const cell = (reference: string, plan: string, changed: boolean) => ({
    reference,
    plan,
    changed,
  });
  return {
    referenceId: r.id,
    planId: q.id,
    ...(q.source?.file ? { file: q.source.file } : {}),
    ...(q.source?.page !== undefined ? { page: q.source.page } : {}),
    text: cell(r.text, q.text, phrases.dropped.length + phrases.added.length > 0),
    deadline: cell(r.deadline.raw ?? "", q.deadline.raw ?? "", deadlineChanged),
    lead: cell(r.lead.join("; "), q.lead.join("; "), leadChanged),
    output: cell(r.output ?? "", q.output ?? "", !same(r.output ?? "", q.output ?? "")),
  };
}

function viewpoint(v: PlanModel["viewpoints"][number]): Element {
  return { id: v.id, text: v.text, number: v.number, basis: v.basis };
}
function objective(o: PlanModel["objectives"]["specific"][number]): Element {
  return { id: o.id, text: o.text, number: Number(o.id.slice(3)), basis: o.basis };
}
function group(g: PlanModel["taskGroups"][number]): Element {
  return { id: g.id, text: g.title, number: g.number, basis: g.basis };
}
function task(t: TaskModel, file: string): Element {
  return {
    id: t.id,
    text: t.text,
    basis: t.basis,
    file: t.source?.file ?? file,
    page: t.source?.page,
  };
}

/** Collects findings and element statuses while the sections are compared. */
class Context {
  private readonly findings: Finding[] = [];
  private readonly elements: ElementResult[] = [];
  private readonly refs = new Map<string, Element>();
  private readonly plans = new Map<string, Element>();
  private readonly pairs: TaskPair[] = [];

  constructor(
    private readonly reference: NamedPlan,
    private readonly plan: NamedPlan,
    readonly places: ReadonlySet<string>,
  ) {}

  pair(p: TaskPair) {
    this.pairs.push(p);
  }

  /** Align one section, report missing, added, ambiguous and reworded elements; return the alignment for field checks. */
  section(
    section: DiffSection,
    ref: Element[],
    plan: Element[],
    bonus: (i: number, j: number) => number = () => 0,
    comparePhrases = true,
    threshold = MATCH_THRESHOLD,
  ) {
    for (const e of ref) this.refs.set(`${section}:${e.id}`, e);
    for (const e of plan) this.plans.set(`${section}:${e.id}`, e);
    const sameNumber = (i: number, j: number) =>
      ref[i].number !== undefined && ref[i].number === plan[j].number;
    const scored = (s: number, i: number, j: number) =>
      Math.min(1, s + (sameNumber(i, j) ? NUMBER_BONUS : 0) + bonus(i, j));
    const { alignment, bestRef, bestPlan } = alignSection(
      ref.map((e) => e.text),
      plan.map((e) => e.text),
      scored,
      threshold,
    );
    const status = new Map<number, Pair>(alignment.pairs.map((p) => [p.ref, p]));
    for (const i of alignment.unmatchedRef) {
      const reason = { code: "noCounterpart" } as const;
      this.add(section, "missing", ref[i], null, 1 - bestRef(i), { reason });
    }
    for (const j of alignment.unmatchedPlan) {
      const reason = { code: "notInReference" } as const;
      this.add(section, "added", null, plan[j], 1 - bestPlan(j), { reason });
    }
    for (const p of alignment.pairs) {
      const r = ref[p.ref];
      const q = plan[p.plan];
      const rivals = [
        ...p.rivals.plan.map((j) => plan[j].id),
        ...p.rivals.ref.map((i) => ref[i].id),
      ];
      if (rivals.length)
        this.add(section, "ambiguousMatch", r, q, p.score, {
          reason: { code: "narrowMatch", rivals },
        });
      if (!comparePhrases) continue;
      const { dropped, added } = phraseChanges(r.text, q.text, this.places);
      if (dropped.length)
        this.add(section, "phraseDropped", r, q, p.score, {
          dropped,
          reason: { code: "phrasesDropped", count: dropped.length },
        });
      if (added.length)
        this.add(section, "phraseAdded", r, q, p.score, {
          added,
          reason: { code: "phrasesAdded", count: added.length },
        });
    }
    for (let i = 0; i < ref.length; i++) {
      const p = status.get(i);
      const q = p ? plan[p.plan] : undefined;
      this.elements.push({
        section,
        referenceId: ref[i].id,
        text: ref[i].text,
        planId: q?.id ?? null,
        status: p ? "kept" : "missing",
        score: p ? round(p.score) : null,
        ...(q
          ? {
              plan: {
                file: q.file ?? this.plan.name,
                ...(q.page !== undefined ? { page: q.page } : {}),
              },
            }
          : {}),
      });
    }
    return alignment;
  }

  /** Value findings (targets, deadlines, leads) for a matched pair. */
  values(
    kind: FindingKind,
    section: DiffSection,
    refId: string,
    planId: string,
    score: number,
    changes: ValueChange[],
  ) {
    for (const c of changes)
      this.add(
        section,
        kind,
        this.refs.get(`${section}:${refId}`)!,
        this.plans.get(`${section}:${planId}`)!,
        score,
        {
          from: c.from,
          to: c.to,
          weakened: c.weakened,
          reason: c.reason,
        },
      );
  }

  /** A finding about a whole part rather than one element. */
  note(kind: FindingKind, section: DiffSection, reason: FindingReason) {
    this.findings.push({
      kind,
      section,
      referenceId: null,
      planId: null,
      dropped: [],
      added: [],
      reference: null,
      plan: null,
      confidence: 1,
      reason,
    });
  }

  /** A whole part missing from the plan: one finding, and its elements marked absent rather than each missing. */
  absent(sections: DiffSection[], reason: FindingReason) {
    this.note("missing", sections[sections.length - 1], reason);
    const lists: Partial<Record<DiffSection, { id: string; text: string }[]>> = {
      taskGroups: this.reference.plan.taskGroups.map((g) => ({ id: g.id, text: g.title })),
      tasks: this.reference.plan.tasks,
    };
    for (const s of sections)
      for (const e of lists[s] ?? [])
        this.elements.push({
          section: s,
          referenceId: e.id,
          text: e.text,
          planId: null,
          status: "absent",
          score: null,
        });
  }

  private add(
    section: DiffSection,
    kind: FindingKind,
    ref: Element | null,
    plan: Element | null,
    confidence: number,
    extra: Partial<Finding> & { reason: FindingReason },
  ) {
    this.findings.push({
      kind,
      section,
      referenceId: ref?.id ?? null,
      planId: plan?.id ?? null,
      dropped: [],
      added: [],
      reference: ref ? cite(ref, this.reference.name) : null,
      plan: plan ? cite(plan, this.plan.name) : null,
      confidence: round(Math.max(0, Math.min(1, confidence))),
      ...(ref?.basis ? { referenceBasis: ref.basis.status } : {}),
      ...extra,
    });
  }

  result(): DiffResult {
    const changed = new Set(
      this.findings
        .filter((f) => f.referenceId && f.planId && f.kind !== "ambiguousMatch")
        .map((f) => `${f.section}:${f.referenceId}`),
    );
    for (const e of this.elements)
      if (e.status === "kept" && changed.has(`${e.section}:${e.referenceId}`)) e.status = "changed";
    const summary = (n: NamedPlan): DocumentSummary => {
      const d = n.plan.document;
      return {
        name: n.name,
        title: d.title,
        locality: d.locality,
        issuer: d.issuer,
        level: d.level,
        number: d.number,
        date: d.date,
        basis: basisCounts(n.plan),
      };
    };
    const order = new Map(this.reference.plan.tasks.map((t, i) => [t.id, i]));
    const taskPairs = [...this.pairs].sort(
      (a, b) => (order.get(a.referenceId) ?? 0) - (order.get(b.referenceId) ?? 0),
    );
    return {
      reference: summary(this.reference),
      plan: summary(this.plan),
      findings: this.findings,
      elements: this.elements,
      taskPairs,
    };
  }
}

/**
 * Align one section's texts: the dense matrix and one Hungarian while the
 * section is small (every corpus plan), the sparse path of sparse.ts beyond.
 */
function alignSection(
  ref: string[],
  plan: string[],
  scored: (sim: number, i: number, j: number) => number,
  threshold: number,
) {
  if (ref.length * plan.length > DENSE_CELLS) {
    const sparse = alignSparse(ref, plan, scored, threshold);
    return {
      alignment: sparse.alignment,
      bestRef: (i: number) => sparse.bestRef[i],
      bestPlan: (j: number) => sparse.bestPlan[j],
    };
  }
  const sim = similarityMatrix(ref, plan);
  const scores = sim.map((row, i) => row.map((s, j) => scored(s, i, j)));
  return {
    alignment: align(scores, plan.length, threshold),
    bestRef: (i: number) => Math.max(0, ...sim[i]),
    bestPlan: (j: number) => Math.max(0, ...sim.map((row) => row[j])),
  };
}

/** Found and inferred elements of a reference that says where its wording comes from; null when no element says. */
function basisCounts(p: PlanModel): DocumentSummary["basis"] {
  const all = [
    ...p.viewpoints,
    ...p.objectives.specific,
    ...p.taskGroups,
    ...p.tasks,
    ...p.implementation.reporting,
    ...(p.objectives.generalBasis ? [{ basis: p.objectives.generalBasis }] : []),
  ].map((e) => e.basis?.status);
  const found = all.filter((s) => s === "found").length;
  const inferred = all.filter((s) => s === "inferred").length;
  return found + inferred ? { found, inferred } : null;
}

function cite(e: Element, file: string): ElementRef {
  return {
    id: e.id,
    text: e.text,
    file: e.file ?? file,
    ...(e.page !== undefined ? { page: e.page } : {}),
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
