import { groupDigits as grouped } from "../money";
import type { MonthlyCharge } from "./monthly";

/**
 * A month's charge as the arithmetic a person checks by hand, from the charge itself (nothing
 * is priced again): "(9,999 − 1,000) × 0.15 = 1,349.85" — the month's calls, less the free
 * quota and the prepaid calls, times the tier's unit price.
 */
export interface ChargeArithmetic {
  /** "(9,999 − 1,000) × 0.15": the postpaid calls as calls less what was covered, times the unit price. */
  readonly expression: string;
  /** The amount, exact and grouped: "1,349.85". */
  readonly result: string;
  /** Why there is no multiplication: the interface is not billed, or no call is postpaid. */
  readonly reason: "not-billed" | "nothing-postpaid" | null;
}

export function explainCharge(charge: MonthlyCharge): ChargeArithmetic {
  const calls = charge.freeCalls + charge.prepaidCalls + charge.postpaidCalls;
  const covered = [charge.freeCalls, charge.prepaidCalls].filter((n) => n > 0);
  const postpaid = covered.length
    ? `(${[calls, ...covered].map((n) => grouped(String(n))).join(" − ")})`
    : grouped(String(calls));
  const result = grouped(charge.amount.toFixed());
  if (charge.notBilled) return { expression: grouped(String(calls)), result, reason: "not-billed" };
  if (charge.postpaidCalls === 0 || charge.unitPrice === null)
    return { expression: postpaid, result, reason: "nothing-postpaid" };
  return { expression: `${postpaid} × ${charge.unitPrice.toFixed()}`, result, reason: null };
}
