/**
 * Document metadata from the header block, the title, the preamble and the
 * signature block: kind, title, issuer, level, locality, number, date,
 * implemented acts, horizon, signer.
 */
import type { DocumentMetaModel } from "../model/schema.js";
import { foldKey, isCapitals } from "../lexicon/text.js";
import type { Paragraph } from "../read/types.js";
import { DEPARTMENT, MOTTOS } from "../lexicon/documents.js";
import { agencyCase } from "./agency-case.js";

export type KindWords = [DocumentMetaModel["kind"], RegExp][];

const KIND_WORDS: KindWords = [
  ["plan", /^KE HOACH\b/],
  ["resolution", /^NGHI QUYET\b/],
  ["decision", /^QUYET DINH\b/],
  // A programme of action (Chương trình hành động) is a plan.
  ["plan", /^CHUONG TRINH\b/],
];

export interface TitleSpan {
  kind: DocumentMetaModel["kind"];
  /** Index of the kind word ("KẾ HOẠCH"), or -1. */
  kindIndex: number;
  title: string | null;
  /** One past the title's last paragraph. */
  end: number;
  /** "(Kèm theo Quyết định số ...)" found inside the title's paragraphs. */
  note?: string;
}

/** Paragraphs that end a title: the adoption note, the preamble, a section. */
const TITLE_STOP = /^(\(|Căn cứ|Thực hiện|Để |Nhằm |Triển khai thực hiện|Số\s*:|I\.|Phần)/u;
const FIRST_STOP = /^(\(|Căn cứ|Số\s*:|I\.|Phần)/u;

export function findTitle(
  paras: Paragraph[],
  limit: number,
  kinds: KindWords = KIND_WORDS,
): TitleSpan {
  for (let i = 0; i < Math.min(limit, paras.length); i++) {
    const k = foldKey(paras[i].text);
    for (const [kind, re] of kinds) {
      if (!re.test(k) || paras[i].label) continue;
      // "KẾ HOẠCH" alone, or "KẾ HOẠCH Triển khai ..." on one line.
      const rest = paras[i].text.replace(/^\s*\S+\s+\S+\s*/u, "").trim();
      const parts: string[] = rest && !isCapitals(rest, 1) ? [rest] : [];
      let j = i + 1;
      for (; j < Math.min(paras.length, i + 6); j++) {
        const p = paras[j];
        // The first line after the kind word is the title even when it reads "Thực hiện Nghị quyết ...".
        const stop = parts.length === 0 && j === i + 1 ? FIRST_STOP : TITLE_STOP;
        if (p.label || stop.test(p.text) || /^(Kèm theo)/u.test(p.text)) break;
        if (parts.length && /[.;:]$/.test(parts[parts.length - 1])) break;
        if (parts.length && p.align === "justify" && paras[j - 1].align === "center") break;
        parts.push(p.text);
        // A title ends at the end of a paragraph that centring or bold marks as the title, in formats that say so.
        if (p.bold === false && p.align === "justify") break;
      }
      let title = parts.join(" ").replace(/\s+/g, " ").trim();
      // An OCR paragraph may run the title on into the adoption note and past it: the note ends the title.
      const note = /\s*\((?:Ban hành\s+)?kèm\s+theo\s[^)]*\)/iu.exec(title);
      if (note) title = title.slice(0, note.index).trim();
      return {
        kind,
        kindIndex: i,
        title: title || null,
        end: j,
        ...(note ? { note: note[0].trim() } : {}),
      };
    }
  }
  return { kind: "other", kindIndex: -1, title: null, end: 0 };
}

const ADMIN_UNIT = /^(TỈNH|THÀNH PHỐ|XÃ|PHƯỜNG|ĐẶC KHU|HUYỆN|QUẬN|THỊ XÃ)\s+(.+)$/u;

/** "THÀNH PHỐ CẦN THƠ" → { unit: "thành phố", name: "Cần Thơ" } */
export function parseUnit(s: string): { unit: string; name: string } | null {
  const m = ADMIN_UNIT.exec(s.trim().toLocaleUpperCase("vi"));
  if (!m) return null;
  const name = m[2]
    .toLocaleLowerCase("vi")
    .split(/\s+/)
    .map((w) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1))
    .join(" ");
  return { unit: m[1].toLocaleLowerCase("vi"), name };
}

