import type { TierBoundInclusive } from "../catalog/types";

interface Range {
  readonly from: number;
  readonly to: number | null;
}

/**
 * Index of the tier a volume falls in. "lower" tables are [from, to), "upper" tables are
 * (from, to] with 0 in the first tier. Validation guarantees the tiers cover 0..∞ without gaps.
 */
export function tierIndex(tiers: readonly Range[], inclusive: TierBoundInclusive, volume: number): number {
  const last = tiers.length - 1;
  for (let i = 0; i < last; i++) {
    const to = tiers[i].to as number;
    if (inclusive === "lower" ? volume < to : volume <= to) return i;
  }
  return last;
}

/** "[10,000, 100,000)" or "(10,000, 100,000]": how a tier reads in messages and tables. */
export function describeRange(range: Range, inclusive: TierBoundInclusive): string {
  const fmt = (n: number): string => n.toLocaleString("en-US");
  if (range.to === null) return inclusive === "lower" ? `${fmt(range.from)} and above` : `above ${fmt(range.from)}`;
  return inclusive === "lower" ? `[${fmt(range.from)}, ${fmt(range.to)})` : `(${fmt(range.from)}, ${fmt(range.to)}]`;
}
