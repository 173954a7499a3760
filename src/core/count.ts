import { PricingError } from "./errors";
import type { ArgLabel } from "./failure";

/** Number.MAX_SAFE_INTEGER, as a module constant: see assertCount. */
export const MAX_COUNT = 9007199254740991;

/**
 * A count of calls, images, QPS or periods: a whole, non-negative, exactly representable number
 * (-0 becomes 0). Written with arithmetic only, no `Number.*` lookups: this runs for every
 * argument of every recalculated cell, and global lookups are slow in sandboxed runtimes.
 */
export function assertCount(value: number, label: ArgLabel): number {
  if (value - value !== 0) throw new PricingError({ kind: "bad-count", label, value, problem: "not-finite" });
  if (value < 0) throw new PricingError({ kind: "bad-count", label, value, problem: "negative" });
  if (value % 1 !== 0) throw new PricingError({ kind: "bad-count", label, value, problem: "not-whole" });
  if (value > MAX_COUNT) throw new PricingError({ kind: "bad-count", label, value, problem: "too-large" });
  return value === 0 ? 0 : value;
}

/** True for a whole number in [0, MAX_COUNT]; the hot-path twin of assertCount that never throws. */
export const isCount = (value: number): boolean => value >= 0 && value <= MAX_COUNT && value % 1 === 0;

/** a + b, or a failure when the sum is no longer an exact count. */
export function addCounts(a: number, b: number, item: string | null): number {
  const sum = a + b;
  if (sum > MAX_COUNT) throw new PricingError({ kind: "sum-too-large", item });
  return sum;
}
