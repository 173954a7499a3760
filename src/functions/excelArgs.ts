import { assertCount } from "../core/count";
import { PricingError } from "../core/errors";
import type { ArgLabel, RangeArgument } from "../core/failure";
import { Money } from "../core/money";
import type { QpsPeriodUnit } from "../core/qps";
import type { HistoryWhat } from "../core/priceHistory";
import type { DateSystem } from "../catalog/registry";

/**
 * The one argument layer: what Excel really hands a custom function, on both hosts.
 *
 * - An omitted optional argument is null.
 * - A `number` parameter is converted by Excel before the call: a blank cell is 0, text is
 *   Excel's own #VALUE! (the function is never called). So a number parameter is a number or null.
 * - A `string` parameter is converted too: a number becomes its text, a blank cell "".
 * - An `any` parameter and every cell of an `any[][]` range arrive unconverted, and a blank
 *   cell is 0 on desktop Excel but null on Excel on the web. Where a name or a catalog belongs,
 *   0 is therefore a blank; where a count belongs, blank and 0 are the same number.
 */

/** A value of an `any` parameter or of one cell of an `any[][]` range. */
export type Cell = string | number | boolean | null | undefined;

/** Blank as Excel on the web passes it (or an omitted argument). */
const isEmpty = (value: Cell): boolean => value === null || value === undefined || value === "";

/**
 * A blank cell as either host passes it: null, "" or, from desktop Excel, 0. Where text belongs
 * (a name, a catalog) 0 is therefore blank; where a count belongs, blank and 0 are the same.
 */
export const isBlankCell = (value: Cell): boolean => isEmpty(value) || value === 0;

const NAME: ArgLabel = { key: "name" };

/** How a wrong value reads in a message of either language: text quoted, anything else as Excel shows it. */
const found = (value: Cell): string =>
  typeof value === "string" ? `"${value}"` : typeof value === "boolean" ? String(value).toUpperCase() : String(value);

/** The `api` parameter (declared `string`): text, "" for a blank cell, null when omitted. */
export function nameParam(value: string | null | undefined): string {
  // charCodeAt first: most names start with a visible character, and trim() allocates.
  if (typeof value === "string" && value.length > 0 && (value.charCodeAt(0) > 32 || value.trim() !== "")) return value;
  throw new PricingError({ kind: "missing-argument", label: NAME });
}

/** A name in one cell of a range; the caller has skipped blank rows. */
export function nameCell(value: Cell, label: ArgLabel): string {
  if (typeof value === "string" && value.trim() !== "") return value;
  if (isBlankCell(value)) throw new PricingError({ kind: "missing-argument", label });
  throw new PricingError({ kind: "not-text", label, found: found(value) });
}

/** A count parameter (declared `number`): Excel passes a number, or null when omitted (= 0). */
export function countParam(value: number | null | undefined, label: ArgLabel): number {
  return value === null || value === undefined ? 0 : assertCount(value, label);
}

/** A count that must be given (a pack size, a QPS quantity); a blank cell reaches us as 0. */
export function requiredCountParam(value: number | null | undefined, label: ArgLabel): number {
  if (value === null || value === undefined) throw new PricingError({ kind: "missing-argument", label });
  return assertCount(value, label);
}

/** A count in one cell of a range: blank is 0 on either host; text and TRUE/FALSE are not counts. */
export function countCell(value: Cell, label: ArgLabel): number {
  if (typeof value === "number") return assertCount(value, label);
  if (isEmpty(value)) return 0;
  throw new PricingError({ kind: "not-a-number", label, found: found(value) });
}

function money(value: number, label: ArgLabel): Money {
  if (value - value !== 0) throw new PricingError({ kind: "bad-amount", label, value, problem: "not-finite" });
  if (value < 0) throw new PricingError({ kind: "bad-amount", label, value, problem: "negative" });
  return new Money(value === 0 ? 0 : value);
}

/** A money parameter (declared `number`, e.g. a monthly bill): omitted is 0. */
export const moneyParam = (value: number | null | undefined, label: ArgLabel): Money =>
  value === null || value === undefined ? new Money(0) : money(value, label);

