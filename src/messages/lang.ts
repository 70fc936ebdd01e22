/**
 * The two languages of `plan`. Reports speak Vietnamese unless `--lang en`;
 * messages to the person at the terminal follow `--lang`, else the locale
 * (LC_ALL, then LC_MESSAGES, then LANG), else English.
 */
export const LANGS = ["vi", "en"] as const;
export type Lang = (typeof LANGS)[number];

export const REPORT_LANG_DEFAULT: Lang = "vi";

export function isLang(s: string | undefined): s is Lang {
  return s === "vi" || s === "en";
}

/** The language of CLI messages: `--lang`, else LC_ALL, LC_MESSAGES or LANG starting with "vi", else English. */
export function messageLang(
  flag: string | undefined,
  env: Record<string, string | undefined>,
): Lang {
  if (isLang(flag)) return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^vi([_.-]|$)/i.test(locale) ? "vi" : "en";
}
