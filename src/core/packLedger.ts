import { monthlyCharge } from "./charges/monthly";
import { addCounts, assertCount } from "./count";
import { PricingError } from "./errors";
import type { ItemModel, ProductModel } from "./model";
import { Money, ZERO } from "./money";

/**
 * Prepaid pack accounting across months (docs/PRICING-RULES.md, "Packs across months"): a pack
 * is bought at the start of its month and valid through the end of the validity's last month
 * (counting the month bought); each month the free quota first, then the pack that expires
 * first, then postpaid (monthlyCharge: the one rule); an unused remainder is written off in
 * the pack's last valid month. The expense of a pack call is the price paid ÷ the pack size.
 */

export const MAX_LEDGER_MONTHS = 36;

export interface PackPurchase {
  /** 1-based month of the ledger the pack is bought in. */
  readonly month: number;
  readonly size: number;
  readonly price: Money;
}

export interface LedgerMonth {
  readonly month: number;
  readonly calls: number;
  readonly freeCalls: number;
  readonly packCalls: number;
  readonly postpaidCalls: number;
  readonly postpaid: Money;
  readonly packExpense: Money;
  readonly writeOffCalls: number;
  readonly writeOff: Money;
  /** Pack calls left at the end of the month, after its write-off. */
  readonly balance: number;
  /** What the balance cost: the price paid for the calls left. */
  readonly balanceValue: Money;
  /** The pack calls taken from each purchase this month, in the purchases' order (the portable ledger's lots). */
  readonly lotCalls: readonly number[];
}

export interface PackLedger {
  readonly months: readonly LedgerMonth[];
  readonly paid: Money;
}

interface Lot {
  readonly purchase: PackPurchase;
  readonly index: number;
  readonly lastMonth: number;
  used: number;
  /** The expense recognised so far: price × used ÷ size, recomputed from `used` so lots reconcile exactly. */
  expensed: Money;
  closed: boolean;
}

const valueOf = (p: PackPurchase, calls: number): Money => p.price.times(calls).div(p.size);

/** Checks the purchases against the item's packs and the ledger's months; throws the first problem. */
function assertPurchases(product: ProductModel, item: ItemModel, purchases: readonly PackPurchase[], months: number) {
  const where = { catalogId: product.catalogId, item: item.name };
  if (item.status.kind === "not-billed")
    throw new PricingError({ kind: "not-billed-no-packs", ...where, group: item.status.group });
  if (item.packs.size === 0) throw new PricingError({ kind: "no-packs", ...where });
  purchases.forEach((p, i) => {
    if (p.month < 1 || p.month > months)
      throw new PricingError({ kind: "purchase-month", row: i + 1, month: p.month, months });
    if (!item.packs.has(p.size))
      throw new PricingError({
        kind: "no-such-pack",
        ...where,
        unit: product.unit,
        size: p.size,
        sizes: [...item.packs.keys()],
      });
  });
}

export function packLedger(
  product: ProductModel,
  item: ItemModel,
  volumes: readonly number[],
  purchases: readonly PackPurchase[],
): PackLedger {
  if (volumes.length === 0 || volumes.length > MAX_LEDGER_MONTHS)
    throw new PricingError({ kind: "ledger-months", months: volumes.length, max: MAX_LEDGER_MONTHS });
  volumes.forEach((v, i) => assertCount(v, { key: "month-volume", month: i + 1 }));
  assertPurchases(product, item, purchases, volumes.length);
  const validity = product.packValidityMonths;
  if (validity === null) throw new PricingError({ kind: "no-pack-validity", catalogId: product.catalogId });
  // Earliest expiry first; packs of one month in the order given.
  const lots: Lot[] = purchases
    .map((purchase, index) => ({
      purchase,
      index,
      lastMonth: purchase.month + validity - 1,
      used: 0,
      expensed: ZERO,
      closed: false,
    }))
    .sort((a, b) => a.lastMonth - b.lastMonth);
  const paid = purchases.reduce((sum, p) => sum.plus(p.price), ZERO);
  const open = (m: number) => lots.filter((l) => !l.closed && l.purchase.month <= m);
  const months = volumes.map((calls, index): LedgerMonth => {
    const month = index + 1;
    const active = open(month);
    const available = active.reduce((n, l) => addCounts(n, l.purchase.size - l.used, item.name), 0);
    const charge = monthlyCharge(product, item, calls, available);
    let toUse = charge.prepaidCalls;
    let packExpense = ZERO;
    const lotCalls = purchases.map(() => 0);
    for (const lot of active) {
      const take = Math.min(toUse, lot.purchase.size - lot.used);
      if (take === 0) continue;
      lotCalls[lot.index] = take;
      lot.used += take;
      toUse -= take;
      const expensed = valueOf(lot.purchase, lot.used);
      packExpense = packExpense.plus(expensed.minus(lot.expensed));
      lot.expensed = expensed;
    }
    let writeOffCalls = 0;
    let writeOff = ZERO;
    for (const lot of active) {
      if (lot.lastMonth !== month) continue;
      writeOffCalls += lot.purchase.size - lot.used;
      writeOff = writeOff.plus(lot.purchase.price.minus(lot.expensed));
      lot.closed = true;
    }
    const left = open(month);
    return {
      month,
      calls,
      freeCalls: charge.freeCalls,
      packCalls: charge.prepaidCalls,
      postpaidCalls: charge.postpaidCalls,
      postpaid: charge.amount,
      packExpense,
      writeOffCalls,
      writeOff,
      balance: left.reduce((n, l) => n + l.purchase.size - l.used, 0),
      balanceValue: left.reduce((sum, l) => sum.plus(l.purchase.price.minus(l.expensed)), ZERO),
      lotCalls,
    };
  });
  return { months, paid };
}
