import Decimal from "decimal.js";

/**
 * Exact decimal money. Prices have at most a few decimal places and counts are safe
 * integers, so 60 significant digits never round; ROUND_HALF_EVEN only matters for
 * ratios a user supplies.
 */
export const Money = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -30, toExpPos: 60 });
export type Money = Decimal;

export const ZERO: Money = new Money(0);

export const money = (value: string | number): Money => new Money(value);

/** Plain decimal text, never exponent notation ("0.45", "1349.85"). */
export const formatMoney = (value: Money): string => value.toFixed();

/** "1234567.891" → "1,234,567.891": thousands separators on exact decimal text, never through a float. */
export function groupDigits(decimalText: string): string {
  const negative = decimalText.startsWith("-");
  const body = negative ? decimalText.slice(1) : decimalText;
  const [whole, fraction] = body.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (negative ? "-" : "") + grouped + (fraction !== undefined ? `.${fraction}` : "");
}
