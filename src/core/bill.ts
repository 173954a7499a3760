import { monthlyCharge, type MonthlyCharge } from "./charges/monthly";
import { addCounts, assertCount, isCount } from "./count";
import type { ItemModel, ProductModel } from "./model";
import { Money, ZERO } from "./money";
import { resolveItem } from "./resolve";

export interface UsageLine {
  readonly name: string;
  readonly calls: number;
  /** Prepaid pack calls still available for this line's billing item (summed per item). */
  readonly prepaid?: number;
}

export interface BillLine {
  readonly item: ItemModel;
  readonly calls: number;
  readonly prepaid: number;
  readonly charge: MonthlyCharge;
  /** Indexes (0-based) of the usage lines billed under this item. */
  readonly lines: readonly number[];
}

export interface UsageBill {
  readonly items: readonly BillLine[];
  readonly total: Money;
}

/**
 * A month's postpaid bill for a usage table. Lines are summed per billing item first, so the
 * interfaces of one item share its free quota, its prepaid calls and reach its tier together.
 */
export function usageBill(product: ProductModel, usage: readonly UsageLine[]): UsageBill {
  const byItem = new Map<ItemModel, { calls: number; prepaid: number; lines: number[] }>();
  usage.forEach((line, i) => {
    // Labels are built only for a bad count: a bill may have 100,000 lines.
    const calls = isCount(line.calls) ? line.calls + 0 : assertCount(line.calls, { key: "line-volume", line: i + 1 });
    const given = line.prepaid ?? 0;
    const prepaid = isCount(given) ? given + 0 : assertCount(given, { key: "prepaid-cell", cell: i + 1 });
    const item = resolveItem(product, line.name);
    let entry = byItem.get(item);
    if (!entry) byItem.set(item, (entry = { calls: 0, prepaid: 0, lines: [] }));
    entry.calls = addCounts(entry.calls, calls, item.name);
    entry.prepaid = addCounts(entry.prepaid, prepaid, item.name);
    entry.lines.push(i);
  });
  const items: BillLine[] = [];
  let total = ZERO;
  for (const [item, { calls, prepaid, lines }] of byItem) {
    const charge = monthlyCharge(product, item, calls, prepaid);
    items.push({ item, calls, prepaid, charge, lines });
    total = total.plus(charge.amount);
  }
  return { items, total };
}
