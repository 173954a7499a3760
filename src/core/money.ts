import Decimal from "decimal.js";
import { PricingError } from "./errors";

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

/**
 * The exact decimal as the double nearest it: the one place money becomes a JS number (a cell).
 * A result beyond the doubles is a failure, never Infinity; -0 is never returned.
 */
export function cellNumber(amount: Money): number {
  const n = amount.toNumber();
  if (n - n !== 0) throw new PricingError({ kind: "result-too-large" });
  return n === 0 ? 0 : n;
}
