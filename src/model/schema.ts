/**
 * The plan model of ../shared/plan-model.md, as zod schemas: the single source
 * of truth. `schemas/plan.schema.json` is generated from `Plan` (see
 * scripts/write-schema.js) and a test fails when the committed file is stale.
 *
 * Every object is strict so that a typo in a hand-edited YAML key is an error
 * in the CLI, in CI and in the editor alike.
 */
import { z } from "zod";

export const SCHEMA_VERSION = 1 as const;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** ISO year, year-month or date. */
const isoDue = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** A full date, or `--MM-DD` for a day that recurs every year (ISO 8601). */
const reportingDue = /^(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})$/;

const text = z.string().min(1);

export const DocumentKind = z.enum(["plan", "resolution", "decision", "other"]);
export const Level = z.enum(["national", "ministry", "province", "commune", "unknown"]);
export const SectionRole = z.enum([
  "context",
  "purpose",
  "viewpoints",
  "objectives",
  "tasks",
  "funding",
  "implementation",
  "reporting",
  "other",
]);
export const DeadlineKind = z.enum([
  "due",
  "continuous",
  "periodic",
  "on-instruction",
  "conditional",
  "unspecified",
]);
export const Recurrence = z.enum(["weekly", "monthly", "quarterly", "semiannual", "annual"]);

export const Target = z
  .strictObject({
    value: z.number().min(0),
    unit: text,
    subject: z.string(),
    op: z.enum([">", ">=", "<", "<=", "="]).optional(),
  })
  .meta({ description: "A quantified target, e.g. 100% of officials; op '>' for 'trên 90%'." });

export const Signer = z.strictObject({ name: text, title: text });

/**
 * Where a reference element's wording comes from. The bundled Resolution 397
 * is partly reconstructed, so each element says whether its text was `found`
 * in a public source or `inferred` from provincial plans; the diff shows
 * findings on inferred elements as such. Parsed plans leave it out.
 */
export const Basis = z
  .strictObject({
    status: z.enum(["found", "inferred"]),
    sources: z.array(text).optional(),
    note: z.string().optional(),
  })
  .meta({
    description:
      "Provenance of a reference element: found (with sources) or inferred (with the basis in note).",
  });

export const DocumentMeta = z.strictObject({
  kind: DocumentKind,
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  level: Level,
  locality: z.string().nullable(),
  number: z
    .string()
    .nullable()
    .meta({ description: "Null when blank in a draft ('Số: /KH-UBND')." }),
  date: z.string().regex(isoDate, "expected an ISO date YYYY-MM-DD").nullable(),
  implements: z.array(text),
  horizon: z.number().int().min(2000).max(2100).nullable(),
  signer: Signer.nullable(),
});

export const Section = z.strictObject({
  number: z.string().nullable(),
  heading: text,
  role: SectionRole,
});

export const Viewpoint = z.strictObject({
  id: z.string().regex(/^vp-\d+$/, "expected an id like vp-1"),
  number: z.number().int().min(1),
  text,
  basis: Basis.optional(),
});

export const SpecificObjective = z.strictObject({
  id: z.string().regex(/^ob-\d+$/, "expected an id like ob-1"),
  text,
  targets: z.array(Target),
  basis: Basis.optional(),
});

export const Objectives = z.strictObject({
  general: z.string().nullable(),
  generalBasis: Basis.optional(),
  specific: z.array(SpecificObjective),
});

export const TaskGroup = z.strictObject({
  id: z.string().regex(/^g-\d+$/, "expected an id like g-1"),
  number: z.number().int().min(1),
  title: text,
  basis: Basis.optional(),
});

export const Deadline = z.strictObject({
  raw: z.string().nullable(),
  kind: DeadlineKind,
  due: z.string().regex(isoDue, "expected an ISO year, year-month or date").nullable(),
  recurrence: Recurrence.nullable(),
  requestedBy: z.string().nullable(),
  condition: z.string().nullable().optional(),
});

