import { usageBill } from "../bill";
import { freezeAmount } from "../freeze";
import { Money } from "../money";
import { qpsCost } from "../qps";
import { literalFace, literalOcr } from "./fixtures";

describe("QPS add-on packs", () => {
  test("the document's example: 80 QPS for 5 days in class A is 13 × 80 × 5 = 5,200", () => {
    expect(qpsCost(literalOcr, "身份证识别", 80, 5, "day").amount.toFixed()).toBe("5200");
  });
  test.each([
    [9, 1, "day", "135"],
    [10, 1, "day", "130"],
    [99, 1, "month", "27720"],
    [100, 2, "month", "48000"],
    [0, 5, "day", "0"],
  ] as const)("%i QPS × %i %s = %s", (qps, periods, unit, expected) => {
    expect(qpsCost(literalOcr, "IDCardOCR", qps, periods, unit).amount.toFixed()).toBe(expected);
  });
  test("above the class cap is #NUM! naming the cap", () => {
    expect(() => qpsCost(literalOcr, "身份证识别", 101, 1, "day")).toThrow(
      expect.objectContaining({
        failure: expect.objectContaining({ kind: "qps-over-cap" }),
        message: expect.stringContaining("100"),
      }),
    );
  });
  test("an interface without a QPS class is #N/A", () => {
    expect(() => qpsCost(literalOcr, "增值税发票核验", 1, 1, "day")).toThrow(
      expect.objectContaining({ failure: expect.objectContaining({ kind: "no-qps-price" }) }),
    );
  });
});

describe("freeze", () => {
  test("120% of the month's bill, exactly", () => {
    expect(freezeAmount(literalFace, new Money("1000.01")).toFixed()).toBe("1200.012");
  });
  test("a catalog without a freeze ratio is #N/A", () => {
    expect(() => freezeAmount(literalOcr, new Money(10))).toThrow(
      expect.objectContaining({ failure: expect.objectContaining({ kind: "no-freeze" }) }),
    );
  });
  test("a negative bill is #NUM!", () => {
    expect(() => freezeAmount(literalFace, new Money(-1))).toThrow(
      expect.objectContaining({ failure: expect.objectContaining({ kind: "bad-amount" }) }),
    );
  });
});

describe("usage bill", () => {
  test("interfaces of one billing item share its free quota and reach its tier together", () => {
    const bill = usageBill(literalOcr, [
      { name: "身份证识别", calls: 6000 },
      { name: "IDCardOCR", calls: 5000 },
      { name: "OFD 发票识别", calls: 1500 },
    ]);
    // 身份证识别: 11,000 calls → (11000 − 1000) × 0.10 = 1,000; 大票: (1500 − 1000) × 0.15 = 75
    expect(bill.total.toFixed()).toBe("1075");
    expect(bill.items.map((l) => [l.item.id, l.calls])).toEqual([
      ["ocr.id-card", 11000],
      ["ocr.large", 1500],
    ]);
  });
  test("an ambiguous name in any row fails the whole bill", () => {
    expect(() => usageBill(literalOcr, [{ name: "混贴票据识别", calls: 10 }])).toThrow(
      expect.objectContaining({ failure: expect.objectContaining({ kind: "ambiguous-name" }) }),
    );
  });
});
