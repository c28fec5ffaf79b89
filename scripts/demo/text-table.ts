/** Rows as a plain-text table with a header line, columns padded to their widest cell. */
export function table(rows: ReadonlyArray<Record<string, string>>): string {
  const columns = Object.keys(rows[0] ?? {});
  const width = (c: string) => Math.max(c.length, ...rows.map((r) => (r[c] ?? '').length));
  const line = (cells: (c: string) => string) => columns.map((c) => cells(c).padEnd(width(c))).join('  ');
  return [line((c) => c), line((c) => '-'.repeat(width(c))), ...rows.map((r) => line((c) => r[c] ?? ''))].join('\n');
}
