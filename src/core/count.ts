import { numError } from "./errors";

/** A count of calls, images, QPS or periods: a whole, non-negative, exactly representable number. */
export function assertCount(value: number, label: string): number {
  if (!Number.isFinite(value)) throw numError(`${label} must be a finite number.`);
  if (value < 0) throw numError(`${label} must not be negative (found ${value}). Type 0 or a positive whole number.`);
  if (!Number.isInteger(value)) throw numError(`${label} must be a whole number (found ${value}). Round it, e.g. with ROUND(x, 0).`);
  if (value > Number.MAX_SAFE_INTEGER) throw numError(`${label} is too large to count exactly (at most ${Number.MAX_SAFE_INTEGER}).`);
  return value;
}
