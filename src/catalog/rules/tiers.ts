import { finding, type Finding } from "../problem";
import { entries, isCount, isObject, listOf, products, type Rule } from "./shape";

/** Tiers must start at 0, touch each other and end open, so every volume has exactly one tier. */
function tierRanges(tiers: readonly unknown[], path: string, out: Finding[]): void {
  let expectedFrom = 0;
  tiers.forEach((tier, i) => {
    if (!isObject(tier)) return;
    const { from, to } = tier;
    if (isCount(from) && from !== expectedFrom)
      out.push(
        i === 0
          ? finding(`${path}[${i}].from`, "tier-first-from", {})
          : finding(`${path}[${i}].from`, "tier-gap", { expected: expectedFrom }),
      );
    const isLast = i === tiers.length - 1;
    if (to === null && !isLast) out.push(finding(`${path}[${i}].to`, "tier-open-before-last", {}));
    if (isLast && to !== null) out.push(finding(`${path}[${i}].to`, "tier-last-closed", {}));
    if (isCount(to) && isCount(from) && to <= from) out.push(finding(`${path}[${i}].to`, "tier-empty-range", { from }));
    if (isCount(to)) expectedFrom = to;
  });
}

/** Postpaid tiers of every billing item and the tiers of every QPS class. */
export const tierOrder: Rule = (candidate, out) => {
  for (const product of products(candidate)) {
    for (const item of entries(product, "billingItems"))
      if (isObject(item.value.postpaid))
        tierRanges(listOf(item.value.postpaid.tiers), `${item.path}.postpaid.tiers`, out);
    for (const qps of entries(product, "qpsClasses")) tierRanges(listOf(qps.value.tiers), `${qps.path}.tiers`, out);
  }
};
