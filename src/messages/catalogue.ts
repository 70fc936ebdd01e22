/**
 * The message catalogue: every word `plan` shows a reader, in Vietnamese and
 * English, in one place. Rule ids and finding kinds (`phraseDropped`...) stay
 * as they are in JSON and in --fail-on; only their labels are translated.
 */
import type { DeadlineModel } from "../model/schema.js";
import type {
  DiffSection,
  ElementStatus,
  Finding,
  FindingKind,
  FindingReason,
  Recurrence,
} from "../diff/types.js";
import { formatDate } from "./dates.js";
import type { Lang } from "./lang.js";

export interface Catalogue {
  lang: Lang;
  section: Record<DiffSection, string>;
  status: Record<ElementStatus, string>;
  recurrence: Record<Recurrence, string>;
  deadlineKind: Record<DeadlineModel["kind"], string>;
  /** The short label of a finding, as a heading or a table cell. */
  kind(f: Pick<Finding, "kind" | "section" | "weakened">): string;
  reason(r: FindingReason): string;
  note: {
    weakened: string;
    strengthened: string;
    inferred: string;
    lowConfidence: (c: number) => string;
  };
  report: ReportWords;
  cli: CliWords;
  export: ExportWords;
  validate: ValidateWords;
}

/**
 * validate's words for YAML constructs that yaml reports in its own terms (or
 * accepts silently). Diagnostics are written in English (as the parser's are);
 * the Vietnamese is here so that the two languages stay one catalogue.
 */
export interface ValidateWords {
  crOnly: string;
  severalDocuments: (count: number, line: number) => string;
  notAMapping: (found: string) => string;
  emptyDocument: string;
  complexKey: string;
  yaml11Type: (tag: string) => string;
  unknownKey: (key: string, guess: string | undefined) => string;
  timestamp: (source: string) => string;
  notFinite: (source: string) => string;
  duplicateKey: (key: string, line: number, column: number) => string;
  /** yaml's wording where it speaks of its own internals, by yaml's error code. */
  yamlError: { BAD_INDENT: string; TAB_AS_INDENT: string; DUPLICATE_KEY: string };
}

export interface ReportWords {
  title: (plan: string, reference: string) => string;
  coverageTitle: (reference: string) => string;
  reference: string;
  plan: string;
  issuer: string;
  number: string;
  date: string;
  docTitle: string;
  basis: (found: number, inferred: number) => string;
  generated: (date: string, version: string) => string;
  summary: string;
  coverageBySection: string;
  findings: string;
  findingsCount: (n: number) => string;
  noFindings: string;
  keptElements: (n: number) => string;
  element: string;
  finding: string;
  detail: string;
  note: string;
  page: (n: number) => string;
  covered: string;
  total: string;
  share: string;
  notCounted: string;
  absentNote: string;
  openDetail: string;
  tables: string;
  changedRows: string;
  column: { deadline: string; lead: string; output: string; text: string };
}

export interface CliWords {
  wrote: (file: string) => string;
  noMatch: (spec: string) => string;
  nameReference: string;
  unknownKind: (kinds: string, all: string) => string;
  wroteReports: (n: number, dir: string) => string;
  xlsxNeedsFile: string;
  noTasks: (plan: string) => string;
  failOnEmpty: (kinds: string) => string;
  jobsNotPositive: string;
  outputNotFolder: (output: string, plans: number, folder: string) => string;
  planSummary: (output: string, tasks: number, warnings: number, ocrPages: number) => string;
  validateSummary: (
    checked: number,
    unreadable: number,
    invalid: number,
    problems: number,
  ) => string;
  noPlanDocument: (inputs: string) => string;
  skippedSame: (other: string) => string;
  wroteDebugPages: (n: number, dir: string) => string;
  writtenAs: (name: string, other: string, otherName: string) => string;
  foundPlans: (n: number, names: string) => string;
  debugTablesOnePlan: string;
  parsedInto: (parsed: number, total: number, dir: string, failed: number) => string;
  internalError: (message: string) => string;
  /** After a usage error from the flag parser. */
  helpHint: string;
  unknownFormat: (what: string, format: string, formats: string) => string;
  limitFlag: (expected: LimitKind, flag: string, value: string) => string;
}

