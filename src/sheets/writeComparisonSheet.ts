import { cellFormat, columnLetter, sheetLook, tableLayout, uniqueSheetName, widthInPoints } from "../compare/layout";
import type { CellValue, ComparisonTable } from "../compare/types";
import { jsonBytes, toCellInput } from "./cells";
import { describeOfficeError, emptyBatchStats, payloadBatch, runnerOf, type ExcelAccess } from "./excelRun";

export interface WriteProgress {
  readonly phase: "prepare" | "write" | "format" | "done";
  /** Data rows queued so far. */
  readonly rowsWritten: number;
  readonly totalRows: number;
}

export interface WriteOptions extends ExcelAccess {
  progress?: (progress: WriteProgress) => void;
  /** Most bytes queued before a context.sync(); Excel rejects requests above 5 MB. Default 4,000,000. */
  maxPayloadBytes?: number;
  /** Most bytes in one range write; default 1,000,000. */
  maxRequestBytes?: number;
  /** Activate the new sheet (default true). */
  activate?: boolean;
  /** Excel table style, default "TableStyleMedium2". */
  tableStyle?: string;
}

export interface WriteStats {
  readonly sheetName: string;
  /** context.sync() calls made. */
  readonly syncs: number;
  /** Estimated bytes of the largest batch sent by one sync. */
  readonly largestPayloadBytes: number;
  /** Range writes and other commands queued. */
  readonly requests: number;
  /** Data rows written. */
  readonly rows: number;
  /** Address of the data table (header and data rows), e.g. "A6:I10006". */
  readonly tableAddress: string;
}

export { uniqueSheetName };

/** One sheet row as Excel input: formulas where the table gives them, text-safe values elsewhere. */
function rowInput(
  values: readonly CellValue[],
  formulas: readonly (string | null)[] | undefined,
  width: number,
): (string | number | boolean)[] {
  const out = new Array<string | number | boolean>(width);
  for (let c = 0; c < width; c++) {
    const formula = formulas?.[c];
    out[c] = formula ? formula : toCellInput(c < values.length ? values[c] : null);
  }
  return out;
}

function checkShape(table: ComparisonTable): void {
  const width = table.columns.length;
  table.rows.forEach((row, i) => {
    if (row.length > width)
      throw new Error(`Row ${i + 1} of "${table.title}" has ${row.length} cells for ${width} columns.`);
  });
  if (table.formulas && table.formulas.length !== table.rows.length)
    throw new Error(`"${table.title}": formulas and rows differ in length.`);
  for (const formulas of [...(table.formulas ?? []), ...(table.headerFormulas ?? [])]) {
    for (const f of formulas)
      if (f !== null && !f.startsWith("="))
        throw new Error(`"${table.title}": a formula must begin with "=" (found ${JSON.stringify(f.slice(0, 40))}).`);
  }
}

/**
 * Writes a comparison table to a new worksheet in ONE Excel.run: one sync to learn the sheet
 * names, then the header block, the table and the totals as whole 2-D arrays (chunked by rows
 * so each batch stays under `maxPayloadBytes`), an Excel table over header and data, number
 * formats per column, autofit and activation. Syncs: 2 for anything up to ~4 MB of cells,
 * one more per further 4 MB; never one per row. Failures are rethrown with what failed.
 */
