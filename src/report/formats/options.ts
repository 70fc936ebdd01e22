/** What a formatter may be told besides its input; each takes the options it needs. */
import type { Lang } from "../../messages/index.js";

export interface FormatOptions {
  /** ANSI colour (a terminal that wants it). */
  color?: boolean;
  /** Terminal width in columns. */
  width?: number;
  /** The schema path or URL for the YAML modeline. */
  schemaRef?: string;
  /** The working directory, for file URIs relative to it (SARIF). */
  cwd?: string;
  /** The texts of the files diagnostics point into, for code frames. */
  sources?: ReadonlyMap<string, string>;
  /** The language of reports; Vietnamese when not given. */
  lang?: Lang;
  /** The day a report is made (ISO date), printed in HTML headers. */
  today?: string;
  /** `plan diff --tables`: add the matched tasks side by side. */
  tables?: boolean;
  /** The coverage matrix: each plan's detailed report, relative to it, to link to. */
  detailFiles?: string[];
}
