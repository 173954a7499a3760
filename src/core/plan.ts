import { monthlyCharge } from "./charges/monthly";
import { addCounts, assertCount } from "./count";
import { failureOf, PricingError } from "./errors";
import type { ItemModel, ProductModel } from "./model";
import { Money, ZERO } from "./money";
import { remainderPieces } from "./tiers";

/**
 * The cheapest prepaid-pack plan for a forecast of 1–12 months of one billing item: packs are
 * bought at the start of month 1 (valid 12 months), used after each month's free quota, and
 * what they do not cover is postpaid at the tier the catalog's rule picks.
 *
 * Exact optimum, fast: with pack sizes that divide one another, an optimal plan never buys
 * r = big/small small packs where one big pack costs no more (swap them), and never buys a
 * big pack when r small ones are cheaper. So the plan's counts are the digits of its total
 * calls P in a mixed radix, and its cost is additive over digits. Postpaid cost is linear in P
 * between breakpoints (where a month becomes fully covered, or its remainder changes tier),
 * so on each piece a digit DP over [lo, hi] finds the best P; the pieces' winners are then
 * priced exactly by simulation and compared.
 */

export interface PackOffer {
  readonly size: number;
  readonly price: Money;
}

export interface MonthPlan {
  readonly calls: number;
  readonly freeCalls: number;
  readonly packCalls: number;
  readonly postpaidCalls: number;
  readonly postpaid: Money;
}

export interface PackPlan {
  readonly packs: ReadonlyArray<{ readonly size: number; readonly count: number; readonly cost: Money }>;
  readonly packCost: Money;
  readonly postpaid: Money;
  readonly total: Money;
  readonly months: readonly MonthPlan[];
  /** Cost with no packs; null where a month would need a contact-sales price. */
  readonly allPostpaid: Money | null;
  readonly allPostpaidMonths: readonly MonthPlan[] | null;
}

export const MAX_PLAN_MONTHS = 12;

/** The packs a plan may buy: list prices, with the prices actually paid where the user gives them. */
export function packOffers(
  product: ProductModel,
  item: ItemModel,
  overrides: ReadonlyMap<number, Money> = new Map(),
): PackOffer[] {
  for (const size of overrides.keys()) {
    if (!item.packs.has(size))
      throw new PricingError({
        kind: "no-such-pack",
        catalogId: product.catalogId,
        item: item.name,
        unit: product.unit,
        size,
        sizes: [...item.packs.keys()],
      });
  }
  const offers: PackOffer[] = [];
  for (const [size, listPrice] of item.packs) {
    const price = overrides.get(size) ?? listPrice;
    if (price !== null) offers.push({ size, price });
  }
  return offers.sort((a, b) => a.size - b.size);
}

/** Prices each month with `packCalls` pack calls available in total, used in month order. */
export function simulate(
  product: ProductModel,
  item: ItemModel,
  volumes: readonly number[],
  packCalls: number,
): MonthPlan[] {
  let left = packCalls;
  return volumes.map((calls) => {
    const cost = monthlyCharge(product, item, calls, left);
    left -= cost.prepaidCalls;
    return {
      calls,
      freeCalls: cost.freeCalls,
      packCalls: cost.prepaidCalls,
      postpaidCalls: cost.postpaidCalls,
      postpaid: cost.amount,
    };
  });
}

const sumPostpaid = (months: readonly MonthPlan[]): Money => months.reduce((sum, m) => sum.plus(m.postpaid), ZERO);

/** Drops pack sizes that r smaller packs beat; what remains has bounded digit counts. */
function usefulOffers(offers: readonly PackOffer[]): PackOffer[] {
  const divides = offers.every((o, i) => i === 0 || o.size % offers[i - 1].size === 0);
  if (!divides) throw new PricingError({ kind: "pack-sizes-not-nested" });
  return offers.filter(
    (big) => !offers.some((small) => small.size < big.size && small.price.times(big.size / small.size).lt(big.price)),
  );
}

