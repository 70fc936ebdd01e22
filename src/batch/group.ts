/**
 * Many input files → plans. A body and its appendix are one plan when their
 * names say so ("hue-body.pdf" + "hue-appendix.pdf", "ke-hoach.docx" +
 * "ke-hoach-phu-luc.pdf"); the same document in several formats
 * ("hue-body.pdf", "hue-body.docx") is read once, from the best format,
 * when their contents agree: names only propose, the text decides.
 */
import { basename, dirname, extname, join } from "node:path";
import { APPENDIX_FILE_WORDS, BODY_FILE_WORDS } from "../lexicon/file-roles.js";
import { foldDiacritics } from "../lexicon/text.js";
import type { InputFile } from "../parse.js";

export type { InputFile };

export interface PlanGroup {
  /** The plan's name: the shared part of its files' names ("hue"). */
  key: string;
  files: InputFile[];
  /** Other copies of the same documents, left out (same name, another format), with the copy read instead. */
  skipped: { file: InputFile; sameAs: InputFile }[];
}

/**
 * Role words at the end of a file's name (slugged as names are), an appendix's maybe numbered; their
 * words may be run together as in "x-kehoach.docx", "x-phuluc.docx".
 */
const roleWords = (words: string[]) => words.map((w) => slugText(w).replace(/-/g, "-?")).join("|");
const APPENDIX = new RegExp(`(?:^|-)(?:${roleWords(APPENDIX_FILE_WORDS)})(?:-?\\d+)?$`);
const BODY = new RegExp(`(?:^|-)(?:${roleWords(BODY_FILE_WORDS)})$`);
/** When one document comes in several formats, read this one first: PDF keeps pages, DOCX structure, text least. */
const FORMAT_RANK = [".pdf", ".docx", ".txt", ".text"];

function slugText(text: string): string {
  return foldDiacritics(text.normalize("NFC"))
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function slug(path: string): string {
  return slugText(basename(path, extname(path)));
}

/** The plan a file belongs to and its role in it. */
export function planKey(path: string): { key: string; role: "body" | "appendix" } {
  let s = slug(path);
  let role: "body" | "appendix" = "body";
  for (let changed = true; changed; ) {
    changed = false;
    for (const [re, r] of [
      [APPENDIX, "appendix"],
      [BODY, "body"],
    ] as const) {
      const m = re.exec(s);
      if (m && m.index + m[0].length === s.length && m.index > 0) {
        s = s.slice(0, m.index);
        if (r === "appendix") role = r;
        changed = true;
      }
    }
  }
  return { key: join(dirname(path), s || slug(path)), role };
}

export function groupByPlan(files: InputFile[]): PlanGroup[] {
  const groups = new Map<string, Map<string, InputFile[]>>();
  for (const f of files) {
    const { key, role } = planKey(f.path);
    // Documents are "the same" when their names agree but for the extension.
    const doc = `${role}:${join(dirname(f.path), slug(f.path))}`;
    const docs = groups.get(key) ?? new Map<string, InputFile[]>();
    docs.set(doc, [...(docs.get(doc) ?? []), f]);
    groups.set(key, docs);
  }
  return [...groups].map(([key, docs]) => {
    const files: InputFile[] = [];
    const skipped: PlanGroup["skipped"] = [];
    for (const copies of docs.values()) {
      const [best, ...rest] = [...copies].sort((a, b) => rank(a.path) - rank(b.path));
      files.push(best);
      skipped.push(...rest.map((file) => ({ file, sameAs: best })));
    }
    // Body first, then appendices, as a user would name them on the command line.
    files.sort(
      (a, b) =>
        Number(planKey(a.path).role === "appendix") - Number(planKey(b.path).role === "appendix"),
    );
    return { key, files, skipped };
  });
}

function rank(path: string): number {
  const i = FORMAT_RANK.indexOf(extname(path).toLowerCase());
  return i < 0 ? FORMAT_RANK.length : i;
}

/**
 * Names propose, contents decide: a copy set aside as "the same document in
 * another format" is kept aside only when its text matches the copy read
 * instead; otherwise it is a plan of its own (three different PDFs whose
 * names fold to one slug are three plans).
 */
export async function confirmSameDocuments(
  groups: PlanGroup[],
  same: (a: InputFile, b: InputFile) => Promise<boolean>,
): Promise<PlanGroup[]> {
  const out: PlanGroup[] = [];
  for (const g of groups) {
    const skipped: PlanGroup["skipped"] = [];
    const own: PlanGroup[] = [];
    for (const s of g.skipped) {
      if (await same(s.file, s.sameAs)) skipped.push(s);
      else own.push({ key: g.key, files: [s.file], skipped: [] });
    }
    out.push({ ...g, skipped }, ...own);
  }
  return out;
}
