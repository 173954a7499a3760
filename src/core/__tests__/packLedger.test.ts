import fc from "fast-check";
import { failureOf } from "../errors";
import { Money, ZERO } from "../money";
import { packLedger, type PackPurchase } from "../packLedger";
import { resolveItem } from "../resolve";
import { literalFace, literalOcr } from "./fixtures";

const idCard = resolveItem(literalOcr, "身份证识别");
const buy = (month: number, size: number, price: number | string): PackPurchase => ({
  month,
  size,
  price: new Money(price),
});
const kindOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return failureOf(error)?.kind;
  }
  return null;
};

describe("packLedger", () => {
  test("README's worked example: 25,000 calls a month, three 10万 packs at 3,500 in month 1", () => {
    const { months, paid } = packLedger(literalOcr, idCard, Array(12).fill(25000), [
      buy(1, 100000, 3500),
      buy(1, 100000, 3500),
      buy(1, 100000, 3500),
    ]);
    expect(paid.toFixed()).toBe("10500");
    for (const m of months) {
      expect([m.freeCalls, m.packCalls, m.postpaidCalls, m.postpaid.toFixed()]).toEqual([1000, 24000, 0, "0"]);
      expect(m.packExpense.toFixed()).toBe("840");
    }
    expect(months.slice(0, 11).every((m) => m.writeOffCalls === 0)).toBe(true);
    expect([months[11].writeOffCalls, months[11].writeOff.toFixed(), months[11].balance]).toEqual([12000, "420", 0]);
    expect(months[0].balance).toBe(276000);
  });

  test("the pack that expires first is used first; a pack bought later waits for its month", () => {
    const { months } = packLedger(literalOcr, idCard, [3000, 3000, 3000], [buy(2, 1000, 84), buy(1, 1000, 120)]);
    // Month 1: the 120 pack covers 1,000 of 2,000 past the free quota; month 2: the 84 pack.
    expect(months.map((m) => [m.packCalls, m.postpaidCalls, m.packExpense.toFixed(), m.balance])).toEqual([
      [1000, 1000, "120", 0],
      [1000, 1000, "84", 0],
      [0, 2000, "0", 0],
    ]);
    const order = packLedger(literalOcr, idCard, [1500, 1500], [buy(1, 1000, 80), buy(2, 1000, 120)]).months;
    // The month-1 pack expires in month 12, the month-2 pack in month 13: the older one is used up first.
    expect(order.map((m) => m.packExpense.toFixed())).toEqual(["40", "40"]);
  });

  test("each month names the pack calls taken from each purchase, in the purchases' order", () => {
    const bought = [buy(2, 1000, 84), buy(1, 1000, 120), buy(1, 10000, 700)];
    const { months } = packLedger(literalOcr, idCard, [3000, 3000, 3000], bought);
    // Month 1 uses the month-1 packs in the order given; later months the month-1 pack expires first.
    expect(months.map((m) => m.lotCalls)).toEqual([
      [0, 1000, 1000],
      [0, 0, 2000],
      [0, 0, 2000],
    ]);
    for (const m of months) expect(m.lotCalls.reduce((a, b) => a + b, 0)).toBe(m.packCalls);
  });

  test("a pack still valid after the last month stays in the balance at its value", () => {
    const { months } = packLedger(literalOcr, idCard, [6000], [buy(1, 10000, 700)]);
    expect([months[0].packCalls, months[0].balance, months[0].balanceValue.toFixed()]).toEqual([5000, 5000, "350"]);
  });

  test("bad ledgers and purchases fail with their reason", () => {
    expect(kindOf(() => packLedger(literalOcr, idCard, [], []))).toBe("ledger-months");
    expect(kindOf(() => packLedger(literalOcr, idCard, Array(37).fill(1), []))).toBe("ledger-months");
    expect(kindOf(() => packLedger(literalOcr, idCard, [1], [buy(2, 1000, 1)]))).toBe("purchase-month");
    expect(kindOf(() => packLedger(literalOcr, idCard, [1], [buy(1, 5000, 1)]))).toBe("no-such-pack");
    const search = resolveItem(literalFace, "人脸搜索");
    expect(kindOf(() => packLedger(literalFace, search, [1], []))).toBe("no-packs");
  });

  test("totals reconcile: pack expense + write-off + value of the balance left = price paid", () => {
    const sizes = [1000, 10000, 100000];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60000 }), { minLength: 1, maxLength: 36 }),
        fc.array(
          fc.record({
            month: fc.integer({ min: 1, max: 36 }),
            size: fc.constantFrom(...sizes),
            cents: fc.integer({ min: 1, max: 1_000_000 }),
          }),
          { maxLength: 6 },
        ),
        (volumes, raw) => {
          const purchases = raw
            .filter((p) => p.month <= volumes.length)
            .map((p) => buy(p.month, p.size, (p.cents / 100).toString()));
          const { months, paid } = packLedger(literalOcr, idCard, volumes, purchases);
          const sum = (f: (m: (typeof months)[number]) => Money) => months.reduce((s, m) => s.plus(f(m)), ZERO);
          const last = months[months.length - 1];
          expect(
            sum((m) => m.packExpense)
              .plus(sum((m) => m.writeOff))
              .plus(last.balanceValue)
              .eq(paid),
          ).toBe(true);
          // Calls reconcile too: every call bought is used, written off or left.
          const bought = purchases.reduce((n, p) => n + p.size, 0);
          const used = months.reduce((n, m) => n + m.packCalls + m.writeOffCalls, 0);
          expect(used + last.balance).toBe(bought);
          for (const m of months) expect(m.freeCalls + m.packCalls + m.postpaidCalls).toBe(m.calls);
        },
      ),
      { numRuns: 300 },
    );
  });
});
