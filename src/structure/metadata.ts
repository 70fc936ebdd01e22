/**
 * Document metadata from the header block, the title, the preamble and the
 * signature block: kind, title, issuer, level, locality, number, date,
 * implemented acts, horizon, signer.
 */
import type { DocumentMetaModel } from "../model/schema.js";
import { foldKey, isCapitals } from "../lexicon/text.js";
import type { Paragraph } from "../read/types.js";

const KIND_WORDS: [DocumentMetaModel["kind"], RegExp][] = [
  ["plan", /^KE HOACH\b/],
  ["resolution", /^NGHI QUYET\b/],
  ["decision", /^QUYET DINH\b/],
];

export interface TitleSpan {
  kind: DocumentMetaModel["kind"];
  /** Index of the kind word ("KẾ HOẠCH"), or -1. */
  kindIndex: number;
  title: string | null;
  /** One past the title's last paragraph. */
  end: number;
}

/** Paragraphs that end a title: the adoption note, the preamble, a section. */
const TITLE_STOP = /^(\(|Căn cứ|Thực hiện|Để |Nhằm |Triển khai thực hiện|Số\s*:|I\.|Phần)/u;
const FIRST_STOP = /^(\(|Căn cứ|Số\s*:|I\.|Phần)/u;

export function findTitle(paras: Paragraph[], limit: number): TitleSpan {
  for (let i = 0; i < Math.min(limit, paras.length); i++) {
    const k = foldKey(paras[i].text);
    for (const [kind, re] of KIND_WORDS) {
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
      const title = parts.join(" ").replace(/\s+/g, " ").trim();
      return { kind, kindIndex: i, title: title || null, end: j };
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
  "tỉnh": "province",
  "thành phố": "province",
  "xã": "commune",
  "phường": "commune",
  "đặc khu": "commune",
  "huyện": "commune",
  "quận": "commune",
  "thị xã": "commune",
};

export interface Issuer {
  issuer: string | null;
  level: DocumentMetaModel["level"];
  locality: string | null;
}

/**
 * The issuing body from the header block ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HUẾ"),
 * else from the signature ("TM. ỦY BAN NHÂN DÂN") and the title's locality.
 */
export function findIssuer(header: Paragraph[], all: Paragraph[], title: string | null): Issuer {
  for (let i = 0; i < header.length; i++) {
    const k = foldKey(header[i].text);
    if (/^(UY BAN NHAN DAN|UBND)\b/.test(k)) {
      const inline = parseUnit(header[i].text.replace(/^(Ủy|Uỷ)\s+ban\s+nhân\s+dân\s*|^UBND\s*/iu, ""));
      // The locality line follows, possibly after fragments of the other header column.
      const unit = inline ?? header.slice(i + 1, i + 4).map((p) => parseUnit(p.text)).find((u) => u !== null) ?? null;
      if (unit) return { issuer: `UBND ${unit.unit} ${unit.name}`, level: LEVEL_OF_UNIT[unit.unit] ?? "unknown", locality: unit.name };
    }
    if (/^BO [A-Z]/.test(k) && !/^BO (LUAT|PHAN)/.test(k)) {
      return { issuer: titleCase(header[i].text), level: "ministry", locality: null };
    }
    if (/^CHINH PHU$/.test(k)) return { issuer: "Chính phủ", level: "national", locality: null };
  }
  // No header block: the signature names the body, the title or preamble names the place.
  const signedByUbnd = all.some((p) => /^TM\.?\s*(ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN/iu.test(p.text));
  const place = /trên địa bàn (tỉnh|thành phố|xã|phường)\s+([\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*)/u.exec(title ?? "");
  if (signedByUbnd && place) {
    const unit = place[1];
    return { issuer: `UBND ${unit} ${place[2]}`, level: LEVEL_OF_UNIT[unit] ?? "unknown", locality: place[2] };
  }
  if (place) return { issuer: null, level: LEVEL_OF_UNIT[place[1]] ?? "unknown", locality: place[2] };
  return { issuer: null, level: "unknown", locality: null };
}

function titleCase(s: string): string {
  const lower = s.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "Số: 127/KH-UBND" (blank in drafts: "Số:   /KH-UBND"), and the place-and-date line. */
export function findNumberAndDate(headerText: string, adoption: string | null): { number: string | null; date: string | null } {
  let number: string | null = null;
  let date: string | null = null;
  const num = /Số\s*:\s*([0-9][0-9A-Za-z.]*)\s*\/\s*([\p{Lu}Đ0-9][\p{L}0-9Đđ.&-]*)/u.exec(headerText);
  if (num) number = `${num[1]}/${num[2]}`;
  const d = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(headerText);
  if (d) date = `${d[3]}-${pad(+d[2])}-${pad(+d[1])}`;
  if (adoption) {
    // "(Kèm theo Quyết định số 127 /QĐ-UBND ngày 09 tháng 01 năm 2026 ...)": the plan is adopted by that act.
    const an = /số\s+([0-9][0-9A-Za-z.]*)\s*\/\s*([\p{Lu}Đ0-9][\p{L}0-9Đđ.&-]*)/u.exec(adoption);
    if (!number && an) number = `${an[1]}/${an[2]}`;
    const ad = /ngày\s+(\d{1,2})\s*(?:tháng\s+|\/)(\d{1,2})\s*(?:năm\s+|\/)(\d{4})/u.exec(adoption);
    if (!date && ad) date = `${ad[3]}-${pad(+ad[2])}-${pad(+ad[1])}`;
  }
  return { number, date };
}

/** Acts the plan implements: national and party acts named in the title and preamble. */
export function findImplements(texts: string[]): string[] {
  const out: string[] = [];
  // Issuer codes mix case: NQ-CP, CT-TTg, NQ/TW, QĐ-BCĐ389.
  const re = /\b(\d{1,4})\s*\/\s*((?:\d{4}\/)?(?:NQ|QĐ|CT|KH|NĐ|TB|CĐ)-[\p{L}0-9]+(?:\/[\p{L}0-9]+)?)/gu;
  for (const t of texts) {
    for (const m of t.matchAll(re)) {
      const ref = `${m[1]}/${m[2]}`;
      if (/-UBND\b/.test(ref)) continue; // the province's own acts: the adoption decision, not a higher act
      if (!out.includes(ref)) out.push(ref);
    }
  }
  return out;
}

export function findHorizon(texts: string[]): number | null {
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
const SIGNER_TITLE = /(?:^|[\s.])(PHÓ CHỦ TỊCH|CHỦ TỊCH|PHÓ GIÁM ĐỐC|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|PHÓ THỦ TƯỚNG|THỦ TƯỚNG|PHÓ TRƯỞNG BAN|TRƯỞNG BAN|CHÁNH VĂN PHÒNG)$/u;
const PERSON_NAME = /^[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]+){1,4}$/u;

/** The signature block at the end: the signing title ("PHÓ CHỦ TỊCH") and the name under it. */
export function findSigner(paras: Paragraph[]): DocumentMetaModel["signer"] {
  const tail = paras.slice(-40);
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
      return { name: tail[i].text.trim(), title: t2.charAt(0).toLocaleUpperCase("vi") + t2.slice(1).replace("chủ tịch", "Chủ tịch").replace("thủ tướng", "Thủ tướng") };
    }
  }
  return null;
}
