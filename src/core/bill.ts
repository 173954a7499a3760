import type { CompiledItem, CompiledProduct } from "../catalog/compile";
import { assertCount } from "./count";
import { numError } from "./errors";
import { Money, ZERO } from "./money";
import { monthlyCost, type MonthlyCost } from "./monthlyCost";
import { resolveItem } from "./resolve";

export interface UsageLine {
  readonly name: string;
  readonly calls: number;
}

export interface BillLine {
  readonly item: CompiledItem;
  readonly calls: number;
  readonly cost: MonthlyCost;
}

export interface UsageBill {
  readonly lines: readonly BillLine[];
  readonly total: Money;
}

/**
 * A month's postpaid bill for a usage table. Lines are summed per billing item first, so the
 * interfaces of one item share its free quota and reach its tier together.
 */
export function usageBill(product: CompiledProduct, usage: readonly UsageLine[]): UsageBill {
  const volumes = new Map<CompiledItem, number>();
  usage.forEach((line, i) => {
    const calls = assertCount(line.calls, `The volume on row ${i + 1}`);
    const item = resolveItem(product, line.name);
    const sum = (volumes.get(item) ?? 0) + calls;
    if (sum > Number.MAX_SAFE_INTEGER)
      throw numError(`The volumes of ${item.name} add up to more than can be counted exactly.`);
    volumes.set(item, sum);
  });
  const lines: BillLine[] = [];
  let total = ZERO;
  for (const [item, calls] of volumes) {
    const cost = monthlyCost(product, item, calls, 0);
    lines.push({ item, calls, cost });
    total = total.plus(cost.amount);
  }
  return { lines, total };
}
