import type { CellValue, ComparisonTable } from "../compare/types";
import type { XlsxSheet } from "./xlsx";

/**
 * A comparison table as the rows of a sheet, laid out as src/compare/types.ts describes
 * (header block, a blank row, the column header, the data, the totals). Values only: the
 * downloaded workbook has no formulas, and text stays text.
 */
export function tableRows(table: ComparisonTable): CellValue[][] {
  return [
    ...table.headerBlock.map((r) => [...r]),
    [],
    [...table.columns],
    ...table.rows.map((r) => [...r]),
    ...(table.totals ? [[...table.totals]] : []),
  ];
}

export function tableToXlsxSheet(table: ComparisonTable): XlsxSheet {
  const rows = tableRows(table);
  const columnsRow = table.headerBlock.length + 1;
  const notes = table.notes?.length ? [[], ...table.notes.map((n) => [n])] : [];
  const width = Math.max(table.columns.length, 1);
  const columnWidths = Array.from({ length: width }, (_, c) => {
    const longest = Math.max(...[table.columns, ...table.rows].map((r) => textWidth(r[c])));
    return Math.min(60, Math.max(8, longest + 2));
  });
  return {
    name: table.sheetName,
    rows: [...rows, ...notes],
    boldRows: [0, columnsRow, ...(table.totals ? [rows.length - 1] : [])],
    columnFormats: table.numberFormats ?? [],
    formatFromRow: columnsRow + 1,
    columnWidths,
  };
}

/** Display width: CJK characters count double. */
function textWidth(value: CellValue | undefined): number {
  if (value === null || value === undefined) return 0;
  const text = typeof value === "number" ? value.toLocaleString("en-US") : String(value);
  let width = 0;
  for (const ch of text) width += /[\u1100-\uFFFF]/.test(ch) ? 2 : 1;
  return width;
}
