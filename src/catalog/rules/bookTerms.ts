import { Money } from "../../core/money";
import { finding } from "../problem";
import { isObject, listOf, type Rule } from "./shape";

/** Most decimals a factor may have: a 4-decimal price times it stays within the format's 10. */
const FACTOR_DECIMALS = 6;

const decimalOf = (value: number | string): Money | null => {
  try {
    return typeof value === "number" && !Number.isFinite(value) ? null : new Money(value);
  } catch {
    return null; // not a number at all: the schema's pattern reports it
  }
};

/**
 * A price book's terms on their own (the base is checked in bookBase.ts): a factor is a positive
 * decimal of at most 6 decimals, as text or a number; tier and pack prices name a billing item;
 * every adjustment changes something.
 */
export const bookTerms: Rule = (candidate, out) => {
  if (!isObject(candidate)) return;
  listOf(candidate.adjustments).forEach((adjustment, i) => {
    if (!isObject(adjustment)) return;
    const at = `$.adjustments[${i}]`;
    const factor = adjustment.priceFactor;
    if (typeof factor === "number" || typeof factor === "string") {
      const value = decimalOf(factor);
      if (value === null || !value.gt(0) || value.decimalPlaces() > FACTOR_DECIMALS)
        out.push(finding(`${at}.priceFactor`, "bad-factor", { found: factor }));
    }
    for (const field of ["tierPrices", "packPrices"] as const)
      if (field in adjustment && !("billingItem" in adjustment))
        out.push(finding(`${at}.${field}`, "needs-billing-item", {}));
    const changes = ["priceFactor", "tierPrices", "packPrices", "monthlyFreeQuota"].some((f) => f in adjustment);
    if (!changes) out.push(finding(at, "adjusts-nothing", {}));
  });
};
