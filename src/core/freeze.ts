import { PricingError } from "./errors";
import type { ArgLabel } from "./failure";
import type { ProductModel } from "./model";
import { Money } from "./money";

/** A month's bill as money: finite and not negative (-0 is 0). */
export function assertBill(value: Money, label: ArgLabel): Money {
  if (!value.isFinite())
    throw new PricingError({ kind: "bad-amount", label, value: value.toNumber(), problem: "not-finite" });
  if (value.isNegative() && !value.isZero())
    throw new PricingError({ kind: "bad-amount", label, value: value.toNumber(), problem: "negative" });
  return value.isZero() ? new Money(0) : value;
}

/** 计费冻结: after month M settles, this share of M's bill is frozen as the estimate of M+1. */
export function freezeAmount(product: ProductModel, monthlyBill: Money): Money {
  const bill = assertBill(monthlyBill, { key: "monthly-bill" });
  if (product.freezeRatio === null)
    throw new PricingError({ kind: "no-freeze", catalogId: product.catalogId, product: product.kind });
  return bill.times(product.freezeRatio);
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
  product: ProductModel,
  bills: readonly Money[],
): { months: FreezeMonth[]; peak: Money; peakMonth: number } {
  let previous = new Money(0);
  const months = bills.map((given, i) => {
    const bill = assertBill(given, { key: "month-bill", month: i + 1 });
    const frozen = freezeAmount(product, bill);
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
