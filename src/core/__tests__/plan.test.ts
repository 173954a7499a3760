import { excelCode } from "./fixtures";
import fc from "fast-check";
import { compileProduct } from "../../catalog/compile";
import type { ProductModel } from "../model";
import type { Product, TierBasis } from "../../catalog/types";
import { PricingError } from "../errors";
import { Money, ZERO } from "../money";
import { cheapestPlan, simulate } from "../plan";
import { resolveItem } from "../resolve";
import { literalOcr } from "./fixtures";

const idCard = resolveItem(literalOcr, "身份证识别");

describe("cheapestPlan", () => {
  test("the document's example: 300,000 calls a year with 10万 packs at 3,500 → three packs, 10,500", () => {
    const plan = cheapestPlan(literalOcr, idCard, new Array(12).fill(25000), new Map([[100000, new Money(3500)]]));
    expect(plan.packs.map((p) => [p.size, p.count, p.cost.toFixed()])).toEqual([[100000, 3, "10500"]]);
    expect([plan.postpaid.toFixed(), plan.total.toFixed()]).toEqual(["0", "10500"]);
    expect(plan.allPostpaid?.toFixed()).toBe("28800"); // 12 × (25000 − 1000) × 0.10
  });

  test("at list prices a small forecast stays postpaid when packs cost more", () => {
    const plan = cheapestPlan(literalOcr, idCard, [1500]);
    expect(plan.packs).toEqual([]);
    expect(plan.total.toFixed()).toBe("75");
  });

  test("packs cover months in order; the months show consumption and postpaid", () => {
    const plan = cheapestPlan(literalOcr, idCard, [11000, 11000, 11000], new Map([[10000, new Money(500)]]));
    expect(plan.packs.map((p) => [p.size, p.count])).toEqual([[10000, 3]]);
    expect(plan.months.map((m) => [m.freeCalls, m.packCalls, m.postpaidCalls])).toEqual([
      [1000, 10000, 0],
      [1000, 10000, 0],
      [1000, 10000, 0],
    ]);
  });

  test("forecast errors: empty, more than 12 months, negative", () => {
    expect(() => cheapestPlan(literalOcr, idCard, [])).toThrow(
      expect.objectContaining({ failure: expect.objectContaining({ kind: "forecast-empty" }) }),
    );
    expect(() => cheapestPlan(literalOcr, idCard, new Array(13).fill(1))).toThrow(
      expect.objectContaining({ failure: expect.objectContaining({ kind: "forecast-too-long" }) }),
    );
    expect(() => cheapestPlan(literalOcr, idCard, [-1])).toThrow(
      expect.objectContaining({ failure: expect.objectContaining({ kind: "bad-count" }) }),
    );
    expect(() => cheapestPlan(literalOcr, idCard, [1], new Map([[5000, new Money(1)]]))).toThrow(
      expect.objectContaining({ failure: expect.objectContaining({ kind: "no-such-pack" }) }),
    );
  });

  test("a contact-sales month is covered by packs when that is possible", () => {
    const plan = cheapestPlan(literalOcr, idCard, [1_200_000]);
    expect(plan.allPostpaid).toBeNull();
    expect(plan.postpaid.toFixed()).toBe("0");
    expect(plan.packs.reduce((n, p) => n + p.size * p.count, 0)).toBeGreaterThanOrEqual(1_199_000);
  });
});