const LEVEL_OF_UNIT: Record<string, DocumentMetaModel["level"]> = {
  tỉnh: "province",
  "thành phố": "province",
  xã: "commune",
  phường: "commune",
  "đặc khu": "commune",
  huyện: "commune",
  quận: "commune",
  "thị xã": "commune",
};

export interface Issuer {
  issuer: string | null;
  level: DocumentMetaModel["level"];
  locality: string | null;
}

/** The national motto and title, in either column of a header block. */
const MOTTO = new RegExp(MOTTOS.join("|"));
/** Where a text dump glued the header block's pieces: " | " cells, " / " lines, "-----" rules, column gaps. */
const PIECE_SEP = /\s+\|\s+|\s\/\s|-{3,}|\s{3,}/;

/**
 * The header block as its pieces, whatever a text dump did to its layout:
 * both columns on one line, lines joined with " / ", rules as dashes. The
 * national motto and title are dropped: they never name the issuer.
 */
export function headerPieces(header: Paragraph[]): string[] {
  const out: string[] = [];
  for (const p of header) {
    for (const raw of p.text.split(PIECE_SEP)) {
      const piece = raw.trim();
      if (!piece) continue;
      // Drop the motto words, keeping what a dump glued to them ("HUẾ CỘNG HÒA ..."): compare word by word.
      let words = piece.split(/\s+/);
      for (const motto of MOTTOS) {
        search: for (let i = 0; i < words.length; i++) {
          for (let j = i + 1; j <= Math.min(words.length, i + 12); j++) {
            const f = words
              .slice(i, j)
              .map((w) => foldKey(w))
              .filter(Boolean)
              .join(" ");
            if (f === motto) {
              words = [...words.slice(0, i), ...words.slice(j)];
              break search;
            }
            if (!motto.startsWith(f)) break;
          }
        }
      }
      const text = words.join(" ").replace(/^[\s,.-]+|[\s,-]+$/g, "");
      if (text.trim() && !MOTTO.test(foldKey(text))) out.push(text.trim());
    }
  }
  return out;
}

/**
 * The issuing body from the header block ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HUẾ",
 * "UBND TỈNH LÀO CAI" / "SỞ CÔNG THƯƠNG", "BỘ TÀI CHÍNH", "CHÍNH PHỦ"), else
 * from the signature ("TM. ỦY BAN NHÂN DÂN") and the title's locality.
 */
