import { assertCount } from "../core/count";
import { numError, valueError } from "../core/errors";
import { Money } from "../core/money";
import type { QpsPeriodUnit } from "../core/qps";

/** What Excel hands a custom function for one cell: omitted optional arguments arrive as null. */
export type Cell = string | number | boolean | null | undefined;

const isBlank = (value: Cell): boolean => value === null || value === undefined || value === "";

/** An interface, billing item or API action name. */
export function nameArg(value: Cell, label = "The interface name"): string {
  // charCodeAt first: most names start with a visible character, and trim() allocates.
  if (typeof value === "string" && value.length > 0 && (value.charCodeAt(0) > 32 || value.trim() !== "")) return value;
  if (isBlank(value))
    throw valueError(`${label} is missing. Type a name as printed in Tencent's price table, e.g. "身份证识别".`);
  throw valueError(`${label} must be text, found ${String(value)}. Type a name such as "身份证识别" in quotes.`);
}

/** A count of calls, images, QPS or periods; blank counts as 0. */
export function countArg(value: Cell, label: string): number {
  if (isBlank(value)) return 0;
  if (typeof value === "number") return assertCount(value, label);
  throw valueError(
    `${label} must be a number, found ${typeof value === "string" ? `the text "${value}"` : String(value)}. Type a whole number or a cell reference.`,
  );
}

/** A count that must be given (a pack size, a QPS quantity). */
export function requiredCountArg(value: Cell, label: string): number {
  if (isBlank(value)) throw valueError(`${label} is missing.`);
  return countArg(value, label);
}

/** A money amount such as a monthly bill. */
export function moneyArg(value: Cell, label: string): Money {
  if (isBlank(value)) return new Money(0);
  if (typeof value !== "number")
    throw valueError(
      `${label} must be a number, found ${typeof value === "string" ? `the text "${value}"` : String(value)}.`,
    );
  if (!Number.isFinite(value)) throw numError(`${label} must be a finite amount.`);
  if (value < 0) throw numError(`${label} must not be negative (found ${value}).`);
  return new Money(value);
}

/** Days from Excel's epoch: serial 61 is 1900-03-01 (Excel counts the non-existent 1900-02-29). */
export function excelSerialToIsoDate(serial: number): string {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) {
    throw numError(`${serial} is not an Excel date. Type a date such as DATE(2021,6,1), or a catalog version id.`);
  }
  const day = Math.floor(serial);
  const epoch = day >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(epoch + day * 86400000).toISOString().slice(0, 10);
}

/** A catalog version id, an Excel date (the version in force that day), or blank for the default. */
export function catalogArg(value: Cell): string | null {
  if (isBlank(value)) return null;
  if (typeof value === "number") return excelSerialToIsoDate(value);
  if (typeof value === "string") return value;
  throw valueError(
    `The catalog must be a version id such as "tencent-current", a date, or blank; found ${String(value)}.`,
  );
}

const DAY_WORDS = new Set(["day", "days", "daily", "d", "日", "天", "按日"]);
const MONTH_WORDS = new Set(["month", "months", "monthly", "m", "月", "按月"]);

export function periodUnitArg(value: Cell): QpsPeriodUnit {
  if (isBlank(value)) return "day";
  const word = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (DAY_WORDS.has(word)) return "day";
  if (MONTH_WORDS.has(word)) return "month";
  throw valueError(
    `The period unit must be "day" or "month", found ${typeof value === "string" ? `"${value}"` : String(value)}.`,
  );
}

/** Two ranges that must line up cell for cell (names beside volumes). */
export function pairedRanges(
  names: Cell[][],
  values: Cell[][],
  what: string,
): Array<{ name: Cell; value: Cell; row: number }> {
  if (!Array.isArray(names) || !Array.isArray(values) || !names.every(Array.isArray) || !values.every(Array.isArray)) {
    throw valueError(`${what} must be ranges of cells.`);
  }
  const shape = (range: Cell[][]) => `${range.length}×${range[0]?.length ?? 0}`;
  if (names.length !== values.length || names.some((row, i) => row.length !== values[i].length)) {
    throw valueError(`${what}: the two ranges must have the same shape (found ${shape(names)} and ${shape(values)}).`);
  }
  const pairs: Array<{ name: Cell; value: Cell; row: number }> = [];
  names.forEach((row, r) =>
    row.forEach((name, c) => pairs.push({ name, value: values[r][c], row: r * row.length + c + 1 })),
  );
  return pairs;
}

export { isBlank };
