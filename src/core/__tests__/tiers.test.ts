import type { PostpaidTable } from "../model";
import { firstMonthInTier, monthTier, remainderPieces, tierEdgeMonths, tierFirst, tierIndex, tierLast } from "../tiers";

const table = (inclusive: "lower" | "upper", basis: "total" | "postpaid"): PostpaidTable => ({
  inclusive,
  basis,
  tiers: [
    { from: 0, to: 10000, unitPrice: null, scaled: null },
    { from: 10000, to: 100000, unitPrice: null, scaled: null },
    { from: 100000, to: null, unitPrice: null, scaled: null },
  ],
});

describe("tier selection: the one place that knows bounds and basis", () => {
  test.each([
    ["lower", 0, 0],
    ["lower", 9999, 0],
    ["lower", 10000, 1],
    ["lower", 99999, 1],
    ["lower", 100000, 2],
    ["upper", 0, 0],
    ["upper", 10000, 0],
    ["upper", 10001, 1],
    ["upper", 100000, 1],
    ["upper", 100001, 2],
  ] as const)("%s bounds: %p is in tier %p", (inclusive, volume, tier) => {
    expect(tierIndex(table(inclusive, "total"), volume)).toBe(tier);
  });

  test("first and last quantity of each tier, both bound conventions", () => {
    const lower = table("lower", "total");
    const upper = table("upper", "total");
    expect([0, 1, 2].map((i) => [tierFirst(lower, i), tierLast(lower, i)])).toEqual([
      [0, 9999],
      [10000, 99999],
      [100000, null],
    ]);
    expect([0, 1, 2].map((i) => [tierFirst(upper, i), tierLast(upper, i)])).toEqual([
      [0, 10000],
      [10001, 100000],
      [100001, null],
    ]);
  });

  test("the basis decides which volume picks the month's tier", () => {
    // 12,000 calls, 2,500 of them free or prepaid: 9,500 postpaid.
    expect(monthTier(table("lower", "total"), 12000, 9500)).toBe(1);
    expect(monthTier(table("lower", "postpaid"), 12000, 9500)).toBe(0);
  });

  test("the first month of a tier adds the free quota only where the remainder picks the tier", () => {
    expect(firstMonthInTier(table("lower", "total"), 1, 1000)).toBe(10000);
    expect(firstMonthInTier(table("lower", "postpaid"), 1, 1000)).toBe(11000);
    expect(firstMonthInTier(table("upper", "postpaid"), 1, 10000)).toBe(20001);
    expect(firstMonthInTier(table("upper", "postpaid"), 0, 10000)).toBe(0);
    expect(tierEdgeMonths(table("lower", "total"), 1000)).toEqual([9999, 10000, 99999, 100000]);
  });

  test("remainder pieces: one at the total's tier, or one per tier the remainder crosses", () => {
    expect(remainderPieces(table("lower", "total"), 150000, 149000)).toEqual([{ lo: 1, hi: 149000, tier: 2 }]);
    expect(remainderPieces(table("lower", "postpaid"), 150000, 149000)).toEqual([
      { lo: 1, hi: 9999, tier: 0 },
      { lo: 10000, hi: 99999, tier: 1 },
      { lo: 100000, hi: 149000, tier: 2 },
    ]);
    expect(remainderPieces(table("upper", "postpaid"), 5000, 0)).toEqual([]);
  });
});