export async function writeComparisonSheet(table: ComparisonTable, opts: WriteOptions = {}): Promise<WriteStats> {
  checkShape(table);
  const excel = runnerOf(opts);
  const maxPayload = opts.maxPayloadBytes ?? 4_000_000;
  const maxRequest = Math.min(opts.maxRequestBytes ?? 1_000_000, maxPayload);
  const layout = tableLayout(table);
  const width = layout.width;
  const lastCol = columnLetter(width - 1);
  const tableLastCol = columnLetter(table.columns.length - 1);
  const totalRows = table.rows.length;
  const report = (phase: WriteProgress["phase"], rowsWritten: number): void =>
    opts.progress?.({ phase, rowsWritten, totalRows });

  const stats = emptyBatchStats();
  let sheetName = "";
  let written = "";
  report("prepare", 0);

  try {
    await excel.run(async (context) => {
      const { sync, queue, room } = payloadBatch(context, maxPayload, stats);

      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      queue(0);
      await sync();
      sheetName = uniqueSheetName(
        table.sheetName,
        sheets.items.map((s) => s.name),
      );
      const sheet = sheets.add(sheetName);
      queue(jsonBytes(sheetName));

      const write = async (
        firstRow: number,
        rows: (string | number | boolean)[][],
        hasFormulas: boolean,
      ): Promise<void> => {
        if (rows.length === 0) return;
        const bytes = jsonBytes(rows);
        await room(bytes);
        const range = sheet.getRange(`A${firstRow}:${lastCol}${firstRow + rows.length - 1}`);
        if (hasFormulas) range.formulas = rows;
        else range.values = rows;
        queue(bytes);
      };

      // Header block (padded to the sheet width), then the table header.
      const head = table.headerBlock.map((r, i) => rowInput(r, table.headerFormulas?.[i], width));
      await write(1, head, !!table.headerFormulas);
      await write(layout.columnsRow, [rowInput(table.columns, undefined, width)], false);

      // Data rows in chunks of at most maxRequest bytes each.
      let chunk: (string | number | boolean)[][] = [];
      let chunkStart = layout.firstDataRow;
      let chunkBytes = 0;
      let chunkHasFormulas = false;
      for (let i = 0; i < totalRows; i++) {
        const formulas = table.formulas?.[i];
        const row = rowInput(table.rows[i], formulas, width);
        const bytes = jsonBytes(row) + 1;
        if (chunk.length > 0 && chunkBytes + bytes > maxRequest) {
          await write(chunkStart, chunk, chunkHasFormulas);
          report("write", i);
          chunkStart = layout.firstDataRow + i;
          chunk = [];
          chunkBytes = 0;
          chunkHasFormulas = false;
        }
        chunk.push(row);
        chunkBytes += bytes;
        chunkHasFormulas ||= !!formulas?.some((f) => f);
      }
      await write(chunkStart, chunk, chunkHasFormulas);
      report("write", totalRows);
      if (table.totals && layout.totalsRow !== null) {
        await write(
          layout.totalsRow,
          [rowInput(table.totals, table.totalsFormulas, width)],
          !!table.totalsFormulas?.some((f) => f),
        );
      }

      // The shared look (src/compare/layout.ts, also the .xlsx's): number formats, frozen rows, widths.
      report("format", totalRows);
      const lastRow = layout.totalsRow ?? Math.max(layout.lastDataRow, layout.columnsRow);
      const look = sheetLook(table);
      for (let c = 0; c < table.columns.length; c++) {
        if (totalRows === 0 && layout.totalsRow === null) break;
        const formats = [
          ...table.rows.map((_, r) => cellFormat(table, "row", r, c)),
          ...(table.totals ? [cellFormat(table, "totals", 0, c)] : []),
        ];
        if (formats.every((f) => f === null)) continue;
        const col = columnLetter(c);
        const range = sheet.getRange(`${col}${layout.firstDataRow}:${col}${lastRow}`);
        // One value for a uniform column; a column of per-cell formats where they differ (price changes).
        const value = formats.every((f) => f === formats[0]) ? formats[0] : formats.map((f) => [f ?? "General"]);
        range.numberFormat = value as unknown as string[][]; // a single value applies to every cell of the range
        queue(jsonBytes(value));
      }
      table.headerBlock.forEach((row, r) =>
        row.forEach((_, c) => {
          const format = cellFormat(table, "header", r, c);
          if (!format) return;
          sheet.getRange(`${columnLetter(c)}${r + 1}`).numberFormat = [[format]];
          queue(jsonBytes(format));
        }),
      );
      const tableAddress = `A${layout.columnsRow}:${tableLastCol}${Math.max(layout.lastDataRow, layout.columnsRow + 1)}`;
      const excelTable = sheet.tables.add(tableAddress, true);
      excelTable.style = opts.tableStyle ?? "TableStyleMedium2";
      queue(jsonBytes(tableAddress));
      if (table.headerBlock.length > 0) {
        sheet.getRange("A1").format.font.bold = true;
        queue(0);
      }
      if (layout.totalsRow !== null) {
        sheet.getRange(`A${layout.totalsRow}:${lastCol}${layout.totalsRow}`).format.font.bold = true;
        queue(0);
      }
      look.columnWidths.forEach((width, c) => {
        sheet.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = widthInPoints(width);
        queue(0);
      });
      sheet.freezePanes.freezeRows(look.frozenRows);
      queue(0);
      if (opts.activate !== false) {
        sheet.activate();
        queue(0);
      }
      await sync();
      written = tableAddress;
    });
  } catch (error) {
    throw describeOfficeError(`Writing the sheet "${sheetName || table.sheetName}"`, error);
  }
  report("done", totalRows);
  return {
    sheetName,
    syncs: stats.syncs,
    largestPayloadBytes: stats.largest,
    requests: stats.requests,
    rows: totalRows,
    tableAddress: written,
  };
}
