import type { TierRef } from "./failure";
import type { PostpaidTable, TierRange, TierTable } from "./model";

/**
 * Tier selection, the only code that knows how bounds read and which volume picks a tier.
 * "lower" tables are [from, to), "upper" tables are (from, to] with 0 in the first tier.
 * Validation guarantees the tiers cover 0..∞ without gaps.
 */

/**
 * Index of the tier a quantity falls in: a binary search over the tiers' upper bounds (they
 * rise, validation guarantees it), so O(log n) in the tier count per call.
 */
export function tierIndex(table: TierTable, quantity: number): number {
  const { tiers } = table;
  const lower = table.inclusive === "lower";
  // The first of tiers[0..last) whose bound the quantity is within; `last` (the open tier) if none.
  let lo = 0;
  let hi = tiers.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const to = tiers[mid].to as number;
    if (lower ? quantity < to : quantity <= to) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The smallest quantity in tier i. */
export function tierFirst(table: TierTable, i: number): number {
  const { from } = table.tiers[i];
  return table.inclusive === "lower" || i === 0 ? from : from + 1;
}

/** The largest quantity in tier i; null when the tier is open. */
export function tierLast(table: TierTable, i: number): number | null {
  const { to } = table.tiers[i];
  if (to === null) return null;
  return table.inclusive === "lower" ? to - 1 : to;
}

/** A tier as failures and tables name it. */
export const tierRef = (table: TierTable, i: number): TierRef => {
  const range: TierRange = table.tiers[i];
  return { from: range.from, to: range.to, inclusive: table.inclusive };
};

/**
 * The postpaid tier of a month (阶梯到达): picked by the month's total calls or by the calls
 * left for postpaid after free quota and packs, per the version's basis.
 */
export function monthTier(table: PostpaidTable, calls: number, postpaidCalls: number): number {
  return tierIndex(table, table.basis === "total" ? calls : postpaidCalls);
}

/** The volume that picks the month's tier under the table's basis. */
export const tierVolume = (table: PostpaidTable, calls: number, postpaidCalls: number): number =>
  table.basis === "total" ? calls : postpaidCalls;

/**
 * The smallest monthly volume (no packs) whose tier is tier i: the tier's first quantity, plus
 * the free quota where the postpaid remainder picks the tier.
 */
export function firstMonthInTier(table: PostpaidTable, i: number, freeQuota: number): number {
  const first = tierFirst(table, i);
  return table.basis === "postpaid" && first > 0 ? first + freeQuota : first;
}

/** A stretch of postpaid remainders r ∈ [lo, hi] of one month priced at one tier. */
export interface RemainderPiece {
  readonly lo: number;
  readonly hi: number;
  readonly tier: number;
}

/**
 * How a month of `calls` (of which `need` are past the free quota) is priced as its postpaid
 * remainder r runs over [1, need]: one piece at the tier of the total, or, where the
 * remainder picks the tier, one piece per tier it crosses.
 */
export function remainderPieces(table: PostpaidTable, calls: number, need: number): RemainderPiece[] {
  if (need <= 0) return [];
  if (table.basis === "total") return [{ lo: 1, hi: need, tier: tierIndex(table, calls) }];
  const pieces: RemainderPiece[] = [];
  table.tiers.forEach((_, i) => {
    const lo = Math.max(1, tierFirst(table, i));
    const last = tierLast(table, i);
    const hi = Math.min(need, last === null ? need : last);
    if (lo <= hi) pieces.push({ lo, hi, tier: i });
  });
  return pieces;
}

/** The months on both sides of every tier's first month (no packs): where 阶梯到达 cliffs are. */
export function tierEdgeMonths(table: PostpaidTable, freeQuota: number): number[] {
  const edges = new Set<number>();
  for (let i = 1; i < table.tiers.length; i++) {
    const first = firstMonthInTier(table, i, freeQuota);
    edges.add(first - 1);
    edges.add(first);
  }
  return [...edges].sort((a, b) => a - b);
}

/**
 * The monthly volumes v above `covered` (calls the free quota and packs cover) whose postpaid
 * calls are priced at tier i, as [lo, hi] (hi null = no end); null when no such volume exists.
 */
export function tierVolumes(
  table: PostpaidTable,
  i: number,
  covered: number,
): { readonly lo: number; readonly hi: number | null } | null {
  const first = tierFirst(table, i);
  const last = tierLast(table, i);
  // Under the postpaid basis the remainder v − covered picks the tier; under total, v itself.
  const shift = table.basis === "postpaid" ? covered : 0;
  const lo = Math.max(first + shift, covered + 1);
  const hi = last === null ? null : last + shift;
  return hi !== null && hi < lo ? null : { lo, hi };
}
