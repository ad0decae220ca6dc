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
