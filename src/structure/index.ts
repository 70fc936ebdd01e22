/**
 * structure: paragraphs of a plan body → metadata, sections, viewpoints,
 * objectives and implementation. Pure; returns data and diagnostics.
 */
import { diag, type Diagnostic } from "../diagnostics.js";
import { APPENDIX_HEADING, THE_PLAN_ITSELF } from "../lexicon/documents.js";
import type { PlanModel } from "../model/schema.js";
import { foldKey, isCapitals } from "../lexicon/text.js";
import type { Paragraph } from "../read/types.js";
import { fundingFrom, objectivesFrom, subsections, viewpointsFrom } from "./content.js";
import { reportingFrom } from "./reporting.js";
import {
  findHorizon,
  findImplements,
  findIssuer,
  findNumberAndDate,
  findSigner,
  findTitle,
  type KindWords,
} from "./metadata.js";
import { findSections, isSubHeading, type SectionSpan } from "./sections.js";

export type BodyModel = Pick<
  PlanModel,
  "document" | "sections" | "viewpoints" | "objectives" | "implementation"
>;

export interface StructureResult {
  body: BodyModel;
  sections: SectionSpan[];
  diagnostics: Diagnostic[];
  /** Set when the file is an act that adopts a plan given in another file. */
  adoptingAct?: AdoptingAct;
}

/**
 * A Quyết định or Nghị quyết that adopts a plan ("Điều 1. Ban hành kèm theo
 * Nghị quyết này Chương trình hành động ...") is modelled as the plan it
 * adopts: the plan's sections, viewpoints, objectives and implementation; the
 * adopting act's kind, issuer and signer, and its number and date where the
 * plan carries none; the title as Điều 1 names the plan.
 */
export function structureBody(paras: Paragraph[], file: string): StructureResult {
  const adopted = findAdopted(paras);
  if (!adopted) return structurePart(paras, file);
  if (adopted.start === null) {
    // The act alone, its plan in another file: the act's own metadata, for assemble to put on the plan.
    const own = structurePart(paras, file);
    return { ...own, adoptingAct: adoptingAct(paras, adopted.title) };
  }
  const plan = structurePart(paras.slice(adopted.start), file, ADOPTED_KINDS);
  const document = adoptedDocument(
    plan.body.document,
    adoptingAct(paras.slice(0, adopted.start), adopted.title),
  );
  const start = adopted.start;
  const shift = (s: SectionSpan) => ({ ...s, start: s.start + start, end: s.end + start });
  return { ...plan, body: { ...plan.body, document }, sections: plan.sections.map(shift) };
}

/** What an adopting act says of itself and of the plan it adopts. */
export interface AdoptingAct {
  kind: PlanModel["document"]["kind"];
  /** The plan as Điều 1 names it. */
  planTitle: string;
  issuer: ReturnType<typeof findIssuer>;
  number: string | null;
  date: string | null;
  signer: PlanModel["document"]["signer"];
}

function adoptingAct(act: Paragraph[], planTitle: string): AdoptingAct {
  const title = findTitle(act, 40);
  const header = act.slice(0, title.kindIndex >= 0 ? title.kindIndex : Math.min(8, act.length));
  const own = findNumberAndDate(header.map((p) => p.text).join(" "), null);
  return {
    kind: title.kind,
    planTitle,
    issuer: findIssuer(header, act, planTitle),
    number: own.number,
    date: own.date,
    signer: findSigner(act),
  };
}

/** The adopted plan's metadata, completed by the act that adopts it (one file or two). */
export function adoptedDocument(
  doc: PlanModel["document"],
  act: AdoptingAct,
): PlanModel["document"] {
  return {
    ...doc,
    kind: act.kind,
    // The plan's own title under its kind word ("CHƯƠNG TRÌNH" / "Hành động của ..."); a heading all in
    // capitals is better read as Điều 1 names the plan.
    title: doc.title && !isCapitals(doc.title) ? doc.title : act.planTitle,
    issuer: doc.issuer ?? act.issuer.issuer,
    level: doc.issuer ? doc.level : act.issuer.level,
    locality: doc.issuer ? doc.locality : act.issuer.locality,
    number: doc.number ?? act.number,
    date: doc.date ?? act.date,
    implements: doc.implements.length ? doc.implements : findImplements([act.planTitle]),
    horizon: doc.horizon ?? findHorizon([act.planTitle]),
    signer: act.signer ?? doc.signer,
  };
}

/** Kind words of an adopted document's own heading. */
const ADOPTED_KINDS: KindWords = [
  ["plan", /^KE HOACH\b/],
  ["plan", /^CHUONG TRINH\b/],
];

