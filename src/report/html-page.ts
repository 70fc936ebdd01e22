/**
 * The frame of every HTML report: one self-contained page (inline CSS, no
 * script, no external resource) that opens from an e-mail attachment.
 */

export const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export const CSS = `
body{font:15px/1.45 "Noto Serif","Times New Roman",serif;margin:2em auto;max-width:1200px;color:#222;padding:0 1em}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ccc;padding:.35em .5em;vertical-align:top;text-align:left}
th{background:#f2f2f2}td.id{white-space:nowrap;font-family:monospace;font-size:.85em;color:#555}
del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none;border-bottom:1px solid #060}
.kind{font-family:monospace;font-size:.85em;white-space:nowrap}.weak{color:#b00;font-weight:bold}
.summary td,.summary th{width:auto}.kept{background:#eaf6ea}.changed{background:#fff6d9}.missing{background:#fde4e4}.absent{color:#999}
.muted{color:#777;font-size:.9em}
`;

export function page(title: string, body: string): string {
  return `<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}
