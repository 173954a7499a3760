import { addCounts, assertCount, isCount, MAX_COUNT } from "../count";
import { PricingError } from "../errors";
import type { ArgLabel } from "../failure";
import type { ItemModel, ProductModel } from "../model";
import { Money, ZERO } from "../money";
import { monthTier, tierRef, tierVolume } from "../tiers";

/** A month's postpaid charge for one billing item, with everything needed to explain it. */
export interface MonthlyCharge {
  readonly amount: Money;
  /** Price of the tier used; null when that tier has no list price (then nothing is postpaid). */
  readonly unitPrice: Money | null;
  readonly tier: number;
  /** The volume that picked the tier (total or postpaid, per the version's tier basis). */
  readonly tierVolume: number;
  readonly freeCalls: number;
  readonly prepaidCalls: number;
  readonly postpaidCalls: number;
  /** True for an interface the page says is not billed (amount 0 whatever the volume). */
  readonly notBilled: boolean;
}

const VOLUME: Readonly<Record<ProductModel["unit"], ArgLabel>> = {
  call: { key: "monthly-volume", unit: "call" },
  image: { key: "monthly-volume", unit: "image" },
};
const PREPAID: Readonly<Record<ProductModel["unit"], ArgLabel>> = {
  call: { key: "prepaid", unit: "call" },
  image: { key: "prepaid", unit: "image" },
};

const noListPrice = (product: ProductModel, item: ItemModel, tier: number): PricingError =>
  new PricingError({
    kind: "no-list-price",
    catalogId: product.catalogId,
    item: item.name,
    unit: product.unit,
    tier: tierRef(item.postpaid, tier),
  });

const freeBeta = (product: ProductModel, item: ItemModel): PricingError =>
  new PricingError({
    kind: "free-beta",
    catalogId: product.catalogId,
    item: item.name,
    until: item.status.kind === "free-beta" ? item.status.until : null,
  });

/**
 * The month's postpaid charge: free quota first, then prepaid packs, then postpaid at the ONE
 * tier the month reaches (阶梯到达), applied to every postpaid call. A tier with no list price
 * is a failure only when some call is postpaid at it.
 */
export function monthlyCharge(
  product: ProductModel,
  item: ItemModel,
  calls: number,
  prepaidAvailable = 0,
): MonthlyCharge {
  calls = assertCount(calls, VOLUME[product.unit]);
  prepaidAvailable = assertCount(prepaidAvailable, PREPAID[product.unit]);
  const notBilled = item.status.kind === "not-billed";
  const freeCalls = notBilled ? calls : Math.min(calls, item.monthlyFreeQuota);
  const prepaidCalls = Math.min(calls - freeCalls, prepaidAvailable);
  const postpaidCalls = calls - freeCalls - prepaidCalls;
  const table = item.postpaid;
  const tier = monthTier(table, calls, postpaidCalls);
  const volume = tierVolume(table, calls, postpaidCalls);
  const { unitPrice } = table.tiers[tier];
  const base = { tier, tierVolume: volume, freeCalls, prepaidCalls, postpaidCalls, notBilled };
  if (notBilled) return { ...base, amount: ZERO, unitPrice: ZERO };
  if (postpaidCalls === 0) return { ...base, amount: ZERO, unitPrice };
  if (item.status.kind === "free-beta") throw freeBeta(product, item);
  if (unitPrice === null) throw noListPrice(product, item, tier);
  return { ...base, amount: unitPrice.times(postpaidCalls), unitPrice };
}

/**
 * The most calls a month can have with none postpaid: the free quota plus `prepaidAvailable`
 * (the deduction order of monthlyCharge); null for a not-billed interface, where none ever is.
 */
export function coveredCalls(item: ItemModel, prepaidAvailable: number): number | null {
  return item.status.kind === "not-billed" ? null : addCounts(item.monthlyFreeQuota, prepaidAvailable, item.name);
}

/**
 * The unit price a month of `calls` calls with no prepaid calls is charged at: so that
 * cost = unit price × postpaid calls under every version's tier basis. #N/A where that tier
 * has no list price; 0 for a not-billed interface.
 */
export function unitPriceAt(product: ProductModel, item: ItemModel, calls: number): Money {
  const charge = monthlyCharge(product, item, calls, 0);
  if (charge.notBilled) return ZERO;
  if (item.status.kind === "free-beta") throw freeBeta(product, item);
  if (charge.unitPrice === null) throw noListPrice(product, item, charge.tier);
  return charge.unitPrice;
}

/**
 * The same amount as a JavaScript number, by exact integer arithmetic in 1/10000 yuan when
 * it fits (the hot path of a recalculating sheet); otherwise through Decimal. A property test
 * holds it equal to `cellNumber(monthlyCharge(...).amount)`.
 */
export function monthlyChargeNumber(
  product: ProductModel,
  item: ItemModel,
  calls: number,
  prepaidAvailable: number,
): number {
  if (!isCount(calls) || !isCount(prepaidAvailable) || item.status.kind !== "priced") {
    return monthlyCharge(product, item, calls, prepaidAvailable).amount.toNumber();
  }
  const freeCalls = calls < item.monthlyFreeQuota ? calls : item.monthlyFreeQuota;
  const rest = calls - freeCalls;
  const postpaidCalls = rest > prepaidAvailable ? rest - prepaidAvailable : 0;
  if (postpaidCalls === 0) return 0;
  const tier = item.postpaid.tiers[monthTier(item.postpaid, calls, postpaidCalls)];
  const scaledAmount = tier.scaled === null ? NaN : tier.scaled * postpaidCalls;
  // Both operands are exact integers, so IEEE division returns the double nearest the exact quotient.
  if (scaledAmount <= MAX_COUNT) return scaledAmount / 10000;
  return monthlyCharge(product, item, calls, prepaidAvailable).amount.toNumber();
}