/** Random small products: three pack sizes, random prices and tiers, either tier basis. */
const priceText = (max: number) => fc.integer({ min: 0, max }).map((n) => (n / 100).toFixed(2));
const smallProductArb = fc
  .record({
    bounds: fc.uniqueArray(fc.integer({ min: 1, max: 40000 }), { maxLength: 3 }),
    prices: fc.array(fc.oneof({ weight: 6, arbitrary: priceText(30) }, { weight: 1, arbitrary: fc.constant(null) }), {
      minLength: 4,
      maxLength: 4,
    }),
    packPrices: fc.array(
      fc.oneof({ weight: 6, arbitrary: priceText(2000000) }, { weight: 1, arbitrary: fc.constant(null) }),
      { minLength: 3, maxLength: 3 },
    ),
    inclusive: fc.constantFrom("lower" as const, "upper" as const),
    tierBasis: fc.constantFrom<TierBasis>("total", "postpaid"),
    freeQuota: fc.constantFrom(0, 1000, 3000),
  })
  .map(({ bounds, prices, packPrices, inclusive, tierBasis, freeQuota }): ProductModel => {
    const edges = [0, ...[...bounds].sort((a, b) => a - b)];
    const sizes = [1000, 10000, 100000];
    const product: Product = {
      effectiveDate: "2022-01-01",
      dateIsClue: false,
      unit: "call",
      tierBasis,
      monthlyFreeQuota: freeQuota,
      packSizes: sizes,
      market: "mainland",
      billingItems: [
        {
          id: "x",
          name: "X",
          interfaces: [{ name: "X" }],
          postpaid: {
            inclusive,
            tiers: edges.map((from, i) => ({ from, to: edges[i + 1] ?? null, unitPrice: prices[i] })),
          },
          packs: sizes.map((size, i) => ({ size, listPrice: packPrices[i] })),
        },
      ],
    };
    return compileProduct("ocr", product, "random");
  });

interface Found {
  cost: Money;
  packs: number;
  calls: number;
}

/** Every combination of packs up to what the forecast could use, priced by simulation. */
function exhaustive(product: ProductModel, volumes: number[]): Found | null {
  const item = product.items[0];
  const need = volumes.reduce((s, v) => s + Math.max(0, v - item.monthlyFreeQuota), 0);
  const offers = [...item.packs].filter(([, price]) => price !== null) as [number, Money][];
  let best: Found | null = null;
  const visit = (i: number, packCost: Money, packs: number, calls: number) => {
    if (i === offers.length) {
      let postpaid = ZERO;
      try {
        for (const m of simulate(product, item, volumes, calls)) postpaid = postpaid.plus(m.postpaid);
      } catch (error) {
        if (error instanceof PricingError && excelCode(error) === "NA") return;
        throw error;
      }
      const found = { cost: packCost.plus(postpaid), packs, calls };
      const wins =
        !best ||
        (!found.cost.eq(best.cost)
          ? found.cost.lt(best.cost)
          : found.packs !== best.packs
            ? found.packs < best.packs
            : found.calls < best.calls);
      if (wins) best = found;
      return;
    }
    const [size, price] = offers[i];
    for (let count = 0; count * size <= need + size; count++)
      visit(i + 1, packCost.plus(price.times(count)), packs + count, calls + count * size);
  };
  visit(0, ZERO, 0, 0);
  return best;
}

test("the plan is the true optimum: equal to exhaustive search on thousands of small cases", () => {
  fc.assert(
    fc.property(
      smallProductArb,
      fc.array(fc.integer({ min: 0, max: 15000 }), { minLength: 1, maxLength: 3 }),
      (product, volumes) => {
        const expected = exhaustive(product, volumes);
        let plan;
        try {
          plan = cheapestPlan(product, product.items[0], volumes);
        } catch (error) {
          return expected === null && error instanceof PricingError && excelCode(error) === "NA";
        }
        expect(expected).not.toBeNull();
        const packs = plan.packs.reduce((n, p) => n + p.count, 0);
        const calls = plan.packs.reduce((n, p) => n + p.count * p.size, 0);
        expect([plan.total.toFixed(), packs, calls]).toEqual([
          expected!.cost.toFixed(),
          expected!.packs,
          expected!.calls,
        ]);
        expect(plan.total.eq(plan.packCost.plus(plan.postpaid))).toBe(true);
        return true;
      },
    ),
    { numRuns: 3000 },
  );
});
