/**
 * structure: paragraphs of a plan body → metadata, sections, viewpoints,
 * objectives and implementation. Pure; returns data and diagnostics.
 */
import { diag, type Diagnostic } from "../diagnostics.js";
import type { PlanModel } from "../model/schema.js";
import { foldKey } from "../lexicon/text.js";
import type { Paragraph } from "../read/types.js";
import { fundingFrom, objectivesFrom, reportingFrom, subsections, viewpointsFrom } from "./content.js";
import { findHorizon, findImplements, findIssuer, findNumberAndDate, findSigner, findTitle } from "./metadata.js";
import { findSections, type SectionSpan } from "./sections.js";

export type BodyModel = Pick<PlanModel, "document" | "sections" | "viewpoints" | "objectives" | "implementation">;

export interface StructureResult {
  body: BodyModel;
  sections: SectionSpan[];
  diagnostics: Diagnostic[];
}

export function structureBody(paras: Paragraph[], file: string): StructureResult {
  const diagnostics: Diagnostic[] = [];
  const title = findTitle(paras, 40);
  const headerEnd = title.kindIndex >= 0 ? title.kindIndex : Math.min(8, paras.length);
  const header = paras.slice(0, headerEnd);
  const afterTitle = paras.slice(title.end, title.end + 3);
  const adoption = afterTitle.find((p) => /^\(?\s*(Kèm|Ban hành kèm)\s+theo/iu.test(p.text))?.text ?? null;
  const sections = findSections(paras, title.end);
  const firstSection = sections[0]?.start ?? paras.length;
  const preamble = paras.slice(title.end, firstSection).map((p) => p.text);
  const region = (s: SectionSpan | undefined) => (s ? paras.slice(s.start + 1, s.end) : []);
  const byRole = (role: SectionSpan["role"]) => sections.find((s) => s.role === role);

  const issuer = findIssuer(header, paras, title.title);
  const { number, date } = findNumberAndDate(header.map((p) => p.text).join(" "), adoption);
  const texts = [title.title ?? "", ...preamble];

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
      const sub = subsections(region(s)).find((x) => x.heading && /^QUAN DIEM\b/.test(foldKey(x.heading.text)));
      if (sub) {
        viewpoints = viewpointsFrom(sub.body);
        break;
      }
    }
    const purpose = byRole("purpose");
    if (!viewpoints.length && purpose) {
      const parts = subsections(region(purpose));
      const namedParts = parts.some((x) => x.heading && /^(MUC DICH|YEU CAU)\b/.test(foldKey(x.heading.text)));
      if (!namedParts) viewpoints = viewpointsFrom(region(purpose));
    }
  }

  let objectives: PlanModel["objectives"] = { general: null, specific: [] };
  const obSection = byRole("objectives");
  if (obSection) objectives = objectivesFrom(region(obSection));
  else {
    for (const s of sections) {
      const parts = subsections(region(s));
      const idx = parts.findIndex((x) => x.heading && /^MUC TIEU\b/.test(foldKey(x.heading.text)));
      if (idx >= 0) {
        objectives = objectivesFrom(parts.slice(idx).flatMap((x) => (x.heading ? [x.heading, ...x.body] : x.body)));
        break;
      }
    }
  }

  const impl = byRole("implementation");
  const implParas = impl ? region(impl) : paras.slice(firstSection);
  const implementation = { funding: fundingFrom(implParas), reporting: reportingFrom(implParas) };

  if (!sections.length) diagnostics.push(diag("warning", "no-sections", "found no numbered section headings (I., II., ...)", { file }));
  if (sections.length && !viewpoints.length) diagnostics.push(diag("warning", "no-viewpoints", "found no viewpoints (Quan điểm)", { file }));
  if (sections.length && !objectives.specific.length && !objectives.general) diagnostics.push(diag("warning", "no-objectives", "found no objectives (Mục tiêu)", { file }));

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
