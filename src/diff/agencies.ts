/**
 * Lead agencies across levels: a ministry (Bộ) and the provincial bodies that
 * carry its work locally are one "family", so that "Bộ Y tế" in the reference
 * and "Sở Y tế" in a province's plan are the same lead, as are "Bộ Công an"
 * and "Công an tỉnh/thành phố", or "Bộ Tài chính" and the local tax and
 * customs offices. Generic leads ("Các bộ, ngành, địa phương", "Các sở,
 * ngành") are a family of their own.
 */
import { AGENCY_FAMILIES, LEVEL_WORDS } from "../lexicon/agencies.js";
import { comparable } from "./normalize.js";

const FAMILIES = AGENCY_FAMILIES.map(
  ([name, prefixes]) => [name, prefixes.map(comparable)] as const,
);
const LEVEL_PREFIX = new Set(LEVEL_WORDS.map(comparable));

function startsWithWords(key: string, prefix: string): boolean {
  return key.startsWith(prefix) && (key.length === prefix.length || key[prefix.length] === " ");
}

/** One agency's family key: a named family, else the words after "Bộ"/"Sở"/"Ban" (so "Bộ Y tế" ~ "Sở Y tế"). */
export function agencyFamily(agency: string): string {
  const key = comparable(agency);
  for (const [name, prefixes] of FAMILIES)
    if (prefixes.some((p) => startsWithWords(key, p))) return name;
  const [first, ...rest] = key.split(" ");
  return LEVEL_PREFIX.has(first) && rest.length ? rest.join(" ") : key;
}

/** Whether two family keys name the same body: equal, or one's words contain the other's ("văn hóa thể thao" ⊂ "văn hóa thể thao và du lịch"). */
function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === "generic" || b === "generic" || a.length < 4 || b.length < 4) return false;
  return a.startsWith(b) || b.startsWith(a);
}

export interface LeadComparison {
  /** Reference lead families with no counterpart in the plan. */
  missing: string[];
  /** How the lead changed, in words, or null when it did not. */
  change: "dropped" | "generalised" | "reassigned" | null;
}

/**
 * Compare leads. A plan that names specific bodies where the reference says
 * "all ministries and localities" keeps the duty; one that says "the
 * departments" where the reference names a ministry has diluted it.
 */
export function compareLeads(reference: string[], plan: string[]): LeadComparison {
  if (!reference.length) return { missing: [], change: null };
  if (!plan.length) return { missing: reference, change: "dropped" };
  const refFamilies = reference.map(agencyFamily);
  const planFamilies = plan.map(agencyFamily);
  if (refFamilies.every((f) => f === "generic")) return { missing: [], change: null };
  const missing = reference.filter(
    (_, i) =>
      refFamilies[i] !== "generic" && !planFamilies.some((p) => sameFamily(refFamilies[i], p)),
  );
  if (!missing.length) return { missing, change: null };
  return {
    missing,
    change: planFamilies.every((f) => f === "generic") ? "generalised" : "reassigned",
  };
}
