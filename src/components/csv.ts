// RFC 4180 CSV for downloads: every field that needs it is quoted, quotes doubled.
export function toCsv(rows: Record<string, unknown>[]): string {
  const columns = rows.length ? Object.keys(rows[0]) : [];
  const field = (v: unknown) => {
    const s = v === null || v === undefined ? "" : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(","), ...rows.map((r) => columns.map((c) => field(r[c])).join(","))].join("\r\n") + "\r\n";
}
