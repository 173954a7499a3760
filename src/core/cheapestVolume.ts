import type { CompiledItem, CompiledProduct } from "../catalog/compile";
import { assertCount } from "./count";
import { naError, PricingError } from "./errors";
import type { Money } from "./money";
import { monthlyCost } from "./monthlyCost";

export interface VolumeCost {
  readonly volume: number;
  readonly cost: Money;
}

/**
 * The volume at or above `volume` with the lowest monthly cost (ties: the smallest volume).
 * Within a tier the cost rises with volume, so only `volume` itself and the first volume of
 * each higher tier can win: 阶梯到达 makes 10,000 calls cheaper than 9,999.
 */
export function cheapestVolumeFrom(product: CompiledProduct, item: CompiledItem, volume: number): VolumeCost {
  assertCount(volume, "The monthly volume");
  const { tiers, inclusive } = item.postpaid;
  // Under the 'postpaid' basis the tier follows the calls after the free quota.
  const offset = product.source.tierBasis === "postpaid" ? item.monthlyFreeQuota : 0;
  const starts = tiers.map((t) => (inclusive === "lower" ? t.from : t.from + 1) + offset);
  const candidates = [volume, ...starts.filter((v) => v > volume && Number.isSafeInteger(v))];
  let best: VolumeCost | null = null;
  for (const candidate of candidates) {
    let cost: Money;
    try {
      cost = monthlyCost(product, item, candidate, 0).amount;
    } catch (error) {
      if (error instanceof PricingError && error.code === "NA") continue;
      throw error;
    }
    if (!best || cost.lt(best.cost)) best = { volume: candidate, cost };
  }
  if (!best)
    throw naError(
      `${item.name} has no list price at or above ${volume.toLocaleString("en-US")} calls a month in catalog ${product.catalogId} (联系商务: contact sales).`,
    );
  return best;
}