/** What a budget flag takes: seconds, a whole number, or a size in bytes. */
export type LimitKind = "seconds" | "count" | "size";

export interface ExportWords {
  sheet: string;
  headers: {
    group: string;
    id: string;
    parent: string;
    text: string;
    deadline: string;
    due: string;
    output: string;
    lead: string;
    coordinate: string;
    funding: string;
    note: string;
    page: string;
  };
}

const list = (xs: string[]) => xs.join("; ");

const vi: Catalogue = {
  lang: "vi",
  section: {
    viewpoints: "Quan điểm",
    general: "Mục tiêu tổng quát",
    objectives: "Mục tiêu cụ thể",
    taskGroups: "Nhóm nhiệm vụ, giải pháp",
    tasks: "Nhiệm vụ cụ thể",
    reporting: "Chế độ báo cáo",
  },
  status: {
    kept: "Giữ nguyên",
    changed: "Có thay đổi",
    missing: "Thiếu",
    absent: "Không có trong tệp",
  },
  recurrence: {
    weekly: "hằng tuần",
    monthly: "hằng tháng",
    quarterly: "hằng quý",
    semiannual: "6 tháng một lần",
    annual: "hằng năm",
  },
  deadlineKind: {
    due: "Có thời hạn",
    continuous: "Thường xuyên",
    periodic: "Định kỳ",
    "on-instruction": "Theo chỉ đạo",
    conditional: "Có điều kiện",
    unspecified: "Không nêu",
  },
  kind(f) {
    const what: Record<DiffSection, string> = {
      viewpoints: "quan điểm",
      general: "mục tiêu tổng quát",
      objectives: "mục tiêu",
      taskGroups: "nhóm nhiệm vụ",
      tasks: "nhiệm vụ",
      reporting: "chế độ báo cáo",
    };
    const labels: Record<FindingKind, string> = {
      missing: `Thiếu ${what[f.section]}`,
      added: `Bổ sung ${what[f.section]}`,
      phraseDropped: "Bỏ cụm từ",
      phraseAdded: "Thêm cụm từ",
      targetChanged: f.weakened === false ? "Nâng chỉ tiêu" : "Hạ chỉ tiêu",
      deadlineChanged: f.weakened === false ? "Rút ngắn thời hạn" : "Lùi thời hạn",
      leadChanged: "Đổi cơ quan chủ trì",
      ambiguousMatch: "Đối chiếu chưa chắc chắn",
    };
    return labels[f.kind];
  },
  reason(r) {
    const d = (s: string) => formatDate(s, "vi");
    switch (r.code) {
      case "noCounterpart":
        return "Kế hoạch không có nội dung tương ứng";
      case "notInReference":
        return "Không có trong văn bản đối chiếu";
      case "narrowMatch":
        return `Ghép cặp với cách biệt nhỏ; cũng gần: ${r.rivals.join(", ")}`;
      case "phrasesDropped":
        return `Kế hoạch bỏ ${r.count} cụm từ`;
      case "phrasesAdded":
        return `Kế hoạch thêm ${r.count} cụm từ`;
      case "targetGone":
        return `Bỏ chỉ tiêu ${r.value} (${r.subject})`;
      case "targetChanged":
        return `Chỉ tiêu “${r.from}” thành “${r.to}”`;
      case "noDeadline":
        return "Kế hoạch không nêu thời hạn";
      case "dueLater":
        return `Thời hạn lùi từ ${d(r.from)} đến ${d(r.to)}`;
      case "dueEarlier":
        return `Thời hạn sớm hơn: ${d(r.from)} thành ${d(r.to)}`;
      case "dueBecameText":
        return `Thời hạn ${d(r.from)} không còn mốc cụ thể`;
      case "standingBecameOneOff":
        return `Nhiệm vụ thường xuyên thành nhiệm vụ có thời hạn (${d(r.to)})`;
      case "recurrenceChanged":
        return `Định kỳ ${vi.recurrence[r.from]} thành ${vi.recurrence[r.to]}`;
      case "noReportingDate":
        return "Kế hoạch không nêu thời hạn báo cáo";
      case "reportingMoved":
        return `Thời hạn báo cáo đổi từ ${d(r.from)} sang ${d(r.to)}`;
      case "leadDropped":
        return "Kế hoạch không nêu cơ quan chủ trì";
      case "leadGeneralised":
        return `Cơ quan chủ trì ${list(r.missing)} được ghi chung chung`;
      case "leadUnmatched":
        return `Không có cơ quan chủ trì tương ứng với ${list(r.missing)}`;
      case "noTaskTable":
        return "Kế hoạch không có bảng nhiệm vụ (chưa có phụ lục hoặc chưa đọc được), nên chưa đối chiếu được từng nhiệm vụ";
      case "referenceNoTaskTable":
        return `Văn bản đối chiếu không có bảng nhiệm vụ: chưa đối chiếu được ${r.groups} nhóm và ${r.tasks} nhiệm vụ của kế hoạch`;
    }
  },
  note: {
    weakened: "giảm yêu cầu",
    strengthened: "tăng yêu cầu",
    inferred: "nội dung gốc do suy luận",
    lowConfidence: (c) => `độ tin cậy thấp (${c})`,
  },
  report: {
    title: (plan, reference) => `${plan} so với ${reference}`,
    coverageTitle: (reference) => `Mức độ cụ thể hóa ${reference} của các kế hoạch`,
    reference: "Văn bản đối chiếu",
    plan: "Kế hoạch",
    issuer: "Cơ quan ban hành",
    number: "Số",
    date: "Ngày ban hành",
    docTitle: "Trích yếu",
    basis: (found, inferred) =>
      `Nội dung văn bản đối chiếu: ${found} mục có nguồn công bố, ${inferred} mục suy luận từ các kế hoạch địa phương (chưa có văn bản chính thức)`,
    generated: (date, version) => `Lập ngày ${date} bằng công cụ plan ${version}`,
    summary: "Tổng hợp",
    coverageBySection: "Mức độ bao quát theo phần",
    findings: "Các điểm khác biệt, theo mức độ quan trọng",
    findingsCount: (n) => `${n} điểm khác biệt`,
    noFindings: "Không có điểm khác biệt.",
    keptElements: (n) => `Nội dung giữ nguyên (${n})`,
    element: "Mục",
    finding: "Nhận xét",
    detail: "Chi tiết",
    note: "Ghi chú",
    page: (n) => `tr. ${n}`,
    covered: "Đã cụ thể hóa",
    total: "Tổng",
    share: "Tỷ lệ",
    notCounted:
      "Không tính là khác biệt: từ chỉ địa phương, cấp (bộ/sở), cách viết (hoá/hóa, sĩ/sỹ), chữ hoa và dấu câu. Nhận xét trên nội dung gốc do suy luận được ghi chú rõ.",
    absentNote: "Phần này không có trong các tệp đã cung cấp (ví dụ thiếu phụ lục).",
    openDetail: "Mở báo cáo chi tiết",
    tables: "Đối chiếu bảng nhiệm vụ theo từng ô",
    changedRows: "nhiệm vụ có ô thay đổi",
    column: { deadline: "Thời hạn", lead: "Chủ trì", output: "Sản phẩm", text: "Nhiệm vụ" },
  },
  cli: {
    wrote: (file) => `plan: đã ghi ${file}`,
    noMatch: (spec) => `plan: không có tệp nào khớp ${spec}`,
    nameReference:
      "plan: để so sánh hơn hai kế hoạch, hãy chỉ rõ văn bản đối chiếu: --against 397 (hoặc --against TỆP)",
    unknownKind: (kinds, all) =>
      `plan: --fail-on: loại nhận xét không hợp lệ ${kinds} (các loại: ${all}, hoặc any, none)`,
    wroteReports: (n, dir) => `plan: đã ghi ${n} báo cáo vào ${dir}`,
    xlsxNeedsFile: "plan: tệp XLSX cần nơi ghi: -o TỆP.xlsx (hoặc -f csv để in ra màn hình)",
    noTasks: (plan) => `plan: ${plan}: không có bảng nhiệm vụ (cần cả tệp phụ lục)`,
    failOnEmpty: (kinds) =>
      `plan: --fail-on cần các loại nhận xét (danh sách cách nhau bằng dấu phẩy trong số ${kinds}), hoặc any, hoặc none; giá trị đang để trống`,
    jobsNotPositive: "-j nhận một số nguyên dương (số kế hoạch xử lý cùng lúc)",
    outputNotFolder: (output, plans, folder) =>
      `plan: -o ${output}: ${plans} kế hoạch cần ghi vào một thư mục, mỗi kế hoạch một tệp; thêm dấu / ở cuối (-o ${folder}/) hoặc chỉ xử lý một kế hoạch`,
    planSummary: (output, tasks, warnings, ocrPages) =>
      `${output}: ${tasks} nhiệm vụ, ${warnings} cảnh báo, ${ocrPages} trang nhận dạng OCR`,
    validateSummary: (checked, unreadable, invalid, problems) =>
      `Đã kiểm tra ${checked} tệp` +
      (unreadable ? `, ${unreadable} tệp không đọc được` : "") +
      `, ${invalid} tệp không hợp lệ, ${problems} lỗi`,
    noPlanDocument: (inputs) =>
      `plan: không có văn bản kế hoạch (PDF, DOCX, văn bản thuần) trong ${inputs}`,
    skippedSame: (other) => `bỏ qua, cùng nội dung với ${other} ở định dạng khác`,
    wroteDebugPages: (n, dir) => `plan: đã ghi ${n} trang gỡ lỗi bảng vào ${dir}`,
    writtenAs: (name, other, otherName) =>
      `ghi thành ${name}: ${other} đã được ghi thành ${otherName}`,
    foundPlans: (n, names) =>
      `plan: tìm thấy ${n} kế hoạch (${names}); hãy ghi ra thư mục bằng -o THƯ_MỤC, mỗi kế hoạch một tệp (hoặc dùng --one-plan nếu các tệp này là một kế hoạch)`,
    debugTablesOnePlan: "plan: --debug-tables chỉ xử lý từng kế hoạch một",
    parsedInto: (parsed, total, dir, failed) =>
      `plan: đã xử lý ${parsed}/${total} kế hoạch, kết quả ghi vào ${dir}` +
      (failed ? `; ${failed} kế hoạch không đọc được (liệt kê ở trên)` : ""),
    internalError: (message) => `plan: lỗi nội bộ: ${message}`,
    helpHint: "(xem hướng dẫn sử dụng: plan --help)",
    unknownFormat: (what, format, formats) =>
      `${what}: không có định dạng "${format}" (các định dạng: ${formats})`,
    limitFlag: (expected, flag, value) => {
      const wanted = {
        seconds: "số giây lớn hơn 0",
        count: "một số nguyên dương",
        size: "dung lượng, ví dụ 50MB, 512KB hoặc 1000000",
      }[expected];
      return `${flag}: cần ${wanted}, giá trị đã nhập là ${value}`;
    },
  },
  export: {
    sheet: "Nhiệm vụ",
    headers: {
      group: "Nhóm nhiệm vụ",
      id: "Mã",
      parent: "Mã nhiệm vụ cha",
      text: "Nội dung nhiệm vụ",
      deadline: "Thời hạn (nguyên văn)",
      due: "Thời hạn (ngày)",
      output: "Sản phẩm",
      lead: "Cơ quan chủ trì",
      coordinate: "Cơ quan phối hợp",
      funding: "Kinh phí",
      note: "Ghi chú",
      page: "Trang",
    },
  },
  validate: {
    crOnly:
      "các dòng chỉ kết thúc bằng CR (kiểu máy Mac cũ); hãy lưu lại tệp với ký tự xuống dòng LF (hoặc CRLF)",
    severalDocuments: (count, line) =>
      `một tệp có ${count} văn bản YAML (văn bản thứ hai bắt đầu ở dòng ${line}, sau ---); mỗi tệp chỉ chứa một kế hoạch: hãy tách thành các tệp riêng`,
    notAMapping: (found) =>
      `cấp ngoài cùng phải là một ánh xạ (một kế hoạch), nhưng lại là ${found}`,
    emptyDocument: "một văn bản rỗng",
    complexKey: "khóa phải là một tên đơn, không phải ánh xạ hay danh sách",
    yaml11Type: (tag) =>
      `${tag} là kiểu dữ liệu của YAML 1.1, tệp kế hoạch không dùng: hãy bỏ thẻ này (không có thẻ, các khóa vẫn giữ nguyên thứ tự)`,
    unknownKey: (key, guess) =>
      `khóa "${key}" không hợp lệ${guess ? `; có phải là "${guess}"?` : ""}`,
    timestamp: (source) =>
      `: \`${source}\` bị đọc thành mốc thời gian YAML 1.1; hãy ghi ngày dưới dạng văn bản trong dấu ngoặc kép: "${source}"`,
    notFinite: (source) =>
      `: \`${source}\` là cách YAML ghi vô cực hoặc giá trị không phải số; hãy ghi chính con số đó`,
    duplicateKey: (key, line, column) =>
      `"${key}" xuất hiện hai lần trong ánh xạ này (lần đầu ở dòng ${line}, cột ${column}); chỉ giữ một`,
    yamlError: {
      BAD_INDENT:
        "thụt lề ở đây không khớp với các dòng xung quanh: các khóa của cùng một ánh xạ phải bắt đầu ở cùng một cột",
      TAB_AS_INDENT: "dùng ký tự tab để thụt lề; YAML chỉ thụt lề bằng dấu cách",
      DUPLICATE_KEY: "khóa này xuất hiện hai lần trong cùng một ánh xạ; chỉ giữ một",
    },
  },
};

