import { cellAddress } from "../compare/layout";
import { describeOfficeError, runnerOf, type ExcelAccess } from "./excelRun";
import { parseAddress } from "./readRanges";

/** A formula that calls one of ours. */
const TCLOUD_FORMULA = /^=.*\bTCLOUD\./i;

/** Below Excel on the web's 5 MB request limit, with room for the request envelope. */
const MAX_BATCH_BYTES = 4_000_000;

export interface RecalculateStats {
  readonly syncs: number;
  /** TCLOUD formula cells re-entered. */
  readonly cells: number;
}

/**
 * Makes Excel run every TCLOUD formula of this workbook again: each one is written back as it
 * is, which recalculates it even when it shows an error. application.calculate("Full") would
 * recalculate every open workbook, and is reported not to re-invoke custom functions in an
 * error state (office-js#4502). Only formula cells are read (getSpecialCells), and runs of
 * adjacent TCLOUD formulas in a row are written as one range.
 */
export async function recalculateTcloudFormulas(opts: ExcelAccess = {}): Promise<RecalculateStats> {
  const excel = runnerOf(opts);
  let syncs = 0;
  let cells = 0;
  try {
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      syncs++;
      const found = sheets.items.map((sheet) => {
        const formulas = sheet
          .getUsedRangeOrNullObject(true)
          .getSpecialCellsOrNullObject("Formulas" as Excel.SpecialCellType.formulas);
        formulas.load("address");
        formulas.areas.load("items/address,formulas");
        return { sheet, formulas };
      });
      await context.sync();
      syncs++;
      let pending = 0;
      for (const { sheet, formulas } of found) {
        if (formulas.isNullObject) continue;
        for (const area of formulas.areas.items) {
          const origin = parseAddress(area.address);
          (area.formulas as unknown[][]).forEach((row, r) => {
            for (let c = 0; c < row.length; c++) {
              if (!isTcloud(row[c])) continue;
              let end = c;
              while (end + 1 < row.length && isTcloud(row[end + 1])) end++;
              const run = row.slice(c, end + 1) as string[];
              const from = cellAddress(origin.column + c, origin.row + r);
              const to = cellAddress(origin.column + end, origin.row + r);
              sheet.getRange(from === to ? from : `${from}:${to}`).formulas = [run];
              cells += run.length;
              pending += run.reduce((n, f) => n + f.length * 3, 64);
              c = end;
            }
          });
          if (pending > MAX_BATCH_BYTES) {
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB: Excel on the web refuses larger requests
            await context.sync();
            syncs++;
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        await context.sync();
        syncs++;
      }
    });
  } catch (error) {
    throw describeOfficeError("recalculate", error, opts);
  }
  return { syncs, cells };
}

const isTcloud = (formula: unknown): formula is string => typeof formula === "string" && TCLOUD_FORMULA.test(formula);
