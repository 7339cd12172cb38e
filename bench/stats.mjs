/** Medians, number formatting and plain-text tables for the benchmark's report. */

/** The median of the finite numbers in `values`; `undefined` when there are none. */
export function median(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The spread of `values` around their median, as a fraction of it (max − min) / median. */
export function spread(values) {
  const finite = values.filter((value) => Number.isFinite(value));
  const middle = median(finite);
  if (!middle) return undefined;
  return (Math.max(...finite) - Math.min(...finite)) / middle;
}

/** Each numeric field's median over the runs (an array of objects with the same fields). */
export function medians(runs) {
  const fields = new Set(runs.flatMap((run) => Object.keys(run)));
  const result = {};
  for (const field of fields) {
    const values = runs.map((run) => run[field]);
    if (values.some((value) => typeof value === 'number')) result[field] = median(values);
  }
  return result;
}

/** A number with `digits` decimals, or a dash when there is none. */
export function fixed(value, digits = 0) {
  if (value === undefined || value === null || !Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** `a / b` as "1.23×", or a dash when it means nothing (a zero or missing side). */
export function ratio(a, b, digits = 2) {
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === 0 || b === 0) return '—';
  return `${fixed(a / b, digits)}×`;
}

/** Bytes as MB with two decimals. */
export const megabytes = (bytes) => fixed(bytes / 1024 / 1024, 2);

/**
 * A Markdown table (which also reads well as plain text): the first column left-aligned, the
 * others right-aligned, every column padded to its widest cell.
 */
export function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => [...row[column]].length)));
  const pad = (text, column) => {
    const fill = ' '.repeat(widths[column] - [...text].length);
    return column === 0 ? text + fill : fill + text;
  };
  const line = (row) => `| ${row.map(pad).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}