/** A money amount that must be given (a budget); a blank cell reaches us as 0. */
export function requiredMoneyParam(value: number | null | undefined, label: ArgLabel): Money {
  if (value === null || value === undefined) throw new PricingError({ kind: "missing-argument", label });
  return money(value, label);
}

/** A money amount in one cell of a range: blank is 0 on either host. */
export function moneyCell(value: Cell, label: ArgLabel): Money {
  if (typeof value === "number") return money(value, label);
  if (isEmpty(value)) return new Money(0);
  throw new PricingError({ kind: "not-a-number", label, found: found(value) });
}

/** Days from Excel's epoch: serial 61 is 1900-03-01 (Excel counts the non-existent 1900-02-29). */
export function excelSerialToIsoDate(serial: number, dateSystem: DateSystem = "1900"): string {
  // A 1904 workbook counts from 1904-01-01 (serial 0): 1,462 days after the 1900 system's day 0.
  const days = dateSystem === "1904" ? serial + 1462 : serial;
  if (!Number.isFinite(serial) || serial < (dateSystem === "1904" ? 0 : 1) || days >= 2958466) {
    throw new PricingError({ kind: "bad-date", serial });
  }
  const day = Math.floor(days);
  const epoch = day >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(epoch + day * 86400000).toISOString().slice(0, 10);
}

/**
 * A catalog version id, an Excel date (the version in force that day), an ISO date as text
 * ("2021-06-01", independent of the workbook's date system), or blank for the default. A blank
 * cell is 0 on desktop, so 0 is the default too (in a 1904 workbook serial 0 would be
 * 1904-01-01, before any catalog version: read as blank all the same).
 */
export function catalogArg(value: Cell, dateSystem: DateSystem = "1900"): string | null {
  if (isBlankCell(value)) return null;
  if (typeof value === "number") return excelSerialToIsoDate(value, dateSystem);
  if (typeof value === "string") return value;
  throw new PricingError({ kind: "bad-catalog-ref", found: found(value) });
}

const DAY_WORDS = new Set(["day", "days", "daily", "d", "日", "天", "按日"]);
const MONTH_WORDS = new Set(["month", "months", "monthly", "m", "月", "按月"]);

/** The `unit` parameter (declared `string`): blank or omitted is "day". */
export function periodUnitArg(value: string | null | undefined): QpsPeriodUnit {
  if (value === null || value === undefined || value.trim() === "") return "day";
  const word = value.trim().toLowerCase();
  if (DAY_WORDS.has(word)) return "day";
  if (MONTH_WORDS.has(word)) return "month";
  throw new PricingError({ kind: "bad-period-unit", found: `"${value}"` });
}

const POSTPAID_WORDS = new Set(["postpaid", "tiers", "tier", "后付费", "阶梯"]);
const PACK_WORDS = new Set(["packs", "pack", "prepaid", "资源包", "预付费"]);

/** PRICE_HISTORY's `what` (declared `string`): blank or omitted is "postpaid". */
export function historyWhatArg(value: string | null | undefined): HistoryWhat {
  if (value === null || value === undefined || value.trim() === "") return "postpaid";
  const word = value.trim().toLowerCase();
  if (POSTPAID_WORDS.has(word)) return "postpaid";
  if (PACK_WORDS.has(word)) return "packs";
  throw new PricingError({ kind: "bad-history-what", found: `"${value}"` });
}

/** An `any[][]` argument: a range, or one value Excel passed for a single cell or constant. */
export function asRange(value: Cell[][] | Cell, what: RangeArgument): Cell[][] {
  if (!Array.isArray(value)) return [[value]];
  if (!value.every(Array.isArray)) throw new PricingError({ kind: "not-ranges", what });
  return value;
}

/** Two ranges that must line up cell for cell (names beside volumes). */
export function sameShape(a: Cell[][], b: Cell[][], what: RangeArgument): void {
  if (a.length === b.length && a.every((row, i) => row.length === b[i].length)) return;
  const shape = (range: Cell[][]) => `${range.length}×${range[0]?.length ?? 0}`;
  throw new PricingError({ kind: "range-shape", what, shapes: [shape(a), shape(b)] });
}