const en: Catalogue = {
  lang: "en",
  section: {
    viewpoints: "Viewpoints",
    general: "General objective",
    objectives: "Specific objectives",
    taskGroups: "Task groups",
    tasks: "Tasks",
    reporting: "Reporting duties",
  },
  status: {
    kept: "kept",
    changed: "changed",
    missing: "missing",
    absent: "not in the files given",
  },
  recurrence: {
    weekly: "weekly",
    monthly: "monthly",
    quarterly: "quarterly",
    semiannual: "every six months",
    annual: "yearly",
  },
  deadlineKind: {
    due: "due",
    continuous: "continuous",
    periodic: "periodic",
    "on-instruction": "on instruction",
    conditional: "conditional",
    unspecified: "not given",
  },
  kind(f) {
    const what: Record<DiffSection, string> = {
      viewpoints: "viewpoint",
      general: "general objective",
      objectives: "objective",
      taskGroups: "task group",
      tasks: "task",
      reporting: "reporting duty",
    };
    const labels: Record<FindingKind, string> = {
      missing: `Missing ${what[f.section]}`,
      added: `Added ${what[f.section]}`,
      phraseDropped: "Phrase dropped",
      phraseAdded: "Phrase added",
      targetChanged: f.weakened === false ? "Target raised" : "Target lowered",
      deadlineChanged: f.weakened === false ? "Deadline earlier" : "Deadline later",
      leadChanged: "Lead changed",
      ambiguousMatch: "Uncertain match",
    };
    return labels[f.kind];
  },
  reason(r) {
    const d = (s: string) => formatDate(s, "en");
    switch (r.code) {
      case "noCounterpart":
        return "no counterpart in the plan";
      case "notInReference":
        return "not in the reference";
      case "narrowMatch":
        return `matched by a narrow margin; also close: ${r.rivals.join(", ")}`;
      case "phrasesDropped":
        return `the plan leaves out ${r.count} phrase(s)`;
      case "phrasesAdded":
        return `the plan adds ${r.count} phrase(s)`;
      case "targetGone":
        return `the target ${r.value} for "${r.subject}" is gone`;
      case "targetChanged":
        return `target "${r.from}" became "${r.to}"`;
      case "noDeadline":
        return "the plan gives no deadline";
      case "dueLater":
        return `due later: ${d(r.from)} → ${d(r.to)}`;
      case "dueEarlier":
        return `due earlier: ${d(r.from)} → ${d(r.to)}`;
      case "dueBecameText":
        return `a due date (${d(r.from)}) became a deadline with no date`;
      case "standingBecameOneOff":
        return `a standing duty became a one-off deadline (${d(r.to)})`;
      case "recurrenceChanged":
        return `${en.recurrence[r.from]} became ${en.recurrence[r.to]}`;
      case "noReportingDate":
        return "the plan gives no reporting date";
      case "reportingMoved":
        return `reporting date ${d(r.from)} → ${d(r.to)}`;
      case "leadDropped":
        return "the plan names no lead agency";
      case "leadGeneralised":
        return `the lead ${list(r.missing)} became a generic one`;
      case "leadUnmatched":
        return `the lead ${list(r.missing)} has no counterpart`;
      case "noTaskTable":
        return "the plan has no task table: its appendix was not given or not read, so its tasks cannot be compared";
      case "referenceNoTaskTable":
        return `the reference has no task table (its appendix was not given or not read): the plan's ${r.groups} group(s) and ${r.tasks} task(s) cannot be compared`;
    }
  },
  note: {
    weakened: "weakened",
    strengthened: "strengthened",
    inferred: "reference inferred",
    lowConfidence: (c) => `low confidence ${c}`,
  },
  report: {
    title: (plan, reference) => `${plan} compared with ${reference}`,
    coverageTitle: (reference) => `Coverage of ${reference} by the plans`,
    reference: "Reference",
    plan: "Plan",
    issuer: "Issuer",
    number: "Number",
    date: "Date",
    docTitle: "Title",
    basis: (found, inferred) =>
      `Reference wording: ${found} element(s) found in public sources, ${inferred} inferred from provincial plans (no official text)`,
    generated: (date, version) => `Made on ${date} with plan ${version}`,
    summary: "Summary",
    coverageBySection: "Coverage by section",
    findings: "Differences, most important first",
    findingsCount: (n) => `${n} difference(s)`,
    noFindings: "No differences.",
    keptElements: (n) => `Kept unchanged (${n})`,
    element: "Element",
    finding: "Finding",
    detail: "Detail",
    note: "Note",
    page: (n) => `p. ${n}`,
    covered: "Covered",
    total: "Total",
    share: "Share",
    notCounted:
      "Not counted as differences: locality words, level words (bộ/sở), spelling variants, letter case and punctuation. Findings on inferred reference elements say so.",
    absentNote: "That part was not in the files given (e.g. no appendix).",
    openDetail: "Open the detailed report",
    tables: "Task tables, cell by cell",
    changedRows: "with changed cells",
    column: { deadline: "Deadline", lead: "Lead", output: "Output", text: "Task" },
  },
  cli: {
    wrote: (file) => `plan: wrote ${file}`,
    noMatch: (spec) => `plan: no file matches ${spec}`,
    nameReference:
      "plan: to compare more than two plans, name the reference: --against 397 (or --against FILE)",
    unknownKind: (kinds, all) =>
      `plan: --fail-on: unknown finding kind ${kinds} (kinds: ${all}, or any, none)`,
    wroteReports: (n, dir) => `plan: wrote ${n} report(s) to ${dir}`,
    xlsxNeedsFile: "plan: an XLSX file needs somewhere to go: -o FILE.xlsx (or -f csv for stdout)",
    noTasks: (plan) => `plan: ${plan}: no task table (give its appendix too)`,
    failOnEmpty: (kinds) =>
      `plan: --fail-on needs finding kinds (a comma list of ${kinds}), or any, or none; it was empty`,
    jobsNotPositive: "-j takes a positive whole number (plans at once)",
    outputNotFolder: (output, plans, folder) =>
      `plan: -o ${output}: ${plans} plans need a folder, one file each; end it with / (-o ${folder}/) or parse one plan`,
    planSummary: (output, tasks, warnings, ocrPages) =>
      `${output}: ${tasks} ${tasks === 1 ? "task" : "tasks"}, ` +
      `${warnings} ${warnings === 1 ? "warning" : "warnings"}, ` +
      `${ocrPages} OCR ${ocrPages === 1 ? "page" : "pages"}`,
    validateSummary: (checked, unreadable, invalid, problems) =>
      `${checked} ${checked === 1 ? "file" : "files"} checked` +
      (unreadable ? `, ${unreadable} unreadable` : "") +
      `, ${invalid} invalid, ${problems} ${problems === 1 ? "problem" : "problems"}`,
    noPlanDocument: (inputs) => `plan: no plan document (PDF, DOCX, text) in ${inputs}`,
    skippedSame: (other) => `skipped, the same document as ${other} in another format`,
    wroteDebugPages: (n, dir) => `plan: wrote ${n} table debug page(s) to ${dir}`,
    writtenAs: (name, other, otherName) =>
      `written as ${name}: ${other} is written as ${otherName}`,
    foundPlans: (n, names) =>
      `plan: found ${n} plans (${names}); write them with -o DIR, one file each (or pass --one-plan if these files are one plan)`,
    debugTablesOnePlan: "plan: --debug-tables works on one plan at a time",
    parsedInto: (parsed, total, dir, failed) =>
      `plan: parsed ${parsed} of ${total} plan(s) into ${dir}` +
      (failed ? `; ${failed} failed (listed above)` : ""),
    internalError: (message) => `plan: internal error: ${message}`,
    helpHint: "(run plan --help for usage)",
    unknownFormat: (what, format, formats) =>
      `${what}: unknown format "${format}" (formats: ${formats})`,
    limitFlag: (expected, flag, value) => {
      const wanted = {
        seconds: "seconds > 0",
        count: "a positive whole number",
        size: "a size such as 50MB, 512KB or 1000000",
      }[expected];
      return `${flag}: expected ${wanted}, got ${value}`;
    },
  },
  export: {
    sheet: "Tasks",
    headers: {
      group: "Task group",
      id: "Id",
      parent: "Parent id",
      text: "Task",
      deadline: "Deadline (as written)",
      due: "Deadline (date)",
      output: "Output",
      lead: "Lead",
      coordinate: "Coordinating",
      funding: "Funding",
      note: "Note",
      page: "Page",
    },
  },
  validate: {
    crOnly:
      "the lines end in CR only (old Mac line endings); save the file with LF (or CRLF) line endings",
    severalDocuments: (count, line) =>
      `${count} YAML documents in one file (the second starts at line ${line} after ---); a plan file holds one plan: split it into files`,
    notAMapping: (found) => `expected a mapping (a plan) at the top level, found ${found}`,
    emptyDocument: "an empty document",
    complexKey: "a key must be a plain name, not a mapping or a list",
    yaml11Type: (tag) =>
      `${tag} is a YAML 1.1 type that a plan file does not use: remove the tag (keys keep their order without it)`,
    unknownKey: (key, guess) => `unknown key "${key}"${guess ? `; did you mean "${guess}"?` : ""}`,
    timestamp: (source) =>
      `: \`${source}\` is read as a YAML 1.1 timestamp; write dates as quoted text: "${source}"`,
    notFinite: (source) =>
      `: \`${source}\` is YAML for infinity or not-a-number; write the number itself`,
    duplicateKey: (key, line, column) =>
      `"${key}" appears twice in this mapping (first at line ${line}, column ${column}); keep one`,
    yamlError: {
      BAD_INDENT:
        "the indentation here does not match the lines around it: keys of one mapping start at the same column",
      TAB_AS_INDENT: "a tab is used for indentation; YAML indents with spaces only",
      DUPLICATE_KEY: "this key appears twice in the same mapping; keep one",
    },
  },
};

