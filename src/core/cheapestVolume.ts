import { monthlyCharge } from "./charges/monthly";
import { assertCount } from "./count";
import { failureOf, PricingError } from "./errors";
import type { ItemModel, ProductModel } from "./model";
import type { Money } from "./money";
import { firstMonthInTier } from "./tiers";

export interface VolumeCost {
  readonly volume: number;
  readonly cost: Money;
}

/** Failures that mean "no price at this volume": another volume may still have one. */
const isMissingPrice = (error: unknown): boolean => {
  const kind = failureOf(error)?.kind;
  return kind === "no-list-price" || kind === "free-beta";
};

/**
 * The volume at or above `volume` with the lowest monthly cost (ties: the smallest volume).
 * Within a tier the cost rises with volume, so only `volume` itself and the first month of
 * each higher tier can win: 阶梯到达 makes 10,000 calls cheaper than 9,999.
 */
export function cheapestVolumeFrom(product: ProductModel, item: ItemModel, volume: number): VolumeCost {
  volume = assertCount(volume, { key: "monthly-volume", unit: product.unit });
  const starts = item.postpaid.tiers.map((_, i) => firstMonthInTier(item.postpaid, i, item.monthlyFreeQuota));
  const candidates = [volume, ...starts.filter((v) => v > volume && Number.isSafeInteger(v))];
  let best: VolumeCost | null = null;
  for (const candidate of candidates) {
    let cost: Money;
    try {
      cost = monthlyCharge(product, item, candidate, 0).amount;
    } catch (error) {
      if (isMissingPrice(error)) continue;
      throw error;
    }
    if (!best || cost.lt(best.cost)) best = { volume: candidate, cost };
  }
  if (!best)
    throw new PricingError({
      kind: "no-list-price-from",
      catalogId: product.catalogId,
      item: item.name,
      unit: product.unit,
      volume,
    });
  return best;
}
