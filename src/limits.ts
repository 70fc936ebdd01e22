/**
 * Budgets per input file: every input is bounded in bytes, pages, pixels,
 * operators and time, so that a hostile or broken file ends in one
 * `plan: FILE: reason` line instead of a hang or an out-of-memory abort.
 * Each has a flag (README "Limits"); the defaults are far above any real plan.
 */
import { messages, type LimitKind } from "./messages/index.js";

export interface Limits {
  /** Bytes read from one input document (counted while reading: devices and FIFOs stop too). */
  maxBytes: number;
  /** Bytes read from one YAML/JSON model (`validate`, `diff`): parsing with positions costs ~50x. */
  maxModelBytes: number;
  /** Bytes a DOCX may inflate to, all entries together, counted while inflating. */
  maxInflatedBytes: number;
  /** Pages of one PDF. */
  maxPages: number;
  /** Pixels of one page rasterised for OCR, and of one image pdf.js may decode. */
  maxPixels: number;
  /** Drawing operators on one PDF page. */
  maxOperators: number;
  /** Wall time for one plan, in milliseconds; the worker parsing it is stopped at the limit. */
  timeoutMs: number;
  /** Wall time pdf.js may spend reading one page's text and drawing (not OCR); at most timeoutMs. */
  pageTimeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 100 * 1024 * 1024,
  maxModelBytes: 10 * 1024 * 1024,
  maxInflatedBytes: 50 * 1024 * 1024,
  maxPages: 1000,
  maxPixels: 60_000_000,
  maxOperators: 500_000,
  timeoutMs: 300_000,
  pageTimeoutMs: 5_000,
};

/** Heap for one parse worker: with the main thread, a run stays under 1 GB. */
export const WORKER_HEAP_MB = 640;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1048576) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/** The limits the user set with flags, over the defaults; a bad value is a usage error. */
export function limitsFromFlags(flags: {
  maxBytes?: string;
  maxPages?: string;
  maxPixels?: string;
  maxOperators?: string;
  timeout?: string;
}): Limits {
  const limits = { ...DEFAULT_LIMITS };
  const bytes = parseSize(flags.maxBytes, "--max-bytes");
  if (bytes !== undefined) limits.maxBytes = limits.maxModelBytes = limits.maxInflatedBytes = bytes;
  const pages = positive(flags.maxPages, "--max-pages");
  if (pages !== undefined) limits.maxPages = pages;
  const pixels = positive(flags.maxPixels, "--max-pixels");
  if (pixels !== undefined) limits.maxPixels = pixels;
  const ops = positive(flags.maxOperators, "--max-operators");
  if (ops !== undefined) limits.maxOperators = ops;
  const seconds = flags.timeout === undefined ? undefined : Number(flags.timeout);
  if (seconds !== undefined) {
    if (!(seconds > 0) || !Number.isFinite(seconds))
      throw new LimitFlagError("seconds", "--timeout", String(flags.timeout));
    limits.timeoutMs = Math.round(seconds * 1000);
    limits.pageTimeoutMs = Math.min(limits.pageTimeoutMs, limits.timeoutMs);
  }
  return limits;
}

/** A budget flag that is not a number of its kind; main() says it in the reader's language. */
export class LimitFlagError extends Error {
  constructor(
    readonly expected: LimitKind,
    readonly flag: string,
    readonly value: string,
  ) {
    super(messages("en").cli.limitFlag(expected, flag, value));
  }
}

function positive(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/_/g, ""));
  if (!Number.isSafeInteger(n) || n <= 0) throw new LimitFlagError("count", flag, value);
  return n;
}

/** "100MB", "512k", "1G" or a number of bytes. */
function parseSize(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  const unit = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[
    (m?.[2] ?? "").toLowerCase() as "" | "k" | "m" | "g"
  ];
  const n = m ? Math.round(Number(m[1]) * unit) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new LimitFlagError("size", flag, value);
  return n;
}
