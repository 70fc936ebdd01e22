/**
 * Escaping for every place document text or a file name reaches a reader:
 * terminals, Markdown and HTML. Document text is untrusted (a PDF can carry
 * terminal escapes, a file name a newline), so every formatter goes through here.
 */

// C0 and C1 controls and DEL, except tab and newline which the callers place themselves.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Shows control characters as `\xNN` so that text cannot move the cursor, recolour or forge lines. */
export function escapeTerminal(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/** One line of terminal text: newlines and tabs shown as `\n`, `\t` too. */
export function escapeTerminalLine(text: string): string {
  return escapeTerminal(text).replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
}

/** A file name for a human message: as is when plain, JSON-quoted when it holds controls or edge spaces. */
export function quoteFileName(name: string): string {
  return /[\u0000-\u001f\u007f-\u009f]|^\s|\s$/.test(name) ? JSON.stringify(name) : name;
}

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** One Markdown table cell: no raw HTML, no column break, no code span, no line break. */
export function escapeMarkdownCell(text: string): string {
  return escapeHtml(escapeTerminal(text))
    .replace(/\|/g, "\\|")
    .replace(/`/g, "\\`")
    .replace(/\r?\n/g, "<br>");
}
