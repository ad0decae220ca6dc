// A data problem, reported as `path:line: message` so that editors and CI logs link to it.
export interface DataIssue {
  file: string;
  line: number | null;
  message: string;
}

export const formatIssue = (i: DataIssue): string =>
  i.line === null ? `${i.file}: ${i.message}` : `${i.file}:${i.line}: ${i.message}`;

/** Thrown by loaders when inputs are invalid; carries every issue, not just the first. */
export class DataError extends Error {
  constructor(readonly issues: DataIssue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "DataError";
  }
}

/** A zod issue as a reader wants it: "title is required", "kind must be one of a, b (got "x")". */
export function describeIssue(
  issue: { code: string; path: PropertyKey[]; message: string; values?: unknown[]; keys?: string[] },
  input: unknown,
): string {
  const key = issue.path.map(String).join(".");
  const value = issue.path.reduce<unknown>(
    (o, k) => (o && typeof o === "object" ? (o as Record<PropertyKey, unknown>)[k] : undefined),
    input,
  );
  if (issue.code === "invalid_type" && value === undefined) return `${key} is required`;
  if (issue.code === "invalid_value" && issue.values)
    return `${key} must be one of ${issue.values.map(String).join(", ")} (got ${JSON.stringify(value)})`;
  if (issue.code === "unrecognized_keys" && issue.keys)
    return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
  return key ? `${key} ${issue.message}` : issue.message;
}
