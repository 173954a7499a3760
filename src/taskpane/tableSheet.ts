import { cellFormat, sheetLook } from "../compare/layout";
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

/** The sheet of one table, with the number formats, frozen rows and widths the Office.js writer gives it. */
export function tableToXlsxSheet(table: ComparisonTable): XlsxSheet {
  const rows = tableRows(table);
  const look = sheetLook(table);
  const columnsRow = table.headerBlock.length + 1;
  const formatsOf = (part: "header" | "row" | "totals", r: number, width: number): (string | null)[] =>
    Array.from({ length: width }, (_, c) => cellFormat(table, part, r, c));
  const cellFormats = [
    ...table.headerBlock.map((row, r) => formatsOf("header", r, row.length)),
    [],
    [],
    ...table.rows.map((row, r) => formatsOf("row", r, row.length)),
    ...(table.totals ? [formatsOf("totals", 0, table.totals.length)] : []),
  ];
  const notes = table.notes?.length ? [[], ...table.notes.map((n) => [n])] : [];
  return {
    name: table.sheetName,
    rows: [...rows, ...notes],
    boldRows: [0, columnsRow, ...(table.totals ? [rows.length - 1] : [])],
    cellFormats,
    columnWidths: look.columnWidths,
    frozenRows: look.frozenRows,
  };
}
