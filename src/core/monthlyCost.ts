import type { CompiledItem, CompiledProduct, CompiledTier } from "../catalog/compile";
import { assertCount, isCount, MAX_COUNT } from "./count";
import { naError } from "./errors";
import { unitWord } from "./labels";
import { Money, ZERO } from "./money";
import { describeRange, tierIndex } from "./tiers";

/** A month's postpaid charge for one billing item, with everything needed to explain it. */
export interface MonthlyCost {
  readonly amount: Money;
  /** Price of the tier used; null when nothing is postpaid and the tier has no list price. */
  readonly unitPrice: Money | null;
  readonly tier: number;
  /** The volume that picked the tier (total or postpaid, per the catalog's tierBasis). */
  readonly tierVolume: number;
  readonly freeCalls: number;
  readonly prepaidCalls: number;
  readonly postpaidCalls: number;
}

export function noListPriceError(product: CompiledProduct, item: CompiledItem, tier: CompiledTier): Error {
  return naError(
    `${item.name} has no list price for ${describeRange(tier, item.postpaid.inclusive)} ${unitWord(product)} a month in catalog ${product.catalogId} (联系商务: contact sales). Load a catalog with your negotiated price.`,
  );
}

/**
 * The month's postpaid charge: free quota first, then prepaid packs, then postpaid at the ONE
 * tier the month's volume reaches (阶梯到达), applied to every postpaid call.
 */
export function monthlyCost(
  product: CompiledProduct,
  item: CompiledItem,
  calls: number,
  prepaidAvailable = 0,
): MonthlyCost {
  assertCount(calls, "The monthly volume");
  assertCount(prepaidAvailable, "The prepaid calls available");
  const freeCalls = Math.min(calls, item.monthlyFreeQuota);
  const prepaidCalls = Math.min(calls - freeCalls, prepaidAvailable);
  const postpaidCalls = calls - freeCalls - prepaidCalls;
  const tierVolume = product.source.tierBasis === "total" ? calls : postpaidCalls;
  const tier = tierIndex(item.postpaid.tiers, item.postpaid.inclusive, tierVolume);
  const { unitPrice } = item.postpaid.tiers[tier];
  if (postpaidCalls === 0) return { amount: ZERO, unitPrice, tier, tierVolume, freeCalls, prepaidCalls, postpaidCalls };
  if (unitPrice === null) throw noListPriceError(product, item, item.postpaid.tiers[tier]);
  return {
    amount: unitPrice.times(postpaidCalls),
    unitPrice,
    tier,
    tierVolume,
    freeCalls,
    prepaidCalls,
    postpaidCalls,
  };
}

/**
 * The same amount as a JavaScript number, by exact integer arithmetic in 1/10000 yuan when
 * it fits (the hot path of a recalculating sheet); otherwise through Decimal. Property tests
 * hold it equal to `monthlyCost(...).amount.toNumber()`.
 */
export function monthlyCostNumber(
  product: CompiledProduct,
  item: CompiledItem,
  calls: number,
  prepaidAvailable: number,
): number {
  if (!isCount(calls) || !isCount(prepaidAvailable)) {
    return monthlyCost(product, item, calls, prepaidAvailable).amount.toNumber();
  }
  const freeCalls = calls < item.monthlyFreeQuota ? calls : item.monthlyFreeQuota;
  const rest = calls - freeCalls;
  const postpaidCalls = rest > prepaidAvailable ? rest - prepaidAvailable : 0;
  if (postpaidCalls === 0) return 0;
  const tiers = item.postpaid.tiers;
  const tier =
    tiers[tierIndex(tiers, item.postpaid.inclusive, product.source.tierBasis === "total" ? calls : postpaidCalls)];
  const scaledAmount = tier.scaled === null ? NaN : tier.scaled * postpaidCalls;
  // Both operands are exact integers, so IEEE division returns the double nearest the exact quotient.
  if (scaledAmount <= MAX_COUNT) return scaledAmount / 10000;
  return monthlyCost(product, item, calls, prepaidAvailable).amount.toNumber();
}
