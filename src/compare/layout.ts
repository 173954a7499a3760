import Decimal from "decimal.js";
import { groupDigits } from "../core/money";
import { isErrorCell, type CellValue, type ComparisonTable, type TableLayout } from "./types";

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

/* ---------- One look for every writer (Office.js sheets, .xlsx files, the pane's HTML) ---------- */

const MAX_SHEET_NAME = 31;

/**
 * A legal worksheet name: no []:*?/\ (each becomes "-"), not starting or ending with ', not
 * blank or "History", at most 31 characters. A longer name keeps its start and its end around
 * "…" ("Changes tencent-2…tencent-current"): both versions of a comparison stay readable.
 */
export function safeSheetName(name: string, max = MAX_SHEET_NAME): string {
  // Control characters and what XML cannot carry (U+FFFE/U+FFFF, lone surrogates) become spaces.
  let clean = [...name.replace(FORBIDDEN, "-")]
    .map((ch) => (/^[\u0000-\u001f\ufffe\uffff\ud800-\udfff]$/.test(ch) ? " " : ch))
    .join("")
    .trim();
  clean = clean.replace(/^'+|'+$/g, "").trim();
  if (clean === "" || clean.toLowerCase() === "history") clean = "Sheet";
  const chars = [...clean];
  if (chars.length <= max) return clean;
  const head = Math.ceil((max - 1) / 2);
  const tail = max - 1 - head;
  return [...chars.slice(0, head), "…", ...chars.slice(chars.length - tail)].join("").replace(/^'+|'+$/g, "");
}

/** "Forecast" → "Forecast (2)" → …, legal and not clashing (case-insensitively) with `existing`. */
export function uniqueSheetName(wanted: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  const base = safeSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = safeSheetName(wanted, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Which part of a table a cell is in, and its row within that part. */
export type TablePart = "header" | "row" | "totals";

/**
 * The number format of one cell: the table's per-cell override (price changes mix prices and
 * counts in one column), else its column's format; header-block cells have their own.
 */
export function cellFormat(
  table: Pick<ComparisonTable, "numberFormats" | "cellFormats" | "headerFormats">,
  part: TablePart,
  row: number,
  column: number,
): string | null {
  if (part === "header") return table.headerFormats?.[row]?.[column] ?? null;
  const own = part === "row" ? table.cellFormats?.[row]?.[column] : undefined;
  return own !== undefined ? own : (table.numberFormats?.[column] ?? null);
}

const DECIMALS = /\.([0#]+)/;

/**
 * A number as Excel shows it under one of the builders' formats ("¥#,##0.00##", "#,##0",
 * "0.00%", "0.00########"), from exact decimal text or a double: ¥ prefix, grouping, at least
 * as many decimals as the format's 0s and at most its 0s and #s (rounded half away from zero,
 * as Excel does). Without a format: the shortest text of the value, grouped.
 */
export function formatNumber(value: number | string, format: string | null | undefined): string {
  let d: Decimal;
  try {
    d = new Decimal(value);
  } catch {
    return String(value);
  }
  if (!d.isFinite()) return String(value);
  const spec = format ?? "";
  const percent = spec.includes("%");
  if (percent) d = d.times(100);
  const places = DECIMALS.exec(spec)?.[1];
  let text: string;
  if (places) {
    const min = places.replace(/#/g, "").length;
    text = d.toDecimalPlaces(places.length, Decimal.ROUND_HALF_UP).toFixed();
    const [whole, fraction = ""] = text.split(".");
    const kept = fraction.replace(/0+$/, "").padEnd(min, "0");
    text = kept ? `${whole}.${kept}` : whole;
  } else if (format) {
    text = d.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed();
  } else {
    text = d.toFixed();
  }
  if (text.startsWith("-") && /^-[0.]*$/.test(text)) text = text.slice(1); // Excel shows no "-0.00"
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const grouped = !format || spec.includes(",") ? groupDigits(body) : body;
  return `${negative ? "-" : ""}${spec.includes("¥") ? "¥" : ""}${grouped}${percent ? "%" : ""}`;
}

/** A cell's display text under a number format: what Excel, the .xlsx and the pane all show. */
export function displayCell(value: CellValue, format: string | null | undefined): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (isErrorCell(value)) return value.error;
  return formatNumber(value, format);
}

/** How a table sits on its sheet, the same in Excel, the .xlsx file and the pane. */
export interface SheetLook {
  /** Rows frozen at the top: the header block, the blank row and the table header. */
  readonly frozenRows: number;
  /** Column widths in characters (Excel's unit: widths of the digit 0), one per column. */
  readonly columnWidths: readonly number[];
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Display width in characters: CJK and other wide characters count double. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return width;
}

export function sheetLook(table: ComparisonTable): SheetLook {
  const layout = tableLayout(table);
  const shown = (value: CellValue | undefined, part: TablePart, row: number, c: number): number =>
    value === undefined ? 0 : textWidth(displayCell(value, cellFormat(table, part, row, c)));
  const columnWidths = Array.from({ length: layout.width }, (_, c) => {
    const longest = Math.max(
      textWidth(table.columns[c] ?? ""),
      ...table.rows.map((r, i) => shown(r[c], "row", i, c)),
      table.totals ? shown(table.totals[c], "totals", 0, c) : 0,
    );
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
  return { frozenRows: layout.columnsRow, columnWidths };
}

/** Excel's column width in characters as Office.js wants it (points): 7 px a character + 5 px padding, 96 dpi. */
export const widthInPoints = (characters: number): number => ((characters * 7 + 5) * 72) / 96;
