import { excelCode } from "./fixtures";
import { PricingError } from "../errors";
import { monthlyCharge as monthlyCost, monthlyChargeNumber as monthlyCostNumber } from "../charges/monthly";
import { resolveItem } from "../resolve";
import { unitPriceAt } from "../charges/monthly";
import { literalFace, literalOcr } from "./fixtures";

const idCard = resolveItem(literalOcr, "身份证识别");
const cost = (calls: number, prepaid = 0) => monthlyCost(literalOcr, idCard, calls, prepaid).amount.toFixed();

describe("monthlyCost: free quota, then packs, then one tier for every postpaid call", () => {
  test.each([
    [0, "0"],
    [1, "0"],
    [1000, "0"],
    [1001, "0.15"],
    [9000, "1200"], // (9000 − 1000) × 0.15, the document's 驾驶证识别 example shape
    [9999, "1349.85"],
    [10000, "900"], // the tier boundary is inclusive below: 10,000 reaches 0.10
    [10001, "900.1"],
    [99999, "9899.9"],
    [100000, "5940"],
    [999999, "59939.94"],
  ])("%i calls cost %s", (calls, expected) => {
    expect(cost(calls)).toBe(expected);
  });

  test("9,999 calls cost more than 10,000 (阶梯到达 cliff)", () => {
    expect(monthlyCost(literalOcr, idCard, 9999).amount.gt(monthlyCost(literalOcr, idCard, 10000).amount)).toBe(true);
  });

  test("exact decimals, not binary floating point: 3 postpaid calls at 0.15 are 0.45", () => {
    expect(cost(1003)).toBe("0.45");
    expect(monthlyCostNumber(literalOcr, idCard, 1003, 0)).toBe(0.45);
  });

  test("prepaid calls are used after the free quota; the tier still follows the month's total", () => {
    const result = monthlyCost(literalOcr, idCard, 2500, 1000);
    expect(result.amount.toFixed()).toBe("75");
    expect([result.freeCalls, result.prepaidCalls, result.postpaidCalls, result.tierVolume]).toEqual([
      1000, 1000, 500, 2500,
    ]);
    expect(monthlyCost(literalOcr, idCard, 20000, 15000).amount.toFixed()).toBe("400"); // 4,000 × 0.10 (tier of 20,000)
  });

  test("a month fully covered by free quota and packs costs 0 even in a contact-sales tier", () => {
    expect(cost(2_000_000, 1_999_000)).toBe("0");
  });

  test("a contact-sales tier is #N/A with a message, never 0", () => {
    expect(() => monthlyCost(literalOcr, idCard, 1_000_000)).toThrow(PricingError);
    try {
      monthlyCost(literalOcr, idCard, 1_000_000);
    } catch (error) {
      expect(excelCode(error)).toBe("NA");
      expect((error as PricingError).message).toMatch(/联系商务/);
    }
  });

  test("an item without monthly free quota bills from the first call", () => {
    const verify = resolveItem(literalOcr, "增值税发票核验");
    expect(monthlyCost(literalOcr, verify, 3).amount.toFixed()).toBe("0.9");
    expect(monthlyCost(literalOcr, verify, 100, 50).amount.toFixed()).toBe("15"); // the one-time 50-call pack as prepaid
  });

  test.each([[-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 53]])("volume %p is #NUM!", (calls) => {
    expect(() => monthlyCost(literalOcr, idCard, calls)).toThrow(
      expect.objectContaining({ failure: expect.objectContaining({ kind: "bad-count" }) }),
    );
  });
});

describe("tier basis 'postpaid' and upper-inclusive tiers (2020 face page)", () => {
  const search = resolveItem(literalFace, "人脸搜索");
  test("the tier follows the calls left for postpaid after free quota and packs", () => {
    const result = monthlyCost(literalFace, search, 52_000_000, 50_000_000);
    expect(result.postpaidCalls).toBe(1_990_000);
    expect(result.unitPrice?.toFixed()).toBe("0.0032");
    expect(result.amount.plus(142500).toFixed()).toBe("148868");
  });
  test("(0, 300万] includes 300万; above it is the next tier", () => {
    expect(monthlyCost(literalFace, search, 3_010_000).amount.toFixed()).toBe("9600"); // 3,000,000 postpaid × 0.0032
    expect(monthlyCost(literalFace, search, 3_010_001).unitPrice?.toFixed()).toBe("0.003");
  });
});

describe("unitPriceAt", () => {
  test.each([
    [0, "0.15"],
    [9999, "0.15"],
    [10000, "0.1"],
    [100000, "0.06"],
  ])("%i calls reach %s", (volume, price) => {
    expect(unitPriceAt(literalOcr, idCard, volume).toFixed()).toBe(price);
  });
  test("contact sales is #N/A", () => {
    expect(() => unitPriceAt(literalOcr, idCard, 1_000_000)).toThrow(
      expect.objectContaining({ failure: expect.objectContaining({ kind: "no-list-price" }) }),
    );
  });
});
