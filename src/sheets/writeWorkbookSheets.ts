import { columnLetter, uniqueSheetName, widthInPoints } from "../compare/layout";
import type { XlsxCell, XlsxSheet } from "../taskpane/xlsx";
import { jsonBytes, toCellInput } from "./cells";
import { describeOfficeError, emptyBatchStats, payloadBatch, runnerOf } from "./excelRun";
import type { WriteOptions } from "./writeComparisonSheet";

/**
 * Writes sheets built as .xlsx sheets (src/taskpane/xlsx.ts: values, explicit formula cells,
 * per-cell formats, bold rows, widths, frozen rows, protection) to new worksheets of the open
 * workbook in ONE Excel.run — the portable workbooks (src/compare/portable) into Excel itself.
 * Their formulas name their sheets, so the builder is given the sheet names already taken
 * (first sync) and names its sheets around them. Rows go as whole 2-D arrays in chunks under
 * the per-request budget; a sync only when the batch would pass `maxPayloadBytes` (< 5 MB).
 */

export interface WorkbookWriteStats {
  readonly sheetNames: readonly string[];
  readonly syncs: number;
  readonly largestPayloadBytes: number;
}

/** A cell as Excel input: formulas only from explicit formula cells; text stays text. */
export function xlsxCellInput(cell: XlsxCell): string | number | boolean {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object") return "formula" in cell ? `=${cell.formula}` : cell.error;
  return toCellInput(cell);
}

export async function writeWorkbookSheets(
  build: (takenNames: readonly string[]) => readonly XlsxSheet[],
  opts: Omit<WriteOptions, "tableStyle"> = {},
): Promise<WorkbookWriteStats> {
  const excel = runnerOf(opts);
  const maxPayload = opts.maxPayloadBytes ?? 4_000_000;
  const maxRequest = Math.min(opts.maxRequestBytes ?? 1_000_000, maxPayload);
  const stats = emptyBatchStats();
  let names: string[] = [];
  let totalRows = 0;
  try {
    await excel.run(async (context) => {
      const batch = payloadBatch(context, maxPayload, stats);
      const { sync } = batch;
      const queue = async (bytes: number): Promise<void> => {
        await batch.room(bytes);
        batch.queue(bytes);
      };
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await queue(0);
      await sync();
      const taken = worksheets.items.map((s) => s.name);
      const sheets = build(taken);
      // The builder names its sheets around the taken ones; a clash would break its references.
      names = sheets.map((s) => s.name);
      const clash = names.find((n) => uniqueSheetName(n, taken) !== n);
      if (clash) throw new Error(`the sheet "${clash}" already exists`);

      totalRows = sheets.reduce((sum, s) => sum + s.rows.length, 0);
      let rowsDone = 0;
      let firstSheet: Excel.Worksheet | null = null;
      for (const data of sheets) {
        const sheet = worksheets.add(data.name);
        firstSheet ??= sheet;
        await queue(jsonBytes(data.name));
        const width = Math.max(1, ...data.rows.map((r) => r.length));
        const lastCol = columnLetter(width - 1);
        const writeChunk = async (first: number, count: number): Promise<void> => {
          const rows = data.rows.slice(first, first + count);
          const input = rows.map((row) => Array.from({ length: width }, (_, c) => xlsxCellInput(row[c])));
          const address = `A${first + 1}:${lastCol}${first + count}`;
          const bytes = jsonBytes(input);
          await queue(bytes);
          const range = sheet.getRange(address);
          if (rows.some((row) => row.some((c) => typeof c === "object" && c !== null && "formula" in c)))
            range.formulas = input;
          else range.values = input;
          const formats = data.cellFormats?.slice(first, first + count) ?? [];
          if (formats.some((row) => row?.some((f) => f))) {
            const grid = rows.map((_, r) => Array.from({ length: width }, (_, c) => formats[r]?.[c] || "General"));
            await queue(jsonBytes(grid));
            range.numberFormat = grid;
          }
        };
        let first = 0;
        let bytes = 0;
        for (let r = 0; r < data.rows.length; r++) {
          const rowBytes = jsonBytes(data.rows[r]) + 1;
          if (r > first && bytes + rowBytes > maxRequest / 2) {
            await writeChunk(first, r - first);
            first = r;
            bytes = 0;
          }
          bytes += rowBytes;
        }
        if (data.rows.length > first) await writeChunk(first, data.rows.length - first);
        rowsDone += data.rows.length;
        opts.progress?.({ phase: "write", rowsWritten: rowsDone, totalRows });

        for (const r of data.boldRows ?? []) {
          sheet.getRange(`A${r + 1}:${lastCol}${r + 1}`).format.font.bold = true;
          await queue(0);
        }
        for (const [c, chars] of (data.columnWidths ?? []).entries()) {
          if (chars === undefined) continue;
          sheet.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = widthInPoints(chars);
          await queue(0);
        }
        if (data.frozenRows) {
          sheet.freezePanes.freezeRows(data.frozenRows);
          await queue(0);
        }
        // No password: against accidental edits only; every cell stays readable (auditors).
        if (data.protect) {
          sheet.protection.protect();
          await queue(0);
        }
      }
      if (opts.activate !== false && firstSheet) {
        firstSheet.activate();
        await queue(0);
      }
      await sync();
    });
  } catch (error) {
    throw describeOfficeError(`Writing the sheets "${names.join('", "')}"`, error);
  }
  opts.progress?.({ phase: "done", rowsWritten: totalRows, totalRows });
  return { sheetNames: names, syncs: stats.syncs, largestPayloadBytes: stats.largest };
}
