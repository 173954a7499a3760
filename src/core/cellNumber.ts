import { PricingError } from "./errors";
import type { Money } from "./money";

/**
 * The exact decimal as the double nearest it: the one place money becomes a JS number (a cell).
 * A result beyond the doubles is a failure, never Infinity; -0 is never returned.
 */
export function cellNumber(amount: Money): number {
  const n = amount.toNumber();
  if (n - n !== 0) throw new PricingError({ kind: "result-too-large" });
  return n === 0 ? 0 : n;
}