/**
 * "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch ...", and where the adopted plan's own heading
 * starts (null: not in this file).
 */
function findAdopted(paras: Paragraph[]): { start: number | null; title: string } | null {
  const title = findTitle(paras, 40);
  if (title.kind !== "decision" && title.kind !== "resolution") return null;
  for (let i = title.end; i < Math.min(paras.length, title.end + 40); i++) {
    const m =
      /^Điều\s+1\s*[.:]?\s*(?:Ban hành|Phê duyệt)\s+kèm\s+theo\s+(?:Quyết định|Nghị quyết)\s+này\s+(.+?)\.?$/iu.exec(
        paras[i].text,
      );
    if (!m || !/^(Kế hoạch|Chương trình)\s/iu.test(m[1])) continue;
    // The adopted plan's heading follows the act's signature block: "KẾ HOẠCH" or "CHƯƠNG TRÌNH ..." in capitals.
    for (let j = i + 1; j < paras.length; j++) {
      const p = paras[j];
      // Điều 1 ends where Điều 2 begins, when a reader ran them into one paragraph.
      const name = m[1].split(/\.\s+Điều\s+\d/u)[0].trim();
      if (!p.label && isCapitals(p.text) && /^(KE HOACH|CHUONG TRINH)\b/.test(foldKey(p.text)))
        return { start: j, title: name };
    }
    return { start: null, title: m[1].split(/\.\s+Điều\s+\d/u)[0].trim() };
  }
  return null;
}

/**
 * What follows the body: an appendix's text (a report outline, blank forms)
 * and footnotes. Their own headings are not the plan's sections; what the
 * model cannot hold is named in a warning, never dropped in silence.
 */
function afterBody(paras: Paragraph[], from: number): { end: number; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const where = (p: Paragraph) => ({
    ...(p.page ? { page: p.page } : {}),
    ...(p.line ? { line: p.line } : {}),
  });
  for (const p of paras) {
    if (/^\[\d{1,3}\]\s+\S/u.test(p.text))
      diagnostics.push(
        diag(
          "warning",
          "unplaced-text",
          `a footnote has no place in the model: "${p.text.slice(0, 80)}"`,
          where(p),
        ),
      );
  }
  const start = paras.findIndex(
    (p, i) => i > from && !p.label && p.text.length <= 200 && APPENDIX_HEADING.test(p.text),
  );
  if (start < 0) return { end: paras.length, diagnostics };
  // Caption lines (capitals, "(Kèm theo ...)") and footnotes are not content; a task table is read apart.
  const content = paras
    .slice(start + 1)
    .filter(
      (p) => !isCapitals(p.text) && !/^\(.*\)$/.test(p.text) && !/^\[\d{1,3}\]\s/.test(p.text),
    );
  if (content.length) {
    const p = paras[start];
    diagnostics.push(
      diag(
        "warning",
        "unplaced-text",
        `the appendix "${p.text.slice(0, 80)}" has no task table; its ${content.length} paragraph(s) are not in the model`,
        where(p),
      ),
    );
  }
  return { end: start, diagnostics };
}