/** A candidate's rank: cost first, then fewer packs, then fewer calls bought (smaller packs). */
interface Score {
  readonly cost: Money;
  readonly packs: number;
  readonly calls: number;
}

const better = (a: Score, b: Score): boolean =>
  !a.cost.eq(b.cost) ? a.cost.lt(b.cost) : a.packs !== b.packs ? a.packs < b.packs : a.calls < b.calls;

/**
 * The P in [lo, hi] (a multiple of the smallest size) minimising Σ digit × (price − slope × size),
 * ties by fewer packs then fewer calls; null if no representable P lies in the range.
 */
function bestTotalInRange(offers: readonly PackOffer[], slope: Money, lo: number, hi: number): number | null {
  const unit = offers[0].size;
  const first = Math.ceil(lo / unit);
  const last = Math.floor(hi / unit);
  if (first > last) return null;
  // Work in units of the smallest size; radix[i] = size[i+1] / size[i]; the top digit is unbounded.
  const sizes = offers.map((o) => o.size / unit);
  const weight = offers.map((o) => o.price.minus(slope.times(o.size)));
  const n = offers.length;
  const digitsOf = (value: number): number[] => {
    const digits: number[] = new Array<number>(n);
    let rest = value;
    for (let i = n - 1; i >= 0; i--) {
      digits[i] = i === n - 1 ? Math.floor(rest / sizes[i]) : Math.floor(rest / sizes[i]);
      rest -= digits[i] * sizes[i];
    }
    return digits;
  };
  const loDigits = digitsOf(first);
  const hiDigits = digitsOf(last);

  interface Best {
    readonly score: Score;
    readonly units: number;
  }
  const addScore = (s: Score, d: number, i: number): Score => ({
    cost: s.cost.plus(weight[i].times(d)),
    packs: s.packs + d,
    calls: s.calls + d * sizes[i],
  });
  const memo = new Map<string, Best | null>();

  // Digit DP from the top size down, tracking whether we still sit on lo's or hi's prefix.
  const solve = (i: number, tightLo: boolean, tightHi: boolean): Best | null => {
    if (i < 0) return { score: { cost: ZERO, packs: 0, calls: 0 }, units: 0 };
    const key = `${i}|${tightLo}|${tightHi}`;
    if (memo.has(key)) return memo.get(key)!;
    const radix = i === n - 1 ? Infinity : sizes[i + 1] / sizes[i];
    const min = tightLo ? loDigits[i] : 0;
    const max = tightHi ? hiDigits[i] : radix - 1;
    let best: Best | null = null;
    if (min <= max && Number.isFinite(max)) {
      // Between the tight ends the rest is unconstrained, so the cost is linear in the digit:
      // only the ends of each stretch can be optimal.
      const candidates = new Set([min, min + 1, max - 1, max].filter((d) => d >= min && d <= max));
      for (const d of candidates) {
        const rest = solve(i - 1, tightLo && d === loDigits[i], tightHi && d === hiDigits[i]);
        if (!rest) continue;
        const score = addScore(rest.score, d, i);
        if (!best || better(score, best.score)) best = { score, units: rest.units + d * sizes[i] };
      }
    }
    memo.set(key, best);
    return best;
  };
  const best = solve(n - 1, true, true);
  return best ? best.units * unit : null;
}

/** Where the postpaid cost is linear in the pack calls P: [lo, hi] with slope = price per call. */
interface Piece {
  readonly lo: number;
  readonly hi: number;
  readonly slope: Money;
}

function linearPieces(item: ItemModel, volumes: readonly number[], maxSize: number): Piece[] {
  const pieces: Piece[] = [];
  const table = item.postpaid;
  let covered = 0; // C(m−1): pack calls that cover every earlier month
  volumes.forEach((calls) => {
    const need = Math.max(0, calls - item.monthlyFreeQuota);
    const end = covered + need; // C(m)
    // The remainder r = C(m) − P is postpaid; each piece of r has one tier, so one slope in P.
    for (const piece of remainderPieces(table, calls, need)) {
      const price = table.tiers[piece.tier].unitPrice;
      if (price !== null) pieces.push({ lo: end - piece.hi, hi: end - piece.lo, slope: price });
    }
    covered = end;
  });
  // Beyond the total need packs buy nothing more; one more top-size pack is never worth it.
  pieces.push({ lo: covered, hi: covered + maxSize - 1, slope: ZERO });
  return pieces;
}

