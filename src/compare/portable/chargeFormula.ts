import type { TierBasis } from "../../core/model";
import type { PriceRefs } from "./priceSheet";

/**
 * The month's charge (src/core/charges/monthly.ts) as native spreadsheet formulas over a price
 * row, in functions Excel 2016, LibreOffice Calc 7 and WPS evaluate alike (MAX, MIN, IF, MATCH,
 * INDEX, ISNUMBER, INT, NA): free quota first, then prepaid calls, then every postpaid call at
 * the ONE tier the month reaches (阶梯到达), picked by the total or the postpaid remainder as
 * the row's "tier picked by" cell says. A tier without a list price is #N/A only when some call
 * is postpaid at it; so is a volume that is not a whole number ≥ 0.
 */

/** The basis word the price table writes for versions whose tier follows the postpaid remainder. */
const POSTPAID: TierBasis = "postpaid";

export const freeExpr = (calls: string, r: PriceRefs): string => `MIN(${calls},${r.quota})`;

/** Calls left for postpaid: max(0, calls − free quota − prepaid), the core's deduction order. */
export const postpaidExpr = (calls: string, prepaid: string, r: PriceRefs): string =>
  `MAX(0,${calls}-${r.quota}-${prepaid})`;

export const tierVolumeExpr = (calls: string, postpaid: string, r: PriceRefs): string =>
  `IF(${r.basis}="${POSTPAID}",${postpaid},${calls})`;

/** 1-based tier: the last tier whose first volume is at most the volume. */
export const tierExpr = (volume: string, r: PriceRefs): string => `MATCH(${volume},${r.firsts},1)`;

export const unitPriceExpr = (tier: string, r: PriceRefs): string => `INDEX(${r.prices},1,${tier})`;

const badCount = (cell: string): string => `${cell}<0,${cell}<>INT(${cell})`;

/** The cost from its parts (expressions or cells). */
export const costExpr = (calls: string, prepaid: string, postpaid: string, unitPrice: string): string =>
  `IF(OR(${badCount(calls)},${badCount(prepaid)}),NA(),IF(${postpaid}=0,0,IF(ISNUMBER(${unitPrice}),${unitPrice}*${postpaid},NA())))`;

/** Calls taken from packs: those past the free quota, up to what the packs hold (the core's deduction order). */
export const packCallsExpr = (calls: string, available: string, r: PriceRefs): string =>
  `MIN(MAX(0,${calls}-${r.quota}),${available})`;

/** The charge over cells that already hold the month's calls, its prepaid calls and its postpaid calls. */
export const costOverCells = (calls: string, prepaid: string, postpaid: string, r: PriceRefs): string =>
  costExpr(calls, prepaid, postpaid, unitPriceExpr(tierExpr(tierVolumeExpr(calls, postpaid, r), r), r));

/** The whole charge in one formula (no helper cells), for a line's cost cell. */
export function chargeFormula(calls: string, prepaid: string, r: PriceRefs): string {
  const postpaid = postpaidExpr(calls, prepaid, r);
  const price = unitPriceExpr(tierExpr(tierVolumeExpr(calls, postpaid, r), r), r);
  return costExpr(calls, prepaid, postpaid, price);
}

/**
 * The unit price the month's calls are billed at, as the core reports it: the picked tier's
 * price (text where it has none, when nothing is postpaid there), #N/A where a postpaid call
 * meets a tier without a price or the counts are not whole numbers ≥ 0.
 */
export function unitPriceFormula(calls: string, prepaid: string, r: PriceRefs): string {
  const postpaid = postpaidExpr(calls, prepaid, r);
  const price = unitPriceExpr(tierExpr(tierVolumeExpr(calls, postpaid, r), r), r);
  return `IF(OR(${badCount(calls)},${badCount(prepaid)}),NA(),IF(ISNUMBER(${price}),${price},IF(${postpaid}=0,${price},NA())))`;
}
