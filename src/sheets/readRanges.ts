import { readTypedCount } from "../core/typedNumber";
import { columnIndex, columnLetter } from "../compare/layout";
import type { CellValue, ForecastInput, GridProblem } from "../compare/types";
import { describeOfficeError, runnerOf, type ExcelAccess } from "./excelRun";
import { gridProblem } from "../compare/gridProblem";
import type { GridField } from "../catalog/problem";
import type { MessageLang } from "../core/messages";

/** "Sheet 1'!B3:D10" / "Sheet1!B3" → sheet name, first column (0-based) and row (1-based). */
export function parseAddress(address: string): { sheet: string; column: number; row: number } {
  const bang = address.lastIndexOf("!");
  let sheet = bang >= 0 ? address.slice(0, bang) : "";
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const ref = (bang >= 0 ? address.slice(bang + 1) : address).split(":")[0].replace(/\$/g, "");
  const m = /^([A-Z]+)(\d+)$/i.exec(ref);
  if (!m) return { sheet, column: 0, row: 1 };
  const column = columnIndex(m[1].toUpperCase());
  return { sheet, column, row: Number(m[2]) };
}

const isBlank = (v: CellValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * A selected forecast range → forecast lines: columns api, volume and optionally prepaid.
 * A first row whose volume cell is text is taken as a header. Blank rows are skipped; every
 * other problem is reported with its cell address.
 */
export function parseForecastRange(
  values: readonly (readonly CellValue[])[],
  address: string,
  lang: MessageLang = "en",
): { rows: ForecastInput[]; problems: GridProblem[] } {
  const origin = parseAddress(address);
  const at = (r: number, c: number): string =>
    `${origin.sheet ? `${origin.sheet}!` : ""}${columnLetter(origin.column + c)}${origin.row + r}`;
  const rows: ForecastInput[] = [];
  const problems: GridProblem[] = [];
  if (values.length === 0) return { rows, problems };
  if ((values[0]?.length ?? 0) < 2) {
    problems.push(gridProblem(at(0, 0), { code: "range-too-narrow", params: {} }, lang));
    return { rows, problems };
  }
  const start =
    typeof values[0][1] === "string" && !isBlank(values[0][1]) && !Number.isFinite(Number(values[0][1])) ? 1 : 0;
  const count = (v: CellValue | undefined, r: number, c: number, field: GridField): number | null => {
    if (isBlank(v)) return 0;
    // Text volumes ("1,000", "100万") go through the one reader: "9,99" is an error, never 999.
    const typed = typeof v === "string" ? readTypedCount(v) : null;
    const n = typeof v === "number" ? v : typed?.ok ? typed.value : NaN;
    if (!Number.isFinite(n) || n < 0 || !Number.isInteger(n)) {
      problems.push(gridProblem(at(r, c), { code: "grid-not-count", params: { field, found: v } }, lang));
      return null;
    }
    return n;
  };
  for (let r = start; r < values.length; r++) {
    const row = values[r];
    if (row.every(isBlank)) continue;
    const api = row[0];
    if (isBlank(api) || typeof api !== "string") {
      problems.push(
        gridProblem(
          at(r, 0),
          isBlank(api)
            ? { code: "range-no-name", params: {} }
            : { code: "range-name-not-text", params: { found: api } },
          lang,
        ),
      );
      continue;
    }
    const volume = count(row[1], r, 1, "volume");
    const prepaid = row.length > 2 ? count(row[2], r, 2, "prepaid") : 0;
    if (volume === null || prepaid === null) continue;
    rows.push(prepaid > 0 ? { api: api.trim(), volume, prepaid } : { api: api.trim(), volume });
  }
  return { rows, problems };
}

/** The user's selection as forecast lines (one sync). */
export async function readSelectedForecast(
  opts: ExcelAccess = {},
): Promise<{ address: string; rows: ForecastInput[]; problems: GridProblem[] }> {
  const excel = runnerOf(opts);
  let address = "";
  let values: CellValue[][] = [];
  try {
    await excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address,values");
      await context.sync();
      address = range.address;
      values = range.values as CellValue[][];
    });
  } catch (error) {
    throw describeOfficeError("read-selection", error, opts);
  }
  return { address, ...parseForecastRange(values, address, opts.lang) };
}

/**
 * A worksheet's cells from A1 to the end of its used range (for tableToCatalog, whose problem
 * addresses assume the grid starts at A1). One sync.
 */
export async function readSheetGrid(sheetName: string, opts: ExcelAccess = {}): Promise<CellValue[][]> {
  const excel = runnerOf(opts);
  let grid: CellValue[][] = [];
  try {
    await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem(sheetName).getUsedRange(true);
      used.load("address,values");
      await context.sync();
      const origin = parseAddress(used.address);
      const values = used.values as CellValue[][];
      const width = origin.column + (values[0]?.length ?? 0);
      const pad = (): CellValue[] => new Array<CellValue>(width).fill("");
      grid = [
        ...Array.from({ length: origin.row - 1 }, pad),
        ...values.map((row) => [...new Array<CellValue>(origin.column).fill(""), ...row]),
      ];
    });
  } catch (error) {
    throw describeOfficeError("read-sheet", error, { ...opts, name: sheetName });
  }
  return grid;
}
