import type { CompiledProduct } from "../catalog/compile";
import { naError, numError } from "./errors";
import { Money } from "./money";

/** A month's bill as money: finite and not negative. */
export function assertBill(value: Money, label: string): Money {
  if (!value.isFinite()) throw numError(`${label} must be a finite amount.`);
  if (value.isNegative() && !value.isZero()) throw numError(`${label} must not be negative.`);
  return value;
}

/** 计费冻结: after month M settles, this share of M's bill is frozen as the estimate of M+1. */
export function freezeAmount(product: CompiledProduct, monthlyBill: Money): Money {
  assertBill(monthlyBill, "The monthly bill");
  if (product.freezeRatio === null) {
    throw naError(
      `Catalog ${product.catalogId} states no bill freeze for ${product.kind === "face" ? "Face Recognition" : "OCR"}.`,
    );
  }
  return monthlyBill.times(product.freezeRatio);
}

export interface FreezeMonth {
  readonly bill: Money;
  readonly frozen: Money;
  readonly released: Money;
  /** What the account must hold when the month settles: the bill plus the new freeze (the old one is released first). */
  readonly cashNeeded: Money;
}

/**
 * Month by month: when month M settles, M−1's freeze is released, M's bill is charged and
 * ratio × M's bill is frozen for M+1. The peak of cash needed is what finance must fund.
 */
export function freezeSchedule(
  product: CompiledProduct,
  bills: readonly Money[],
): { months: FreezeMonth[]; peak: Money; peakMonth: number } {
  let previous = new Money(0);
  const months = bills.map((bill, i) => {
    const frozen = freezeAmount(product, assertBill(bill, `The bill of month ${i + 1}`));
    const month = { bill, frozen, released: previous, cashNeeded: bill.plus(frozen) };
    previous = frozen;
    return month;
  });
  let peakMonth = 0;
  months.forEach((m, i) => {
    if (m.cashNeeded.gt(months[peakMonth].cashNeeded)) peakMonth = i;
  });
  return { months, peak: months.length > 0 ? months[peakMonth].cashNeeded : new Money(0), peakMonth: peakMonth + 1 };
}
