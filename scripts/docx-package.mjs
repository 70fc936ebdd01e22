// A one-part DOCX around a body of WordprocessingML, for the generated test documents
// (scripts/make-variant-fixtures.mjs and the layout sweep's scripts/sweep/docx.mjs).
import JSZip from "jszip";

/** A DOCX (A4, portrait or landscape) holding `bodyXml`; the same bytes on every run. */
export function docxPackage(bodyXml, { landscape }) {
  const pg = landscape
    ? '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
    : '<w:pgSz w:w="11906" w:h="16838"/>';
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}<w:sectPr>${pg}<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1134" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file("word/document.xml", doc);
  // Fixed dates keep the archive byte-identical between runs.
  return zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    date: new Date("2026-01-01T00:00:00Z"),
  });
}
