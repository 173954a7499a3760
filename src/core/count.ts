import { numError } from "./errors";

/** Number.MAX_SAFE_INTEGER, as a module constant: see assertCount. */
export const MAX_COUNT = 9007199254740991;

/**
 * A count of calls, images, QPS or periods: a whole, non-negative, exactly representable number.
 * Written with arithmetic only, no `Number.*` lookups: this runs for every argument of every
 * recalculated cell, and global lookups are slow in sandboxed runtimes (see BENCHMARKS.md).
 */
export function assertCount(value: number, label: string): number {
  if (value - value !== 0) throw numError(`${label} must be a finite number.`);
  if (value < 0) throw numError(`${label} must not be negative (found ${value}). Type 0 or a positive whole number.`);
  if (value % 1 !== 0)
    throw numError(`${label} must be a whole number (found ${value}). Round it, e.g. with ROUND(x, 0).`);
  if (value > MAX_COUNT) throw numError(`${label} is too large to count exactly (at most ${MAX_COUNT}).`);
  return value;
}

/** True for a whole number in [0, MAX_COUNT]; the hot-path twin of assertCount that never throws. */
export const isCount = (value: number): boolean => value >= 0 && value <= MAX_COUNT && value % 1 === 0;
