import type { CompiledItem, CompiledProduct } from "../catalog/compile";
import { assertCount } from "./count";
import type { Money } from "./money";
import { noListPriceError } from "./monthlyCost";
import { tierIndex } from "./tiers";

/** The unit price of the tier a monthly volume reaches; #N/A where that tier is "contact sales". */
export function unitPriceAt(product: CompiledProduct, item: CompiledItem, volume: number): Money {
  assertCount(volume, "The monthly volume");
  const tier = item.postpaid.tiers[tierIndex(item.postpaid.tiers, item.postpaid.inclusive, volume)];
  if (tier.unitPrice === null) throw noListPriceError(product, item, tier);
  return tier.unitPrice;
}
