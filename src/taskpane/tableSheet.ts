import { cellFormat, sheetLook } from "../compare/layout";
import type { CellValue, ComparisonTable } from "../compare/types";
import type { XlsxCell, XlsxSheet } from "./xlsx";

/**
 * A comparison table as the rows of a sheet, laid out as src/compare/types.ts describes
 * (header block, a blank row, the column header, the data, the totals). Values only, and
 * text stays text.
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

/** A row with the table's live formulas in place, each keeping the value it has now as its cached result. */
const withFormulas = (values: readonly CellValue[], formulas: readonly (string | null)[] | undefined): XlsxCell[] =>
  values.map((value, c) => {
    const text = formulas?.[c];
    return text ? { formula: text.replace(/^=/, ""), cached: value } : value;
  });

/**
 * The sheet of one table, with the number formats, frozen rows and widths the Office.js writer
 * gives it. With `formulas`, cells the table gives a formula (a forecast's =TCLOUD.* costs) are
 * formula cells — the form that needs the add-in; without, values only.
 */
export function tableToXlsxSheet(table: ComparisonTable, opts: { formulas?: boolean } = {}): XlsxSheet {
  const rows: XlsxCell[][] = tableRows(table);
  if (opts.formulas && (table.formulas || table.totalsFormulas)) {
    const first = table.headerBlock.length + 2;
    table.rows.forEach((row, r) => (rows[first + r] = withFormulas(row, table.formulas?.[r])));
    if (table.totals) rows[first + table.rows.length] = withFormulas(table.totals, table.totalsFormulas);
  }
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
