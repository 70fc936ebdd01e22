/** What a formatter may be told besides its input; each takes the options it needs. */
export interface FormatOptions {
  /** ANSI colour (a terminal that wants it). */
  color?: boolean;
  /** Terminal width in columns. */
  width?: number;
  /** The schema path or URL for the YAML modeline. */
  schemaRef?: string;
  /** The texts of the files diagnostics point into, for code frames. */
  sources?: ReadonlyMap<string, string>;
}
