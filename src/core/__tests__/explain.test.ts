import { explainCharge } from "../charges/explain";
import type { MonthlyCharge } from "../charges/monthly";
import { Money } from "../money";

const charge = (over: Partial<MonthlyCharge>): MonthlyCharge => ({
  amount: new Money(0),
  unitPrice: new Money("0.15"),
  tier: 0,
  tierVolume: 0,
  freeCalls: 0,
  prepaidCalls: 0,
  postpaidCalls: 0,
  notBilled: false,
  ...over,
});

describe("a charge explains its arithmetic", () => {
  test("calls less the free quota, times the unit price", () => {
    const c = charge({ amount: new Money("1349.85"), freeCalls: 1000, postpaidCalls: 8999 });
    expect(explainCharge(c)).toEqual({ expression: "(9,999 − 1,000) × 0.15", result: "1,349.85", reason: null });
  });

  test("free quota and prepaid calls are both taken off; no deduction, no brackets", () => {
    const c = charge({ amount: new Money(75), freeCalls: 1000, prepaidCalls: 1000, postpaidCalls: 500 });
    expect(explainCharge(c).expression).toBe("(2,500 − 1,000 − 1,000) × 0.15");
    const plain = charge({ amount: new Money(900), unitPrice: new Money("0.09"), postpaidCalls: 10000 });
    expect(explainCharge(plain)).toEqual({ expression: "10,000 × 0.09", result: "900", reason: null });
  });

  test("nothing postpaid or not billed: no multiplication, and the reason", () => {
    expect(explainCharge(charge({ freeCalls: 500 })).reason).toBe("nothing-postpaid");
    expect(explainCharge(charge({ freeCalls: 500, notBilled: true, unitPrice: new Money(0) })).reason).toBe(
      "not-billed",
    );
  });
});