/** Parses the forecast: 1–12 whole, non-negative monthly volumes. */
export function assertForecast(volumes: readonly number[]): void {
  if (volumes.length === 0) throw new PricingError({ kind: "forecast-empty", max: MAX_PLAN_MONTHS });
  if (volumes.length > MAX_PLAN_MONTHS)
    throw new PricingError({ kind: "forecast-too-long", months: volumes.length, max: MAX_PLAN_MONTHS });
  volumes.forEach((v, i) => assertCount(v, { key: "month-volume", month: i + 1 }));
  volumes.reduce((a, b) => addCounts(a, b, null), 0);
}

const planOf = (counts: Map<number, number>, offers: readonly PackOffer[]) =>
  offers
    .filter((o) => (counts.get(o.size) ?? 0) > 0)
    .map((o) => ({ size: o.size, count: counts.get(o.size)!, cost: o.price.times(counts.get(o.size)!) }));

/** Pack counts for total calls P: the mixed-radix digits over the useful sizes. */
function countsFor(total: number, offers: readonly PackOffer[]): Map<number, number> {
  const counts = new Map<number, number>();
  let rest = total;
  for (let i = offers.length - 1; i >= 0; i--) {
    const count = Math.floor(rest / offers[i].size);
    if (count > 0) counts.set(offers[i].size, count);
    rest -= count * offers[i].size;
  }
  return counts;
}

/** Exact cost of buying packs for `total` calls, or null where a month would need a contact-sales price. */
function evaluate(
  product: ProductModel,
  item: ItemModel,
  volumes: readonly number[],
  total: number,
  offers: readonly PackOffer[],
) {
  let months: MonthPlan[];
  try {
    months = simulate(product, item, volumes, total);
  } catch (error) {
    const kind = failureOf(error)?.kind;
    if (kind === "no-list-price" || kind === "free-beta") return null;
    throw error;
  }
  const packs = planOf(countsFor(total, offers), offers);
  const packCost = packs.reduce((sum, p) => sum.plus(p.cost), ZERO);
  const postpaid = sumPostpaid(months);
  return {
    packs,
    packCost,
    postpaid,
    total: packCost.plus(postpaid),
    months,
    score: { cost: packCost.plus(postpaid), packs: packs.reduce((n, p) => n + p.count, 0), calls: total },
  };
}

export function cheapestPlan(
  product: ProductModel,
  item: ItemModel,
  volumes: readonly number[],
  overrides?: ReadonlyMap<number, Money>,
): PackPlan {
  assertForecast(volumes);
  const offers = usefulOffers(packOffers(product, item, overrides));
  const noPacks = evaluate(product, item, volumes, 0, []);
  let best = noPacks;
  if (offers.length > 0) {
    for (const piece of linearPieces(item, volumes, offers[offers.length - 1].size)) {
      const total = bestTotalInRange(offers, piece.slope, piece.lo, piece.hi);
      if (total === null) continue;
      const candidate = evaluate(product, item, volumes, total, offers);
      if (candidate && (!best || better(candidate.score, best.score))) best = candidate;
    }
  }
  if (!best) {
    throw new PricingError({ kind: "plan-no-list-price", catalogId: product.catalogId, item: item.name });
  }
  return {
    packs: best.packs,
    packCost: best.packs.reduce((sum, p) => sum.plus(p.cost), ZERO),
    postpaid: best.postpaid,
    total: best.total,
    months: best.months,
    allPostpaid: noPacks ? noPacks.total : null,
    allPostpaidMonths: noPacks ? noPacks.months : null,
  };
}
