// Which years a table covers well, read from the data rather than typed into a page: pages say
// "for 2022, 2024–2025 only partial lists are known" from these, so a new year of data updates
// the prose with the charts.

/** The years (ascending) whose rows pass `test`. */
export function yearsWhere<T extends { year: number }>(rows: readonly T[], test: (ofYear: T[]) => boolean): number[] {
  const byYear = new Map<number, T[]>();
  for (const row of rows) {
    const list = byYear.get(row.year);
    if (list) list.push(row);
    else byYear.set(row.year, [row]);
  }
  return [...byYear.keys()].sort((a, b) => a - b).filter((year) => test(byYear.get(year)!));
}

/** More than half of the year's rows pass `test`. */
export const mostly =
  <T>(test: (row: T) => boolean) =>
  (rows: T[]): boolean =>
    rows.filter(test).length > rows.length / 2;

/** Years as runs: [2010, 2013, 2015, 2016, 2017, 2024] → "2010, 2013, 2015–2017 and 2024". */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.length < 2 ? (runs[0] ?? "") : `${runs.slice(0, -1).join(", ")} and ${runs[runs.length - 1]}`;
}

/** "2001–2025": the first and last year of the rows. */
export function yearSpan(rows: readonly { year: number }[]): string {
  if (!rows.length) return "";
  let lo = Infinity;
  let hi = -Infinity;
  for (const { year } of rows) {
    if (year < lo) lo = year;
    if (year > hi) hi = year;
  }
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}
