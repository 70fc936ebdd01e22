/**
 * How a body hands its tasks to an appendix: "(Phụ lục kèm theo)", "(Tại
 * Phụ lục kèm theo)", "Chi tiết theo Phụ lục đính kèm". Matched on
 * diacritic-folded, lower-case text ("phu luc kem theo"). Adding one is one line.
 */

/** "phụ lục" followed closely by a word saying it is attached. */
const ATTACHED = ["kem theo", "dinh kem", "gui kem"];
/** Words before "phụ lục" that point the reader to it. */
const POINTING = ["kem theo", "dinh kem", "chi tiet tai", "chi tiet theo"];

export const APPENDIX_REFERENCE = [
  new RegExp(`\\bphu luc\\s+(?:\\S+\\s+){0,2}?(?:${ATTACHED.join("|")})\\b`),
  new RegExp(`\\b(?:${POINTING.join("|")})\\s+(?:cac\\s+)?phu luc\\b`),
];
