import fc from "fast-check";
import { monthlyCharge } from "../charges/monthly";
import { failureOf } from "../errors";
import { Money } from "../money";
import { cheapestPlan } from "../plan";
import { resolveItem } from "../resolve";
import { blockMonths, growthVolumes, MAX_SCENARIO_MONTHS, scenarioMonths, type ScenarioPlanMonth } from "../scenario";
import { failureKind as kindOf, literalOcr } from "./fixtures";

describe("growthVolumes: start × (1 + rate)^(m − 1), exact, rounded half up to a whole call", () => {
  test("8% a month from 25,000", () => {
    // 25000 × 1.08² = 29160; × 1.08³ = 31492.8 → 31493; × 1.08⁴ = 34012.224 → 34012
    expect(growthVolumes(25000, new Money("0.08"), 5)).toEqual([25000, 27000, 29160, 31493, 34012]);
  });

  test("a half rounds up even where binary floating point reads it as below (100 × 1.005 = 100.5, as a double 100.499…)", () => {
    expect(100 * 1.005).toBeLessThan(100.5);
    expect(growthVolumes(100, new Money("0.005"), 2)).toEqual([100, 101]);
  });

  test("the power is not compounded on the rounded month: 10 calls at 3% grow to 11 in month 3", () => {
    // 10.3 → 10, 10.609 → 11, 10.92727 → 11, 11.2550881 → 11, 11.59274… → 12
    expect(growthVolumes(10, new Money("0.03"), 6)).toEqual([10, 10, 11, 11, 11, 12]);
  });

  test("declines and a fall to nothing", () => {
    expect(growthVolumes(1000, new Money("-0.5"), 6)).toEqual([1000, 500, 250, 125, 63, 31]);
    expect(growthVolumes(1000, new Money(-1), 3)).toEqual([1000, 0, 0]);
    expect(growthVolumes(0, new Money("0.5"), 3)).toEqual([0, 0, 0]);
  });

  test("bad rates, month counts and volumes are failures that say which", () => {
    expect(kindOf(() => growthVolumes(1000, new Money("-1.01"), 3))).toBe("bad-growth");
    expect(kindOf(() => growthVolumes(1000, new Money("0.08"), 0))).toBe("scenario-months");
    expect(kindOf(() => growthVolumes(1000, new Money("0.08"), MAX_SCENARIO_MONTHS + 1))).toBe("scenario-months");
    expect(kindOf(() => growthVolumes(1.5, new Money("0.08"), 3))).toBe("bad-count");
    expect(kindOf(() => growthVolumes(1e15, new Money(9), 36))).toBe("bad-count");
    expect(growthVolumes(1000, new Money("0.08"), 36)).toHaveLength(36);
  });

  test("property: equals the rational start × (D + r)^(m−1) / D^(m−1) rounded half up, in BigInt", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: -10_000, max: 30_000 }),
        fc.integer({ min: 1, max: 36 }),
        (start, basisPoints, months) => {
          const D = 10_000n;
          const factor = D + BigInt(basisPoints);
          const expected: number[] = [];
          let num = BigInt(start);
          let den = 1n;
          for (let m = 1; m <= months; m++) {
            expected.push(Number((2n * num + den) / (2n * den))); // floor(x + 1/2)
            num *= factor;
            den *= D;
          }
          if (expected.some((v) => v > Number.MAX_SAFE_INTEGER)) return;
          const rate = new Money(basisPoints).div(10_000);
          expect(growthVolumes(start, rate, months)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("scenarioMonths: postpaid only, and the cheapest plan of each 12-month block", () => {
  const idCard = resolveItem(literalOcr, "身份证识别");
  const volumes = growthVolumes(25000, new Money("0.08"), 14);
  const months = scenarioMonths(literalOcr, idCard, volumes);

  test("postpaid only is each month's monthly charge with no packs", () => {
    months.forEach((m, i) => {
      expect(m.month).toBe(i + 1);
      expect(m.calls).toBe(volumes[i]);
      expect((m.postpaidOnly as Money).toFixed()).toBe(
        monthlyCharge(literalOcr, idCard, volumes[i], 0).amount.toFixed(),
      );
    });
  });

  test("months 1–12 follow cheapestPlan over them, months 13–14 a new plan bought in month 13", () => {
    expect(blockMonths(literalOcr)).toBe(12);
    const blocks = [
      cheapestPlan(literalOcr, idCard, volumes.slice(0, 12)),
      cheapestPlan(literalOcr, idCard, volumes.slice(12)),
    ];
    months.forEach((m, i) => {
      const plan = blocks[i < 12 ? 0 : 1];
      const inBlock = i < 12 ? i : i - 12;
      const p = m.plan as ScenarioPlanMonth;
      expect(p.packCalls).toBe(plan.months[inBlock].packCalls);
      expect(p.postpaid.toFixed()).toBe(plan.months[inBlock].postpaid.toFixed());
      expect(p.bought).toEqual(inBlock === 0 ? plan.packs : []);
      expect(p.total.toFixed()).toBe(p.packCost.plus(p.postpaid).toFixed());
    });
    const total = months.reduce((s, m) => s.plus((m.plan as ScenarioPlanMonth).total), new Money(0));
    expect(total.toFixed()).toBe(blocks[0].total.plus(blocks[1].total).toFixed());
  });

  test("a month in a contact-sales tier is a failure in its own cells, the plan still priced where packs cover it", () => {
    const big = scenarioMonths(literalOcr, idCard, [2_000_000]);
    expect(failureOf(big[0].postpaidOnly)?.kind).toBe("no-list-price");
  });

  test("property: per block the plan never costs more than postpaid only, and each month's plan adds up", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300_000 }),
        fc.integer({ min: -50, max: 40 }),
        fc.integer({ min: 1, max: 36 }),
        (start, percent, n) => {
          const monthsOf = scenarioMonths(literalOcr, idCard, growthVolumes(start, new Money(percent).div(100), n));
          for (let first = 0; first < n; first += 12) {
            const block = monthsOf.slice(first, first + 12);
            if (block.some((m) => !(m.postpaidOnly instanceof Money) || !("total" in m.plan))) continue;
            const only = block.reduce((s, m) => s.plus(m.postpaidOnly as Money), new Money(0));
            const plan = block.reduce((s, m) => s.plus((m.plan as ScenarioPlanMonth).total), new Money(0));
            expect(plan.lte(only)).toBe(true);
          }
          for (const m of monthsOf) {
            if (!("total" in m.plan)) continue;
            expect(m.plan.total.eq(m.plan.packCost.plus(m.plan.postpaid))).toBe(true);
            expect(m.plan.packCalls).toBeLessThanOrEqual(Math.max(0, m.calls - idCard.monthlyFreeQuota));
            expect(m.plan.bought.length === 0 || (m.month - 1) % 12 === 0).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
