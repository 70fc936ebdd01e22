// Scores a parsed plan against a sweep layout's expected model, field by
// field. Tasks are paired by their words (not by id: a lost row shifts ids),
// independently of the parser's own diff code.

const norm = (s) => (s ?? "").normalize("NFC").replace(/\s+/g, " ").trim();
const words = (s) =>
  new Set(
    norm(s)
      .toLowerCase()
      .split(/[\s,.;:()"“”]+/)
      .filter(Boolean),
  );

function jaccard(a, b) {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / (a.size + b.size - n || 1);
}

/** Greedy one-to-one pairing by word overlap, best pairs first. */
function pair(want, got) {
  const W = want.map((t) => words(t.text)),
    G = got.map((t) => words(t.text));
  const cands = [];
  W.forEach((w, i) => {
    G.forEach((g, j) => {
      const s = jaccard(w, g);
      if (s >= 0.5) cands.push([s, i, j]);
    });
  });
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const used = new Set(),
    pairs = new Map();
  for (const [, i, j] of cands) {
    if (pairs.has(i) || used.has(j)) continue;
    pairs.set(i, j);
    used.add(j);
  }
  return pairs;
}

export const FIELDS = [
  "taskF1",
  "group",
  "parent",
  "text",
  "deadlineRaw",
  "deadlineKind",
  "deadlineDue",
  "output",
  "lead",
  "coordinate",
  "extraColumns",
];

/**
 * Per field: [right, out of]. taskF1 is [2·matched, want + got] so that
 * pooled sums give the pooled F1.
 */
export function scorePlan(expected, plan) {
  const got = plan?.tasks ?? [];
  const titleOf = new Map((plan?.taskGroups ?? []).map((g) => [g.id, norm(g.title)]));
  const textOf = new Map(got.map((t) => [t.id, norm(t.text)]));
  const want = expected.tasks;
  const pairs = pair(want, got);
  const s = Object.fromEntries(FIELDS.map((f) => [f, [0, 0]]));
  s.taskF1 = [2 * pairs.size, want.length + got.length];
  const hasExtra = want.some((t) => "funding" in t || "note" in t || "extra" in t);
  want.forEach((w, i) => {
    const g = pairs.has(i) ? got[pairs.get(i)] : null;
    const check = (field, ok) => {
      s[field][1]++;
      if (g && ok()) s[field][0]++;
    };
    check("group", () => norm(expected.taskGroups[w.group].title) === titleOf.get(g.group));
    check("parent", () =>
      w.parent === null ? g.parent === null : norm(w.parent) === textOf.get(g.parent),
    );
    check("text", () => norm(w.text) === norm(g.text));
    check("deadlineRaw", () => norm(w.deadline.raw) === norm(g.deadline.raw));
    if (w.deadline.kind) {
      check("deadlineKind", () => w.deadline.kind === g.deadline.kind);
      check("deadlineDue", () => w.deadline.due === g.deadline.due);
    }
    check("output", () => norm(w.output) === norm(g.output));
    const list = (xs) => (xs ?? []).map(norm).join(" | ");
    check("lead", () => list(w.lead) === list(g.lead));
    check("coordinate", () => list(w.coordinate) === list(g.coordinate));
    if (hasExtra) {
      check(
        "extraColumns",
        () =>
          ["funding", "note"].every((k) => !(k in w) || norm(w[k]) === norm(g[k])) &&
          (!("extra" in w) || JSON.stringify(w.extra) === JSON.stringify(g.extra ?? {})),
      );
    }
  });
  return s;
}

export function addScores(into, s) {
  for (const f of FIELDS) {
    into[f] ??= [0, 0];
    into[f][0] += s[f][0];
    into[f][1] += s[f][1];
  }
  return into;
}

export const ratio = ([a, b]) => (b ? a / b : null);
