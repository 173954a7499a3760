import fc from "fast-check";
import { compileProduct } from "../../catalog/compile";
import type { Product, TierBasis } from "../../catalog/types";
import { monthlyCharge } from "../charges/monthly";
import { failureOf } from "../errors";
import { maxVolumeForBudget } from "../maxVolume";
import type { ProductModel } from "../model";
import { Money } from "../money";
import { resolveItem } from "../resolve";
import { excelCode, literalFace, literalOcr } from "./fixtures";

const idCard = resolveItem(literalOcr, "身份证识别");
const max = (product: ProductModel, name: string, budget: number | string, prepaid = 0) =>
  maxVolumeForBudget(product, resolveItem(product, name), new Money(budget), prepaid);

describe("maxVolumeForBudget (budget → volume)", () => {
  test.each([
    [1349, 14490, "1349"], // the 1万 tier: (14,490 − 1,000) × 0.10; the first tier stops at 9,993
    [1349.85, 14498, "1349.8"],
    [0, 1000, "0"], // the free quota costs nothing
    [0.1, 1000, "0"], // not one paid call (0.15)
    [0.15, 1001, "0.15"],
    [899, 6993, "898.95"], // 10,000 calls cost 900: the best is in the first tier...
    [900, 10000, "900"], // ...until the budget reaches the cliff
    [59999.9, 999999, "59939.94"], // capped below 100万: 联系商务 from there
    [1e9, 999999, "59939.94"],
  ])("身份证识别, budget %s: %i calls costing %s", (budget, volume, cost) => {
    const r = max(literalOcr, "身份证识别", budget);
    expect([r.volume, r.cost.toFixed()]).toEqual([volume, cost]);
  });

  test("prepaid calls are covered before the budget is spent", () => {
    expect(max(literalOcr, "身份证识别", 1349, 2000).volume).toBe(16490);
    expect(max(literalOcr, "身份证识别", 0, 5000).volume).toBe(6000);
  });

  test("under the postpaid tier basis the free quota shifts the tiers", () => {
    // 9,000 pays 2,812,500 postpaid calls at 0.0032, or 3,000,000 at 0.003, but 3,000,000 postpaid
    // calls are still the 0.0032 tier ((0, 300万]): the 0.003 tier starts at 3,000,001 postpaid.
    expect(max(literalFace, "人脸搜索", 9000).volume).toBe(2822500);
    expect(max(literalFace, "人脸搜索", 9000.003).volume).toBe(3010001);
  });

  test("no price past the covered calls, or no limit at all, is #N/A with its reason", () => {
    const kindOf = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return [failureOf(error)?.kind, excelCode(error)];
      }
      return null;
    };
    const product = (tiers: Product["billingItems"][number]["postpaid"]["tiers"]) =>
      compileProduct("ocr", { ...baseProduct("total", 100), billingItems: [item(tiers)] }, "t");
    const noPrice = product([{ from: 0, to: null, unitPrice: null }]);
    expect(kindOf(() => max(noPrice, "X", 100))).toEqual(["budget-no-price", "NA"]);
    const free = product([{ from: 0, to: null, unitPrice: "0" }]);
    expect(kindOf(() => max(free, "X", 100))).toEqual(["budget-no-limit", "NA"]);
    expect(kindOf(() => max(literalFace, "人脸搜索", 1e30))).toEqual(["result-too-large", "NUM"]);
    expect(kindOf(() => maxVolumeForBudget(literalOcr, idCard, new Money(1), -1))).toEqual(["bad-count", "VALUE"]);
  });
});

function baseProduct(tierBasis: TierBasis, freeQuota: number): Product {
  return {
    effectiveDate: "2022-01-01",
    dateIsClue: false,
    unit: "call",
    tierBasis,
    monthlyFreeQuota: freeQuota,
    market: "mainland",
    billingItems: [],
  };
}

const item = (tiers: Product["billingItems"][number]["postpaid"]["tiers"], inclusive: "lower" | "upper" = "lower") => ({
  id: "x",
  name: "X",
  interfaces: [{ name: "X" }],
  postpaid: { inclusive, tiers },
});

/** Small catalogs a brute-force search can cover: bounds up to 300, prices 0.05 to 2, some 0 or 联系商务. */
const smallProductArb = fc
  .record({
    bounds: fc.uniqueArray(fc.integer({ min: 1, max: 300 }), { maxLength: 3 }),
    prices: fc.array(fc.constantFrom("0.05", "0.1", "0.15", "0.3", "0.35", "1", "2", "0", null), {
      minLength: 4,
      maxLength: 4,
    }),
    inclusive: fc.constantFrom("lower" as const, "upper" as const),
    basis: fc.constantFrom<TierBasis>("total", "postpaid"),
    freeQuota: fc.integer({ min: 0, max: 50 }),
  })
  .map(({ bounds, prices, inclusive, basis, freeQuota }) => {
    const edges = [0, ...[...bounds].sort((a, b) => a - b)];
    const tiers = edges.map((from, i) => ({ from, to: edges[i + 1] ?? null, unitPrice: prices[i] }));
    return compileProduct("ocr", { ...baseProduct(basis, freeQuota), billingItems: [item(tiers, inclusive)] }, "t");
  });

const costOf = (product: ProductModel, calls: number, prepaid: number): Money | null => {
  try {
    return monthlyCharge(product, product.items[0], calls, prepaid).amount;
  } catch (error) {
    if (excelCode(error) === "NA") return null;
    throw error;
  }
};

describe("maxVolumeForBudget against a brute-force search over monthlyCharge", () => {
  test("the largest volume with a known cost within budget, or the failure the search implies", () => {
    fc.assert(
      fc.property(
        smallProductArb,
        fc.integer({ min: 0, max: 3000 }).map((n) => n / 100),
        fc.integer({ min: 0, max: 40 }),
        (product, budget, prepaid) => {
          const b = new Money(budget);
          const x = product.items[0];
          const covered = x.monthlyFreeQuota + prepaid;
          const last = x.postpaid.tiers[x.postpaid.tiers.length - 1];
          // Past every bound and past what 2 CNY a call... 0.05 a call can buy, nothing changes.
          const limit = 300 + covered + budget / 0.05 + 2;
          let best = -1;
          let priced = false;
          for (let v = 0; v <= limit; v++) {
            const cost = costOf(product, v, prepaid);
            if (cost !== null && v > covered) priced = true;
            if (cost !== null && cost.lte(b)) best = v;
          }
          let result: number | string;
          try {
            result = maxVolumeForBudget(product, x, b, prepaid).volume;
          } catch (error) {
            result = failureOf(error)!.kind;
          }
          if (last.unitPrice !== null && last.unitPrice.isZero()) expect(result).toBe("budget-no-limit");
          else if (!priced) expect(result).toBe("budget-no-price");
          else expect(result).toBe(best);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("COST(MAX(b)) ≤ b, and one more call costs more than b or has no list price (current catalog)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80_000_00 }).map((n) => n / 100),
        fc.integer({ min: 0, max: 200_000 }),
        (budget, prepaid) => {
          const b = new Money(budget);
          const { volume, cost } = maxVolumeForBudget(literalOcr, idCard, b, prepaid);
          expect(cost.lte(b)).toBe(true);
          expect(monthlyCharge(literalOcr, idCard, volume, prepaid).amount.eq(cost)).toBe(true);
          const next = costOf(literalOcr, volume + 1, prepaid);
          expect(next === null || next.gt(b)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
