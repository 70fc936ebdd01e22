/**
 * The usual casing of Vietnamese administrative names written in capitals in
 * a header block: "BỘ TÀI CHÍNH" → "Bộ Tài chính", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ" →
 * "Sở Kế hoạch và Đầu tư", "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "Bộ Văn hóa,
 * Thể thao và Du lịch". The head word and the first word of each field (after
 * the head, "và", a comma or a dash) take a capital; names that are proper
 * nouns throughout keep one on every word ("Công Thương", "Chính phủ").
 * The names' heads and proper nouns are in lexicon/agencies.ts.
 */
import { ADMIN_NAME_HEADS as HEADS, PROPER_NAMES as PROPER } from "../lexicon/agencies.js";

/** An administrative unit after which the place name is capitalised word by word. */
const PLACE_UNIT =
  /(?<![\p{L}])(tỉnh|thành phố|huyện|quận|thị xã|xã(?! hội)|phường|đặc khu)\s+(.+)$/u;

const cap = (w: string) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1);

export function agencyCase(name: string): string {
  const lower = name.replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
  const head = HEADS.find((h) => {
    const l = h.toLocaleLowerCase("vi");
    return lower === l || lower.startsWith(`${l} `);
  });
  let rest = head ? lower.slice(head.length).trim() : lower;
  let place = "";
  const pm = PLACE_UNIT.exec(rest);
  if (pm && pm.index > 0) {
    rest = rest.slice(0, pm.index).trim();
    place = `${pm[1]} ${pm[2].split(" ").map(cap).join(" ")}`;
  }
  // Each field of the name starts with a capital: after the head, "và", ",", "-".
  let body = rest.replace(
    /(^|\bvà\s+|,\s*|\s-\s)(\p{Ll})/gu,
    (_, sep: string, c: string) => sep + c.toLocaleUpperCase("vi"),
  );
  for (const p of PROPER)
    body = body.replace(
      new RegExp(`(^|\\s)${p.toLocaleLowerCase("vi")}(?=$|[\\s,])`, "giu"),
      (_, s: string) => s + p,
    );
  return [head ?? "", head ? body : cap(body), place].filter(Boolean).join(" ");
}
