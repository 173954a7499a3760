import { coveredCalls, monthlyCharge } from "./charges/monthly";
import { assertCount, MAX_COUNT } from "./count";
import { PricingError } from "./errors";
import type { ItemModel, ProductModel } from "./model";
import { Money } from "./money";
import { tierVolumes } from "./tiers";

export interface BudgetVolume {
  readonly volume: number;
  readonly cost: Money;
}

/**
 * The largest monthly volume whose cost (monthlyCharge, with `prepaid` pack calls) is a known
 * amount at most `budget`. Volumes in a tier with no list price (联系商务) never count, their
 * cost being unknown; under 阶梯到达 a smaller volume may cost more (9,999 vs 10,000 calls).
 * Per tier the cost is unit price × (v − covered), rising in v, so the best volume of each tier
 * is one division: O(tiers). The answer is priced once more by monthlyCharge, the one rule.
 */
export function maxVolumeForBudget(product: ProductModel, item: ItemModel, budget: Money, prepaid = 0): BudgetVolume {
  prepaid = assertCount(prepaid, { key: "prepaid", unit: product.unit });
  const covered = coveredCalls(item, prepaid);
  const where = { catalogId: product.catalogId, item: item.name };
  if (covered === null) throw new PricingError({ kind: "budget-no-limit", ...where, unit: product.unit, volume: 0 });
  if (item.status.kind === "free-beta")
    throw new PricingError({ kind: "free-beta", ...where, until: item.status.until });
  const table = item.postpaid;
  let best = covered;
  let priced = false;
  table.tiers.forEach((tier, i) => {
    const range = tierVolumes(table, i, covered);
    if (range === null || tier.unitPrice === null) return;
    priced = true;
    if (tier.unitPrice.isZero()) {
      if (range.hi === null)
        throw new PricingError({ kind: "budget-no-limit", ...where, unit: product.unit, volume: range.lo });
      best = Math.max(best, range.hi);
      return;
    }
    // Postpaid calls the budget pays for at this price, exactly (the quotient is floored).
    const calls = budget.div(tier.unitPrice).floor();
    const top = range.hi === null ? calls.plus(covered) : Money.min(calls.plus(covered), range.hi);
    if (top.gt(MAX_COUNT)) throw new PricingError({ kind: "result-too-large" });
    if (top.gte(range.lo)) best = Math.max(best, top.toNumber());
  });
  if (!priced) throw new PricingError({ kind: "budget-no-price", ...where, unit: product.unit, volume: covered });
  return { volume: best, cost: monthlyCharge(product, item, best, prepaid).amount };
}
