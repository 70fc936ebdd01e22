/**
 * Issue #14: hostile and careless inputs, generated at test time (the big
 * ones would be megabytes in the repository). Each returns the file's bytes;
 * the PDFs are minimal but valid (catalog, pages, xref), so that pdf.js
 * reaches the part each one attacks.
 */
import { constants, deflateRawSync, deflateSync } from "node:zlib";

/** A PDF from object bodies (object 1 the catalog, 2 the page tree); streams given as [dict, data]. */
export function buildPdf(objects: (string | [string, Buffer])[]): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets: number[] = [];
  let at = parts[0].length;
  objects.forEach((o, i) => {
    offsets.push(at);
    const body =
      typeof o === "string"
        ? Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, "latin1")
        : Buffer.concat([
            Buffer.from(`${i + 1} 0 obj\n<< ${o[0]} /Length ${o[1].length} >>\nstream\n`, "latin1"),
            o[1],
            Buffer.from("\nendstream\nendobj\n", "latin1"),
          ]);
    parts.push(body);
    at += body.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`),
  ].join("");
  parts.push(
    Buffer.from(
      `${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`,
      "latin1",
    ),
  );
  return Buffer.concat(parts);
}

const TEXT = "BT /F1 12 Tf 72 720 Td (KE HOACH thuc hien Nghi quyet so 397/NQ-CP) Tj ET\n";
const FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

/** One page whose content is `content` (flate-compressed), with resources `res` and more objects from 6 on. */
export function onePagePdf(
  content: string | Buffer,
  res = "",
  more: (string | [string, Buffer])[] = [],
  mediaBox = "0 0 595 842",
): Buffer {
  return buildPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [${mediaBox}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> ${res} >> >>`,
    [
      "/Filter /FlateDecode",
      deflateSync(typeof content === "string" ? Buffer.from(content, "latin1") : content),
    ],
    FONT,
    ...more,
  ]);
}

/** A 30000x30000 greyscale image drawn on a page with text: decoding it would take 0.9-3.6 GB. */
export function hugeImagePdf(): Buffer {
  const img: [string, Buffer] = [
    "/Type /XObject /Subtype /Image /Width 30000 /Height 30000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
    deflateSync(Buffer.alloc(1 << 20)),
  ];
  return onePagePdf(`${TEXT}q 500 0 0 500 50 50 cm /Im1 Do Q\n`, "/XObject << /Im1 6 0 R >>", [
    img,
  ]);
}

/** Form XObjects that each draw the next one ten times, `depth` deep: 10^depth operators from a few hundred bytes. */
export function fanOutPdf(depth = 8): Buffer {
  const forms: [string, Buffer][] = [];
  for (let d = 0; d < depth; d++) {
    const last = d === depth - 1;
    const body = last ? "0 0 m 1 1 l S\n" : `${"/X Do\n".repeat(10)}`;
    const res = last ? "" : `/Resources << /XObject << /X ${7 + d} 0 R >> >>`;
    forms.push([
      `/Type /XObject /Subtype /Form /BBox [0 0 10 10] ${res}`,
      Buffer.from(body, "latin1"),
    ]);
  }
  return onePagePdf(`${TEXT}/X0 Do\n`, "/XObject << /X0 6 0 R >>", forms);
}

/** `n` nested graphics states (q ... Q). */
export function nestedQPdf(n = 50_000): Buffer {
  return onePagePdf(`${TEXT}${"q ".repeat(n)}${"Q ".repeat(n)}\n`);
}

/** `n` separate line segments on one page. */
export function manySegmentsPdf(n = 1_000_000): Buffer {
  const parts: string[] = [TEXT];
  for (let i = 0; i < n; i++)
    parts.push(`${i % 500} ${(i * 7) % 800} m ${(i % 500) + 3} ${(i * 7) % 800} l S\n`);
  return onePagePdf(Buffer.from(parts.join(""), "latin1"));
}

/** One text page and then `blank` pages with nothing on them. */
export function blankPagesPdf(blank = 2000): Buffer {
  const n = blank + 1;
  const kids = Array.from({ length: n }, (_, i) => `${4 + i} 0 R`).join(" ");
  const objects: (string | [string, Buffer])[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`,
    FONT,
  ];
  const contentsAt = 4 + n;
  for (let i = 0; i < n; i++)
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> ${i === 0 ? `/Contents ${contentsAt} 0 R` : ""} >>`,
    );
  objects.push(["", Buffer.from(TEXT, "latin1")]);
  return buildPdf(objects);
}

/** A page of `inches` square with no text layer but an image: rasterising it at 300 dpi is `(inches*300)^2` pixels. */
export function hugePageScanPdf(inches = 100): Buffer {
  const pt = inches * 72;
  const img: [string, Buffer] = [
    "/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8",
    Buffer.alloc(64, 128),
  ];
  return onePagePdf(
    `q ${pt} 0 0 ${pt} 0 0 cm /Im1 Do Q\n`,
    "/XObject << /Im1 6 0 R >>",
    [img],
    `0 0 ${pt} ${pt}`,
  );
}

/**
 * Raw deflate of `repeat` copies of `chunk`, built a chunk at a time (full
 * flushes end each piece on a byte boundary, so the pieces concatenate): a
 * 300 MB document.xml without holding 300 MB.
 */
function deflateRepeated(chunk: Buffer, repeat: number): Buffer {
  const piece = deflateRawSync(chunk, { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([
    ...Array.from({ length: repeat }, () => piece),
    deflateRawSync(Buffer.alloc(0)),
  ]);
}

/** A zip (DEFLATE entries) whose headers declare `declared` bytes for each entry, whatever it really holds. */
function zipWithSizes(
  entries: { name: string; data: Buffer; realSize: number; declared: number }[],
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A DOCX whose word/document.xml inflates to `mb` MB while its headers say 1 KB. */
export function lyingDocx(mb = 300): Buffer {
  const open = Buffer.from('<?xml version="1.0"?><w:document xmlns:w="x"><w:body>');
  const para = Buffer.from("<w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p>".repeat((1024 * 1024) / 64));
  const types = Buffer.from('<?xml version="1.0"?><Types/>');
  return zipWithSizes([
    {
      name: "[Content_Types].xml",
      data: deflateRawSync(types),
      realSize: types.length,
      declared: types.length,
    },
    {
      name: "word/document.xml",
      data: Buffer.concat([
        deflateRawSync(open, { finishFlush: constants.Z_FULL_FLUSH }),
        deflateRepeated(para, mb),
      ]),
      realSize: 0,
      declared: 1024,
    },
  ]);
}
