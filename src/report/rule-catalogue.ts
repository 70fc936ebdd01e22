/**
 * One catalogue of rule ids and what each checks, for SARIF's rule
 * descriptions and for readers of any output that carries a rule id.
 * `yaml-*` ids not listed are yaml's own syntax error codes.
 */
export const RULES: Record<string, string> = {
  // validate: YAML as written
  "file-unreadable": "The file could not be read (missing, a folder, no permission).",
  "line-endings": "Lines end in CR only (old Mac line endings); YAML needs LF or CRLF.",
  "yaml-indentation": "A line is indented more or less than the keys of its mapping.",
  "yaml-multiple-docs": "A plan file holds one YAML document; a second one starts after ---.",
  "yaml-11-type":
    "A YAML 1.1 type (!!omap, !!set, !!pairs, !!timestamp, !!binary) that a plan does not use.",
  "yaml-alias": "Aliases expand into too many nodes (a resource exhaustion guard).",
  "yaml-duplicate-key": "A key appears twice in the same mapping.",
  "yaml-tab-as-indent": "A tab is used for indentation; YAML indents with spaces.",
  "yaml-tag-resolve-failed": "A custom tag (!!js/function, !foo) that a plan does not use.",
  "complex-key": "A mapping or list used as a key.",
  "not-a-mapping": "The top level is not a mapping (a plan).",
  // validate: the model
  "missing-key": "A key the plan model requires is absent.",
  "unknown-key": "A key the plan model does not have (often a misspelling).",
  "wrong-type": "A value of the wrong type, such as an unquoted year read as a number.",
  "invalid-value": "A value outside the allowed list (deadline kinds, levels, roles...).",
  "invalid-format": "A value not in the required format (ids like t-1.2, ISO dates).",
  schema: "A value the plan model refuses for another reason (range, length).",
  // validate: domain rules
  "duplicate-id": "Two entries of one list share an id.",
  "dangling-group": "A task names a group that taskGroups does not have.",
  "dangling-parent": "A sub-task names a parent that tasks does not have.",
  "group-mismatch": "A sub-task is in a different group from its parent.",
  "nested-subtask": "A sub-task's parent is itself a sub-task; only one level exists.",
  "id-parent-mismatch": "A sub-task's id does not extend its parent's (t-1.2 → t-1.2.1).",
  "deadline-kind": "A due date that does not agree with the deadline kind or recurrence.",
  "invalid-date": "A date that does not exist (30 February, month 13).",
  "target-range": "A percentage target above 100.",
  // parse
  "appendix-missing": "The body refers to an appendix (Phụ lục kèm theo) that was not given.",
};

export function ruleDescription(id: string): string {
  return RULES[id] ?? (id.startsWith("yaml-") ? `YAML syntax error (${id.slice(5)}).` : id);
}