function structurePart(all: Paragraph[], file: string, kinds?: KindWords): StructureResult {
  const title0 = findTitle(all, 40, kinds);
  const after = afterBody(
    all,
    Math.max(title0.end, findSections(all, title0.end)[0]?.start ?? all.length),
  );
  const paras = all.slice(0, after.end);
  const diagnostics: Diagnostic[] = after.diagnostics.map((d) => ({ ...d, file }));
  const title = findTitle(paras, 40, kinds);
  const headerEnd = title.kindIndex >= 0 ? title.kindIndex : Math.min(8, paras.length);
  const header = paras.slice(0, headerEnd);
  const afterTitle = paras.slice(title.end, title.end + 3);
  const adoption =
    afterTitle.find((p) => /^\(?\s*(Kèm|Ban hành kèm)\s+theo/iu.test(p.text))?.text ??
    title.note ??
    null;
  const sections = findSections(paras, title.end);
  const firstSection = sections[0]?.start ?? paras.length;
  const preamble = paras.slice(title.end, firstSection).map((p) => p.text);
  const region = (s: SectionSpan | undefined) => (s ? paras.slice(s.start + 1, s.end) : []);
  const byRole = (role: SectionSpan["role"]) => sections.find((s) => s.role === role);

  const issuer = findIssuer(header, paras, title.title);
  const { number, date } = findNumberAndDate(header.map((p) => p.text).join(" "), adoption);
  // The adoption note names the act that adopts the plan, not one it implements.
  // A party act in the note ("Ban hành kèm theo Nghị quyết số 35-NQ/TU") adopted what the plan implements.
  const adoptedBy = adoption && !/số\s+\d+\s*-\s*[\p{Lu}Đ]+\s*\//u.test(adoption) ? adoption : null;
  const texts = [title.title ?? "", ...preamble.filter((t) => t !== adoptedBy)];

  const document: PlanModel["document"] = {
    kind: title.kind,
    title: title.title,
    issuer: issuer.issuer,
    level: issuer.level,
    locality: issuer.locality,
    number,
    date,
    implements: findImplements(texts),
    horizon: findHorizon(texts),
    signer: findSigner(paras),
  };

  // Viewpoints: their own section; else a "Quan điểm" sub-part; else the numbered items of "Mục đích, yêu cầu".
  let viewpoints: PlanModel["viewpoints"] = [];
  const vpSection = byRole("viewpoints");
  if (vpSection) viewpoints = viewpointsFrom(region(vpSection));
  else {
    for (const s of sections) {
      const sub = subsections(region(s)).find(
        (x) => x.heading && /^QUAN DIEM\b/.test(foldKey(x.heading.text)),
      );
      if (sub) {
        viewpoints = viewpointsFrom(sub.body);
        break;
      }
    }
    const purpose = byRole("purpose");
    if (!viewpoints.length && purpose) {
      const parts = subsections(region(purpose));
      const namedParts = parts.some(
        (x) => x.heading && /^(MUC DICH|YEU CAU)\b/.test(foldKey(x.heading.text)),
      );
      // Items that speak of the plan itself ("Kế hoạch phải ...", "Việc ban hành Chương trình ...") are its
      // purposes and requirements, not viewpoints; and an item heading objectives is not one either.
      const part = region(purpose);
      const objectivesAt = part.findIndex(
        (p) => isSubHeading(p) && /\b(MUC TIEU|CHI TIEU)\b/.test(foldKey(p.text)),
      );
      const candidates = viewpointsFrom(objectivesAt >= 0 ? part.slice(0, objectivesAt) : part);
      const aboutPlan = candidates.filter((v) =>
        THE_PLAN_ITSELF.test(foldKey(v.text).split(" ").slice(0, 8).join(" ")),
      );
      if (!namedParts && aboutPlan.length * 2 < candidates.length) viewpoints = candidates;
    }
  }

  let objectives: PlanModel["objectives"] = { general: null, specific: [] };
  const obSection = byRole("objectives");
  if (obSection) objectives = objectivesFrom(region(obSection));
  else {
    for (const s of sections) {
      const parts = subsections(region(s));
      // "Mục tiêu", or a sub-heading that announces them ("4. Phấn đấu đạt các mục tiêu, chỉ tiêu ...").
      const idx = parts.findIndex(
        (x) =>
          x.heading &&
          /^MUC TIEU\b|^PHA?N DAU DAT (CAC |DUOC )?(MUC TIEU|CHI TIEU)\b/.test(
            foldKey(x.heading.text),
          ),
      );
      if (idx >= 0) {
        objectives = objectivesFrom(
          parts.slice(idx).flatMap((x) => (x.heading ? [x.heading, ...x.body] : x.body)),
        );
        break;
      }
    }
  }

  const impl = byRole("implementation");
  const implParas = impl ? region(impl) : paras.slice(firstSection);
  // A "KINH PHÍ" or "CHẾ ĐỘ BÁO CÁO" section of its own says the funding or the reporting duties too.
  const fundingSection = byRole("funding");
  const reportingParas = sections.filter((s) => s.role === "reporting").flatMap(region);
  const implementation = {
    funding:
      fundingFrom(implParas) ?? (fundingSection ? sectionText(region(fundingSection)) : null),
    reporting: reportingFrom(impl ? [...implParas, ...reportingParas] : implParas),
  };

  if (!sections.length)
    diagnostics.push(
      diag("warning", "no-sections", "found no numbered section headings (I., II., ...)", { file }),
    );
  if (sections.length && !viewpoints.length)
    diagnostics.push(diag("warning", "no-viewpoints", "found no viewpoints (Quan điểm)", { file }));
  if (sections.length && !objectives.specific.length && !objectives.general)
    diagnostics.push(diag("warning", "no-objectives", "found no objectives (Mục tiêu)", { file }));

  return {
    body: {
      document,
      sections: sections.map((s) => ({ number: s.number, heading: s.heading, role: s.role })),
      viewpoints,
      objectives,
      implementation,
    },
    sections,
    diagnostics,
  };
}

/** A section's paragraphs as one text, list labels kept so that its items still read as a list. */
function sectionText(paras: Paragraph[]): string | null {
  const text = paras
    .map((p) => (p.label ? `${p.label} ${p.text}` : p.text))
    .join(" ")
    .trim();
  return text || null;
}
