import type { ComparisonTable, TableLayout } from "./types";

/** Where the header block, table header, data and totals rows land (see types.ts). */
export function tableLayout(table: Pick<ComparisonTable, "headerBlock" | "columns" | "rows" | "totals">): TableLayout {
  const headerRows = table.headerBlock.length;
  const columnsRow = headerRows + 2;
  const firstDataRow = columnsRow + 1;
  const lastDataRow = firstDataRow + table.rows.length - 1;
  const totalsRow = table.totals ? lastDataRow + 1 : null;
  const width = Math.max(table.columns.length, ...table.headerBlock.map((r) => r.length), 1);
  return { headerRows, columnsRow, firstDataRow, lastDataRow, totalsRow, width };
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" → 0, "Z" → 25, "AA" → 26: the inverse of columnLetter (letters in upper case). */
export const columnIndex = (letters: string): number =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** (0-based column, 1-based row) → "B7". */
export const cellAddress = (column: number, row: number): string => `${columnLetter(column)}${row}`;

const FORBIDDEN = /[[\]:*?/\\]/g;

/** A legal worksheet name: no []:*?/\, not starting or ending with ', at most 31 characters. */
export function safeSheetName(name: string): string {
  let clean = name
    .replace(FORBIDDEN, "-")
    .replace(/[\u0000-\u001f]/g, " ")
    .trim();
  clean = clean.replace(/^'+|'+$/g, "");
  if (clean === "" || clean.toLowerCase() === "history") clean = "Sheet";
  return [...clean].slice(0, 31).join("");
}