export const SourceRef = z.strictObject({
  file: z.string().optional(),
  page: z.number().int().min(1).optional(),
  ocr: z.strictObject({ confidence: z.number().min(0).max(1) }).optional(),
});

export const Task = z.strictObject({
  id: z.string().regex(/^t-\d+(\.\d+)+$/, "expected an id like t-1.2 or t-1.2.3"),
  group: z.string().nullable(),
  parent: z.string().nullable(),
  text,
  deadline: Deadline,
  output: z.string().nullable(),
  lead: z.array(text),
  coordinate: z.array(text),
  targets: z.array(Target).optional(),
  funding: z.string().nullable().optional().meta({
    description: "The 'Nguồn kinh phí' column as written; absent when the table has none.",
  }),
  note: z
    .string()
    .nullable()
    .optional()
    .meta({ description: "The 'Ghi chú' column as written; absent when the table has none." }),
  extra: z.record(z.string(), z.string()).optional().meta({
    description:
      "Every other column of the task table, by its header as written: no cell of the source is dropped.",
  }),
  source: SourceRef.optional(),
  basis: Basis.optional(),
});

export const ReportingDuty = z.strictObject({
  text,
  due: z
    .string()
    .regex(reportingDue, "expected YYYY-MM-DD, or --MM-DD for a yearly day")
    .nullable(),
  recurrence: Recurrence.nullable(),
  to: z.string().nullable(),
  basis: Basis.optional(),
});

export const Implementation = z.strictObject({
  funding: z.string().nullable(),
  reporting: z.array(ReportingDuty),
});

export const Warning = z.strictObject({
  code: text,
  message: text,
  file: z.string().optional(),
  page: z.number().int().min(1).optional(),
  line: z.number().int().min(1).optional(),
  rowId: z.string().optional(),
});

export const ProvenanceFile = z.strictObject({
  path: text,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(["pdf", "docx", "text", "yaml"]),
  pages: z.number().int().min(0).nullable(),
  ocr: z
    .strictObject({
      pages: z.array(z.number().int().min(1)),
      confidence: z.number().min(0).max(1),
      reasons: z
        .array(
          z.strictObject({
            reason: z.enum(["no-text-layer", "garbled-text", "asked"]),
            pages: z.array(z.number().int().min(1)),
          }),
        )
        .optional()
        .meta({
          description:
            "Why the pages were read by OCR: no text layer, a text layer that does not read as Vietnamese (garbled-text), or --ocr always (asked).",
        }),
    })
    .optional()
    .meta({
      description:
        "Pages read by OCR and their mean word confidence; tasks from them carry source.ocr too.",
    }),
});

export const Provenance = z.strictObject({
  files: z.array(ProvenanceFile),
  parser: text,
  warnings: z.array(Warning),
});

export const Plan = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    document: DocumentMeta,
    sections: z.array(Section),
    viewpoints: z.array(Viewpoint),
    objectives: Objectives,
    taskGroups: z.array(TaskGroup),
    tasks: z.array(Task),
    implementation: Implementation,
    provenance: Provenance.optional(),
  })
  .meta({
    title: "plan model",
    description: "An implementing plan of Resolution 397/NQ-CP, as parsed by `plan parse`.",
  });

export type PlanModel = z.infer<typeof Plan>;
export type TaskModel = z.infer<typeof Task>;
export type DeadlineModel = z.infer<typeof Deadline>;
export type TargetModel = z.infer<typeof Target>;
export type SectionModel = z.infer<typeof Section>;
export type ReportingDutyModel = z.infer<typeof ReportingDuty>;
export type TaskGroupModel = z.infer<typeof TaskGroup>;
export type WarningModel = z.infer<typeof Warning>;
export type DocumentMetaModel = z.infer<typeof DocumentMeta>;
export type BasisModel = z.infer<typeof Basis>;

/** The JSON Schema editors and ajv use: draft-07, input shape. */
export function planJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://plan.local/schemas/v${SCHEMA_VERSION}/plan.schema.json`,
    ...z.toJSONSchema(Plan, { target: "draft-7", io: "input" }),
  };
}
