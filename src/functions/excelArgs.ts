import { assertCount } from "../core/count";
import { PricingError } from "../core/errors";
import type { ArgLabel } from "../core/failure";
import { Money } from "../core/money";
import type { QpsPeriodUnit } from "../core/qps";

/** What Excel hands a custom function for one cell: omitted optional arguments arrive as null. */
export type Cell = string | number | boolean | null | undefined;

const isBlank = (value: Cell): boolean => value === null || value === undefined || value === "";

/** An interface, billing item or API action name. */
const NAME: ArgLabel = { key: "name" };

/** How a wrong value reads in a message: text quoted, anything else as Excel shows it. */
const found = (value: Cell): string => (typeof value === "string" ? `the text "${value}"` : String(value));

export function nameArg(value: Cell, label: ArgLabel = NAME): string {
  // charCodeAt first: most names start with a visible character, and trim() allocates.
  if (typeof value === "string" && value.length > 0 && (value.charCodeAt(0) > 32 || value.trim() !== "")) return value;
  if (isBlank(value)) throw new PricingError({ kind: "missing-argument", label });
  throw new PricingError({ kind: "not-text", label, found: String(value) });
}

/** A count of calls, images, QPS or periods; blank counts as 0. */
export function countArg(value: Cell, label: ArgLabel): number {
  if (isBlank(value)) return 0;
  if (typeof value === "number") return assertCount(value, label);
  throw new PricingError({ kind: "not-a-number", label, found: found(value) });
}

/** A count that must be given (a pack size, a QPS quantity). */
export function requiredCountArg(value: Cell, label: ArgLabel): number {
  if (isBlank(value)) throw new PricingError({ kind: "missing-argument", label });
  return countArg(value, label);
}

/** A money amount such as a monthly bill. */
export function moneyArg(value: Cell, label: ArgLabel): Money {
  if (isBlank(value)) return new Money(0);
  if (typeof value !== "number") throw new PricingError({ kind: "not-a-number", label, found: found(value) });
  if (!Number.isFinite(value)) throw new PricingError({ kind: "bad-amount", label, value, problem: "not-finite" });
  if (value < 0) throw new PricingError({ kind: "bad-amount", label, value, problem: "negative" });
  return new Money(value === 0 ? 0 : value);
}

/** Days from Excel's epoch: serial 61 is 1900-03-01 (Excel counts the non-existent 1900-02-29). */
export function excelSerialToIsoDate(serial: number): string {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) {
    throw new PricingError({ kind: "bad-date", serial });
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
  throw new PricingError({ kind: "bad-catalog-ref", found: String(value) });
}

const DAY_WORDS = new Set(["day", "days", "daily", "d", "日", "天", "按日"]);
const MONTH_WORDS = new Set(["month", "months", "monthly", "m", "月", "按月"]);

export function periodUnitArg(value: Cell): QpsPeriodUnit {
  if (isBlank(value)) return "day";
  const word = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (DAY_WORDS.has(word)) return "day";
  if (MONTH_WORDS.has(word)) return "month";
  throw new PricingError({ kind: "bad-period-unit", found: typeof value === "string" ? `"${value}"` : String(value) });
}

/** Two ranges that must line up cell for cell (names beside volumes). */
export function pairedRanges(
  names: Cell[][],
  values: Cell[][],
  what: string,
): Array<{ name: Cell; value: Cell; row: number }> {
  if (!Array.isArray(names) || !Array.isArray(values) || !names.every(Array.isArray) || !values.every(Array.isArray)) {
    throw new PricingError({ kind: "not-ranges", what });
  }
  const shape = (range: Cell[][]) => `${range.length}×${range[0]?.length ?? 0}`;
  if (names.length !== values.length || names.some((row, i) => row.length !== values[i].length)) {
    throw new PricingError({ kind: "range-shape", what, shapes: [shape(names), shape(values)] });
  }
  const pairs: Array<{ name: Cell; value: Cell; row: number }> = [];
  names.forEach((row, r) =>
    row.forEach((name, c) => pairs.push({ name, value: values[r][c], row: r * row.length + c + 1 })),
  );
  return pairs;
}

export { isBlank };