const CATALOGUES: Record<Lang, Catalogue> = { vi, en };

export function messages(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** A deadline as written; with no words, its date or kind in the reader's language. */
export function formatDeadline(d: DeadlineModel, lang: Lang): string {
  if (d.raw) return d.raw;
  return d.due ? formatDate(d.due, lang) : CATALOGUES[lang].deadlineKind[d.kind];
}

/** The notes on a finding: weakened, inferred reference, low confidence. */
export function findingNotes(f: Finding, lang: Lang): string[] {
  const n = CATALOGUES[lang].note;
  const notes: string[] = [];
  if (f.weakened === true) notes.push(n.weakened);
  if (f.weakened === false) notes.push(n.strengthened);
  if (f.referenceBasis === "inferred") notes.push(n.inferred);
  if (f.confidence < 0.5) notes.push(n.lowConfidence(f.confidence));
  return notes;
}

/**
 * How much a finding weighs for the reader, lowest first: a missing task,
 * a weakened target, a later deadline, a reassigned lead, a dropped phrase,
 * an added phrase, then what asks more or is only uncertain.
 */
export function findingWeight(f: Finding): number {
  switch (f.kind) {
    case "missing":
      return f.section === "tasks" || f.section === "taskGroups" ? 0 : 1;
    case "targetChanged":
      return f.weakened === false ? 8 : 2;
    case "deadlineChanged":
      return f.weakened === false ? 8 : 3;
    case "leadChanged":
      return 4;
    case "phraseDropped":
      return 5;
    case "phraseAdded":
      return 6;
    case "added":
      return 7;
    case "ambiguousMatch":
      return 9;
  }
}
