import { isErrorCell, type CellValue } from "../compare/types";

/**
 * Text Excel would not keep as the same text if typed into a cell: formulas (= + - @), error
 * literals (#N/A), numbers, percentages, dates and booleans. Such strings are written with a
 * leading apostrophe (Excel's quote prefix): the cell then holds exactly the string, as text,
 * and the apostrophe is not part of its value. Range.values and Range.formulas both parse
 * input like typing, so the prefix is what keeps "=HYPERLINK(...)" from catalog data inert.
 */
const FORMULA_LIKE = /^[=+\-@#'\t\r\n]/;
const NUMBER_LIKE = /^\s*[-+(]?\s*[¥$€£]?\s*(\d[\d,]*\.?\d*|\.\d+)(e[-+]?\d+)?\s*%?\s*\)?\s*$/i;
const DATE_LIKE = /^\s*\d{1,4}\s*[-/.年]\s*\d{1,2}(\s*[-/.月]\s*\d{1,4})?|^\s*\d{1,2}:\d{2}/;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;

export function needsQuotePrefix(text: string): boolean {
  return FORMULA_LIKE.test(text) || NUMBER_LIKE.test(text) || DATE_LIKE.test(text) || BOOLEAN_LIKE.test(text);
}

/**
 * A value as Excel should receive it: text kept as text, null as an empty cell, an error cell
 * as the error literal itself (typed unprefixed, Excel stores the error value, not text).
 */
export function toCellInput(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "#NUM!";
  if (typeof value === "boolean") return value;
  if (isErrorCell(value)) return value.error;
  return needsQuotePrefix(value) ? `'${value}` : value;
}

const encoder = new TextEncoder();

/** UTF-8 size of a value's JSON, the way Office.js sends it. */
export const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;
