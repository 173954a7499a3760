import { excelCode } from "./fixtures";
import fc from "fast-check";
import { compileProduct } from "../../catalog/compile";
import type { ProductModel } from "../model";
import type { Product, TierBasis } from "../../catalog/types";
import { usageBill } from "../bill";
import { PricingError } from "../errors";
import { monthlyCharge as monthlyCost, monthlyChargeNumber as monthlyCostNumber } from "../charges/monthly";
import { resolveItem } from "../resolve";

/** Prices with up to 4 decimals (as the documents print), sometimes "contact sales". */
const priceArb = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .integer({ min: 0, max: 99999 })
      .map((n) => (n / 10000).toFixed(4).replace(/0+$/, "").replace(/\.$/, "")),
  },
  { weight: 1, arbitrary: fc.constant(null) },
);

const productArb = fc
  .record({
    bounds: fc.uniqueArray(fc.integer({ min: 1, max: 2_000_000 }), { maxLength: 4 }),
    prices: fc.array(priceArb, { minLength: 5, maxLength: 5 }),
    inclusive: fc.constantFrom("lower" as const, "upper" as const),
    tierBasis: fc.constantFrom<TierBasis>("total", "postpaid"),
    freeQuota: fc.integer({ min: 0, max: 20000 }),
  })
  .map(({ bounds, prices, inclusive, tierBasis, freeQuota }): ProductModel => {
    const edges = [0, ...[...bounds].sort((a, b) => a - b)];
    const product: Product = {
      effectiveDate: "2022-01-01",
      dateIsClue: false,
      unit: "call",
      tierBasis,
      monthlyFreeQuota: freeQuota,
      market: "mainland",
      billingItems: [
        {
          id: "x",
          name: "X",
          interfaces: [{ name: "X1" }, { name: "X2" }],
          postpaid: {
            inclusive,
            tiers: edges.map((from, i) => ({ from, to: edges[i + 1] ?? null, unitPrice: prices[i] })),
          },
        },
      ],
    };
    return compileProduct("ocr", product, "random");
  });

const volumeArb = fc.oneof(fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 0, max: 1_000_000_000_000 }));

/** The cost, or "NA" where a contact-sales tier makes it unknown. */
const costOrNa = (product: ProductModel, calls: number, prepaid: number) => {
  try {
    return monthlyCost(product, product.items[0], calls, prepaid).amount;
  } catch (error) {
    if (error instanceof PricingError && excelCode(error) === "NA") return "NA" as const;
    throw error;
  }
};

const RUNS = { numRuns: 2000 };

describe("pricing invariants", () => {
  test("the cost is never negative and never NaN", () => {
    fc.assert(
      fc.property(productArb, volumeArb, volumeArb, (product, calls, prepaid) => {
        const cost = costOrNa(product, calls, prepaid);
        return cost === "NA" || (cost.isFinite() && !cost.isNegative());
      }),
      RUNS,
    );
  });

  test("the cost is the postpaid calls times the tier price, exactly", () => {
    fc.assert(
      fc.property(productArb, volumeArb, volumeArb, (product, calls, prepaid) => {
        try {
          const r = monthlyCost(product, product.items[0], calls, prepaid);
          return r.postpaidCalls === 0 ? r.amount.isZero() : r.amount.eq(r.unitPrice!.times(r.postpaidCalls));
        } catch (error) {
          return error instanceof PricingError && excelCode(error) === "NA";
        }
      }),
      RUNS,
    );
  });

  test("prepaid calls never raise the cost under the 'total' tier basis", () => {
    // Under the 'postpaid' basis fewer postpaid calls can fall into a dearer tier: that is the
    // documented consequence of 阶梯到达 on the remainder, so the invariant is stated for 'total'.
    fc.assert(
      fc.property(
        productArb,
        volumeArb,
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        (product, calls, a, b) => {
          if (product.items[0].postpaid.basis !== "total") return true;
          const [less, more] = a <= b ? [a, b] : [b, a];
          const withLess = costOrNa(product, calls, less);
          const withMore = costOrNa(product, calls, more);
          return withLess === "NA" || withMore === "NA" || withMore.lte(withLess);
        },
      ),
      RUNS,
    );
  });

  test("the bill of one line equals the single-item cost", () => {
    fc.assert(
      fc.property(productArb, volumeArb, fc.constantFrom("X", "X1", "x 2"), (product, calls, name) => {
        const single = costOrNa(product, calls, 0);
        let bill: ReturnType<typeof usageBill>["total"] | "NA";
        try {
          bill = usageBill(product, [{ name, calls }]).total;
        } catch (error) {
          if (!(error instanceof PricingError && excelCode(error) === "NA")) throw error;
          bill = "NA";
        }
        return single === "NA" ? bill === "NA" : bill !== "NA" && bill.eq(single);
      }),
      RUNS,
    );
  });

  test("splitting an item's volume across its interfaces does not change the bill", () => {
    fc.assert(
      fc.property(
        productArb,
        fc.integer({ min: 0, max: 3_000_000 }),
        fc.integer({ min: 0, max: 3_000_000 }),
        (product, a, b) => {
          const whole = costOrNa(product, a + b, 0);
          let split: ReturnType<typeof usageBill>["total"] | "NA";
          try {
            split = usageBill(product, [
              { name: "X1", calls: a },
              { name: "X2", calls: b },
            ]).total;
          } catch (error) {
            if (!(error instanceof PricingError && excelCode(error) === "NA")) throw error;
            split = "NA";
          }
          return whole === "NA" ? split === "NA" : split !== "NA" && split.eq(whole);
        },
      ),
      RUNS,
    );
  });

  test("the integer fast path returns the double nearest the exact decimal", () => {
    fc.assert(
      fc.property(productArb, volumeArb, volumeArb, (product, calls, prepaid) => {
        const exact = costOrNa(product, calls, prepaid);
        if (exact === "NA") return true;
        return monthlyCostNumber(product, resolveItem(product, "X"), calls, prepaid) === exact.toNumber();
      }),
      { numRuns: 5000 },
    );
  });
});