export function findIssuer(header: Paragraph[], all: Paragraph[], title: string | null): Issuer {
  const pieces = headerPieces(header);
  for (let i = 0; i < pieces.length; i++) {
    const k = foldKey(pieces[i]);
    if (/^(UY BAN NHAN DAN|UBND)\b/.test(k)) {
      const inline = parseUnit(pieces[i].replace(/^(Ủy|Uỷ)\s+ban\s+nhân\s+dân\s*|^UBND\s*/iu, ""));
      // The locality line follows, possibly after fragments of the other header column.
      const at = inline
        ? i
        : pieces.slice(i + 1, i + 4).findIndex((p) => parseUnit(p) !== null) + i + 1;
      const unit = inline ?? (at > i ? parseUnit(pieces[at]) : null);
      if (unit) {
        const level = LEVEL_OF_UNIT[unit.unit] ?? "unknown";
        // "UBND TỈNH LÀO CAI" over "SỞ CÔNG THƯƠNG": the department issues, in the province.
        const dept = pieces[at + 1];
        if (dept && isCapitals(dept) && DEPARTMENT.test(foldKey(dept)))
          return { issuer: agencyCase(dept), level, locality: unit.name };
        return { issuer: `UBND ${unit.unit} ${unit.name}`, level, locality: unit.name };
      }
    }
    if (/^BO [A-Z]/.test(k) && !/^BO (LUAT|PHAN)/.test(k)) {
      return { issuer: agencyCase(pieces[i]), level: "ministry", locality: null };
    }
    if (/^CHINH PHU$/.test(k)) return { issuer: "Chính phủ", level: "national", locality: null };
  }
  // No header block: the signature names the body, the title or preamble names the place.
  const signedByUbnd = all.some((p) => /^TM\.?\s*(ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN/iu.test(p.text));
  const place =
    /trên địa bàn (tỉnh|thành phố|xã|phường)\s+([\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*)/u.exec(
      title ?? "",
    );
  if (signedByUbnd && place) {
    const unit = place[1];
    return {
      issuer: `UBND ${unit} ${place[2]}`,
      level: LEVEL_OF_UNIT[unit] ?? "unknown",
      locality: place[2],
    };
  }
  if (place)
    return { issuer: null, level: LEVEL_OF_UNIT[place[1]] ?? "unknown", locality: place[2] };
  return { issuer: null, level: "unknown", locality: null };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "Số: 127/KH-UBND" (blank in drafts: "Số:   /KH-UBND"), and the place-and-date line. */
export function findNumberAndDate(
  headerText: string,
  adoption: string | null,
): { number: string | null; date: string | null } {
  let number: string | null = null;
  let date: string | null = null;
  const num = /Số\s*:\s*([0-9][0-9A-Za-z.]*)\s*\/\s*([\p{Lu}Đ0-9][\p{L}0-9Đđ.&-]*)/u.exec(
    headerText,
  );
  if (num) number = `${num[1]}/${num[2]}`;
  const d = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(headerText);
  if (d) date = `${d[3]}-${pad(+d[2])}-${pad(+d[1])}`;
  // "(Ban hành kèm theo Nghị quyết số 35-NQ/TU ...)" under a plan's title names the party act that adopted
  // what the plan implements: a party act ("35-NQ/TU") never adopts a state body's plan.
  if (adoption && !/số\s+\d+\s*-\s*[\p{Lu}Đ]+\s*\//u.test(adoption)) {
    // "(Kèm theo Quyết định số 127 /QĐ-UBND ngày 09 tháng 01 năm 2026 ...)": the plan is adopted by that act.
    const an = /số\s+([0-9][0-9A-Za-z.]*)\s*\/\s*([\p{Lu}Đ0-9][\p{L}0-9Đđ.&-]*)/u.exec(adoption);
    if (!number && an) number = `${an[1]}/${an[2]}`;
    const ad = /ngày\s+(\d{1,2})\s*(?:tháng\s+|\/)(\d{1,2})\s*(?:năm\s+|\/)(\d{4})/u.exec(adoption);
    if (!date && ad) date = `${ad[3]}-${pad(+ad[2])}-${pad(+ad[1])}`;
  }
  return { number, date };
}

/** Issuer codes mix case: NQ-CP, CT-TTg, NQ/TW, QĐ-BCĐ389; party acts are numbered "15-NQ/TW", "08-ĐA/TU". */
const ACT_REF =
  /\b(\d{1,4})\s*(\/\s*(?:\d{4}\/)?(?:NQ|QĐ|CT|KH|NĐ|TB|CĐ)-[\p{L}0-9]+(?:\/[\p{L}0-9]+)?|-(?:NQ|CT|KL|QĐ|KH|ĐA|CTr)\/[\p{Lu}Đ]+)/gu;
/** An act named by its kind and number only ("Đề án số 08"), and the code letters of that kind. */
const NAMED_ACT =
  /(Đề án|Nghị quyết|Quyết định|Chỉ thị|Kế hoạch|Chương trình)\s+(?:số\s+)?(\d{1,4})\b(?![-/\d])/gu;
const KIND_CODE: Record<string, string> = {
  "Đề án": "ĐA",
  "Nghị quyết": "NQ",
  "Quyết định": "QĐ",
  "Chỉ thị": "CT",
  "Kế hoạch": "KH",
  "Chương trình": "CTr",
};

function actRefs(t: string): string[] {
  const out: string[] = [];
  for (const m of t.matchAll(ACT_REF)) {
    const ref = `${m[1]}${m[2].replace(/\s+/g, "")}`;
    if (!/-UBND\b/.test(ref)) out.push(ref); // the province's own acts: the adoption decision, not a higher act
  }
  return out;
}

/**
 * Acts the plan implements: those the title and the preamble's "Thực hiện ..."
 * name, and the resolutions a "Căn cứ ..." paragraph names (its laws and
 * decrees are the legal basis, not what the plan implements); an act the
 * title names by kind and number ("Thực hiện Đề án số 08") is found by its
 * code ("08-ĐA/TU") in the "Căn cứ".
 */
export function findImplements(texts: string[]): string[] {
  const out: string[] = [];
  const add = (ref: string) => void (!out.includes(ref) && out.push(ref));
  const [title = "", ...rest] = texts;
  const basis = rest.filter((t) => /^Căn cứ\s/u.test(t));
  for (const ref of actRefs(title)) add(ref);
  for (const m of title.matchAll(NAMED_ACT)) {
    const code = KIND_CODE[m[1]];
    const found = basis
      .flatMap(actRefs)
      .find(
        (r) =>
          r.startsWith(`${m[2]}-${code}/`) || new RegExp(`^${m[2]}/(?:\\d{4}/)?${code}-`).test(r),
      );
    if (found) add(found);
  }
  // In a "Căn cứ", laws, decrees, decisions and peer plans are the legal basis; resolutions, directives and
  // schemes ("Đề án") are what the plan carries out.
  for (const t of rest)
    actRefs(t)
      .filter((r) => !basis.includes(t) || /^\d+(?:\/\d{4})?[/-](?:NQ|CT|ĐA)\b/u.test(r))
      .forEach(add);
  return out;
}

export function findHorizon(texts: string[]): number | null {
  // A one-year plan: the title ends with its year ("... năm 2026").
  const year = /\bnăm\s+(20\d{2})\s*$/u.exec(texts[0] ?? "");
  if (year && !/(?:đến|tới)\s+năm\s+20\d{2}\s*$/u.test(texts[0])) return Number(year[1]);
  for (const t of texts) {
    const m = /(?:đến|tới)\s+năm\s+(20\d{2})|giai\s+đoạn\s+20\d{2}\s*[-–]\s*(20\d{2})/iu.exec(t);
    if (m) return Number(m[1] ?? m[2]);
  }
  return null;
}

/**
 * The signing title ends a capitals line of the signature block; the block's
 * lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") may arrive as
 * one paragraph, and then the last title is the signer's own.
 */
const SIGNER_TITLE =
  /(?:^|[\s.])(PHÓ CHỦ TỊCH|CHỦ TỊCH|PHÓ GIÁM ĐỐC|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|PHÓ THỦ TƯỚNG|THỦ TƯỚNG|PHÓ TRƯỞNG BAN|TRƯỞNG BAN|CHÁNH VĂN PHÒNG)$/u;
const PERSON_NAME = /^[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]+){1,4}$/u;

/** The signature block at the end: the signing title ("PHÓ CHỦ TỊCH") and the name under it. */
export function findSigner(paras: Paragraph[]): DocumentMetaModel["signer"] {
  // A text dump may put the block's lines on one line: "... | KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Trịnh Văn Thành".
  const tail = paras
    .slice(-40)
    .flatMap((p) => p.text.split(/\s+\|\s+|\s\/\s/).map((text) => ({ ...p, text: text.trim() })));
  let title: string | null = null;
  for (let i = 0; i < tail.length; i++) {
    const raw = tail[i].text.trim();
    const t = raw.toLocaleUpperCase("vi");
    const m = t === raw ? SIGNER_TITLE.exec(t) : null;
    if (m) {
      // "KT. CHỦ TỊCH" then "PHÓ CHỦ TỊCH": the last title line is the signer's own.
      title = m[1];
      continue;
    }
    if (title && PERSON_NAME.test(tail[i].text.trim())) {
      const t2 = title.toLocaleLowerCase("vi");
      return {
        name: tail[i].text.trim(),
        title:
          t2.charAt(0).toLocaleUpperCase("vi") +
          t2
            .slice(1)
            .replace("chủ tịch", "Chủ tịch")
            .replace("thủ tướng", "Thủ tướng")
            .replace("giám đốc", "Giám đốc"),
      };
    }
  }
  return null;
}
