import type { MessageLang } from "../core/messages";
/**
 * Comparison tables: what the task pane (and the Plan sheet) writes into a worksheet, as pure
 * data built from the pricing core. No Office dependency: src/sheets writes a table into Excel,
 * the standalone calculator can render the same table as HTML text nodes.
 *
 * Sheet layout (every builder's A1 formulas assume it):
 *
 *   row 1 .. H          headerBlock (H = headerBlock.length rows), starting at A1
 *   row H+1             blank
 *   row H+2             table header (columns), starting at column A
 *   row H+3 .. H+2+N    data rows (N = rows.length)
 *   row H+3+N           totals row, when `totals` is present
 *
 * So with a 4-row header block the table header is row 6 and the first data row is row 7
 * (`=TCLOUD.OCR_COST(B7,C7,D7,"tencent-2019-ocr")`). Use `tableLayout(table)` for the numbers.
 *
 * Values are exact decimals converted to the nearest JS number only here, at the cell boundary.
 * Strings taken from catalogs or from the user are plain data: a writer must keep them as text
 * even when they begin with = + - @ (they are never formulas). Only `formulas` holds formulas.
 */

/**
 * An Excel error value in a cell (not the text "#N/A"): Excel's SUM, ISNA and IFERROR see it as
 * the error it is. Text that merely reads "#N/A" (a catalog name) stays a string.
 */
export interface ErrorCell {
  readonly error: "#N/A" | "#VALUE!" | "#NUM!";
}

export type CellValue = string | number | boolean | null | ErrorCell;

export const isErrorCell = (value: unknown): value is ErrorCell =>
  typeof value === "object" && value !== null && "error" in value;

export type ComparisonKind =
  "price-changes" | "forecast" | "ladder" | "plan" | "catalog" | "price-history" | "pack-ledger" | "scenario";

export interface ComparisonTable {
  kind: ComparisonKind;
  /** Suggested worksheet name (<= 31 chars, none of []:*?/\ ); the writer makes it unique. */
  sheetName: string;
  title: string;
  /** Rows above the table: title, versions compared, generated at (ISO), from what. */
  headerBlock: CellValue[][];
  /** The table header. */
  columns: string[];
  /** Values (exact decimals as nearest JS numbers); one entry per column. */
  rows: CellValue[][];
  /** Same shape as rows: a live formula for that cell (A1 refs per the layout above), or null. */
  formulas?: (string | null)[][];
  /** Per column: an Excel number format ("¥#,##0.00##", "0.00%", "#,##0") or null. */
  numberFormats?: (string | null)[];
  /** Per data cell, where it differs from its column's (same shape as rows; undefined = the column's). */
  cellFormats?: (string | null | undefined)[][];
  /** Same shape as headerBlock: live formulas for header-block cells (e.g. the ledger's reconciliation), or null. */
  headerFormulas?: (string | null)[][];
  /** Number formats of header-block cells (same shape as headerBlock; e.g. the plan's costs). */
  headerFormats?: (string | null)[][];
  /** Optional totals row below the data rows (one entry per column). */
  totals?: CellValue[];
  /** Same shape as totals: live formulas for the totals row, or null. */
  totalsFormulas?: (string | null)[];
  /** Price changes: how many lines changed, were added, removed or stayed (every line, also under changedOnly). */
  changeCounts?: Readonly<Record<"changed" | "added" | "removed" | "unchanged", number>>;
  /** E.g. "#N/A: 身份证识别 above 100万 calls has no list price (联系商务)". */
  notes?: string[];
}

/** Where the parts of a table land on its sheet (1-based rows). */
export interface TableLayout {
  readonly headerRows: number;
  /** Row of the table header. */
  readonly columnsRow: number;
  /** First data row (columnsRow + 1). */
  readonly firstDataRow: number;
  /** Last data row (firstDataRow - 1 when there are no rows). */
  readonly lastDataRow: number;
  /** Row of the totals row, or null. */
  readonly totalsRow: number | null;
  /** Number of columns of the widest part. */
  readonly width: number;
}

export type ProductChoice = "ocr" | "face";

/** One line of a forecast: an interface (or billing item / API action) and its monthly volume. */
export interface ForecastInput {
  api: string;
  volume: number;
  /** Calls (images) prepaid packs still cover this month; blank = 0. */
  prepaid?: number;
}

export interface ForecastOptions {
  /** Which product the names belong to; by default each name is looked up in OCR, then Face. */
  product?: ProductChoice;
  /** Cost cells as live =TCLOUD.*_COST formulas referencing the volume cells. */
  liveFormulas: boolean;
  /** ISO timestamp for "generated at" (tests); default now. */
  generatedAt?: string;
  /** The sheet's language (headers, labels, notes); default English. */
  lang?: "en" | "zh";
}

export interface LadderOptions {
  product?: ProductChoice;
  generatedAt?: string;
  /** The sheet's language (headers, notes, sheet name); English by default. */
  lang?: MessageLang;
}

/** One item of a scenario: an interface (or billing item / API action) and its month-1 volume. */
export interface ScenarioInput {
  api: string;
  start: number;
}

export interface ScenarioOptions {
  /** Monthly growth rate as decimal text or a number (0.08 = 8% a month; −1 or more). */
  growth: string | number;
  /** 1–36 months. */
  months: number;
  product?: ProductChoice;
  /** Cost cells as live =TCLOUD.*_COST formulas over the calls and pack calls cells. */
  liveFormulas: boolean;
  generatedAt?: string;
  /** The sheet's language (headers, notes, sheet name); English by default. */
  lang?: MessageLang;
}

/** A pack price actually paid (overrides the list price in the plan search). */
export interface PackPriceInput {
  size: number;
  /** Decimal text or a number (converted through its shortest decimal text). */
  price: string | number;
}

export interface PlanOptions {
  product?: ProductChoice;
  generatedAt?: string;
}

export interface BuildOptions {
  generatedAt?: string;
}

export interface PriceChangeOptions extends BuildOptions {
  /** Only the lines that changed, were added or removed (the counts still cover every line). */
  changedOnly?: boolean;
}

/** A problem found in an edited grid, with the cell it is in ("Prices!G12"). */
export interface GridProblem {
  /** "Sheet!D12" (or "D12" without a sheet name). */
  readonly cell: string;
  readonly message: string;
}

export interface TableToCatalogOptions {
  /** Sheet name used in problem addresses; default "Sheet". */
  sheetName?: string;
}

export type TableToCatalogResult =
  | { readonly ok: true; readonly catalog: import("../catalog/types").Catalog; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly GridProblem[] };

/** Excel number formats used by the builders. */
export const FORMAT_CNY = "¥#,##0.00##";
export const FORMAT_UNIT_PRICE = "¥#,##0.00####";
export const FORMAT_PERCENT = "0.00%";
export const FORMAT_COUNT = "#,##0";
