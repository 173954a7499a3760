import { monthlyCharge } from "./charges/monthly";
import { assertCount } from "./count";
import { PricingError } from "./errors";
import type { ItemModel, ProductModel } from "./model";
import { Money, ZERO } from "./money";
import { cheapestPlan, MAX_PLAN_MONTHS } from "./plan";

/**
 * Scenarios ("what if volume grows 8% a month"): the rule that turns a start volume and a
 * monthly growth rate into whole monthly volumes, and the cheapest pack plan over 1–36 months.
 *
 * Growth (the one rounding rule): month m has start × (1 + rate)^(m − 1) calls, computed exactly
 * in decimal and rounded to the nearest whole call, halves up (Excel's ROUND(x, 0)). It is not
 * compounded on the rounded month before, so a small volume still grows (10 calls at 3% reach
 * 11 in month 3, where month-on-month rounding would keep 10 forever).
 *
 * Packs: a pack is valid 12 months (or the version's shorter validity), so the months are cut
 * into blocks of that length starting at month 1 (months 1–12, 13–24, 25–36); the packs of a
 * block are bought at the start of its first month and planned by cheapestPlan (the exact
 * optimum for that block). Packs never carry from one block into the next.
 */

export const MAX_SCENARIO_MONTHS = 36;

/** The growth rate a user may give: −100% (volume falls to 0) or more. */
export function assertGrowth(rate: Money): Money {
  if (!rate.isFinite() || rate.lt(-1)) throw new PricingError({ kind: "bad-growth", found: rate.toFixed() });
  return rate;
}

export function assertScenarioMonths(months: number): number {
  if (!Number.isInteger(months) || months < 1 || months > MAX_SCENARIO_MONTHS)
    throw new PricingError({ kind: "scenario-months", months, max: MAX_SCENARIO_MONTHS });
  return months;
}

/** Significant digits of a decimal: the precision its exact powers need. */
const digits = (value: Money): number => Math.max(1, value.precision(true));

/** Month 1..months volumes from a start volume under the growth rule above. */
export function growthVolumes(start: number, rate: Money, months: number): number[] {
  assertCount(start, { key: "month-volume", month: 1 });
  assertGrowth(rate);
  assertScenarioMonths(months);
  const factor = new Money(1).plus(rate);
  // Enough digits that start × factor^(months − 1) is exact, so only the final rounding rounds.
  const Exact = Money.clone({ precision: digits(new Money(start)) + (months - 1) * digits(factor) + 2 });
  const exactFactor = new Exact(factor);
  let power = new Exact(1);
  const volumes: number[] = [];
  for (let m = 1; m <= months; m++) {
    const whole = power.times(start).toDecimalPlaces(0, Money.ROUND_HALF_UP);
    const volume = Number(whole.toFixed());
    if (whole.gt(Number.MAX_SAFE_INTEGER))
      throw new PricingError({
        kind: "bad-count",
        label: { key: "month-volume", month: m },
        value: volume,
        problem: "too-large",
      });
    volumes.push(volume);
    power = power.times(exactFactor);
  }
  return volumes;
}

export interface ScenarioMonth {
  readonly month: number;
  readonly calls: number;
  /** The month with no packs; a failure where that needs a contact-sales price. */
  readonly postpaidOnly: Money | PricingError;
  /** The month under the cheapest plan of its block; the block's failure where none exists. */
  readonly plan: ScenarioPlanMonth | PricingError;
}

export interface ScenarioPlanMonth {
  /** Packs bought at the start of this month (the first month of a block only). */
  readonly bought: ReadonlyArray<{ readonly size: number; readonly count: number; readonly cost: Money }>;
  readonly packCost: Money;
  readonly packCalls: number;
  /** Postpaid after the free quota and the plan's packs. */
  readonly postpaid: Money;
  /** packCost + postpaid. */
  readonly total: Money;
}

/** The months a block of packs spans: the version's pack validity, at most the plan's 12. */
export const blockMonths = (product: ProductModel): number =>
  Math.max(1, Math.min(MAX_PLAN_MONTHS, product.packValidityMonths ?? MAX_PLAN_MONTHS));

const attempt = <T>(step: () => T): T | PricingError => {
  try {
    return step();
  } catch (error) {
    if (error instanceof PricingError) return error;
    throw error;
  }
};

/** Each month of a scenario of one billing item: postpaid only, and under the cheapest plan of its block. */
export function scenarioMonths(product: ProductModel, item: ItemModel, volumes: readonly number[]): ScenarioMonth[] {
  assertScenarioMonths(volumes.length);
  const size = blockMonths(product);
  const out: ScenarioMonth[] = [];
  for (let first = 0; first < volumes.length; first += size) {
    const block = volumes.slice(first, first + size);
    const plan = attempt(() => cheapestPlan(product, item, block));
    block.forEach((calls, i) => {
      const postpaidOnly = attempt(() => monthlyCharge(product, item, calls, 0).amount);
      let planMonth: ScenarioPlanMonth | PricingError;
      if (plan instanceof PricingError) planMonth = plan;
      else {
        const bought = i === 0 ? plan.packs : [];
        const packCost = bought.reduce((sum, p) => sum.plus(p.cost), ZERO);
        const m = plan.months[i];
        planMonth = {
          bought,
          packCost,
          packCalls: m.packCalls,
          postpaid: m.postpaid,
          total: packCost.plus(m.postpaid),
        };
      }
      out.push({ month: first + i + 1, calls, postpaidOnly, plan: planMonth });
    });
  }
  return out;
}
