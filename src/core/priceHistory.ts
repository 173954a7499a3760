import { failureOf, PricingError } from "./errors";
import type { ItemModel, PriceTier, ProductModel } from "./model";
import type { Money } from "./money";
import { resolveItem } from "./resolve";

/**
 * A billing item's prices across catalog versions, oldest first: what PRICE_HISTORY spills and
 * the Price history comparison writes. Pure: the caller passes the versions (compiled products).
 */

/** "postpaid": each tier's unit price; "packs": each pack size's price. */
export type HistoryWhat = "postpaid" | "packs";

/** A price cell: a price, null = 联系商务 (no list price), undefined = that tier or pack size does not exist. */
export type HistoryPrice = Money | null | undefined;

export interface HistoryEntry {
  readonly catalogId: string;
  readonly effectiveDate: string;
  readonly dateIsClue: boolean;
  /** The billing item the name resolves to in this version (names change: 人脸检索 → 人脸搜索). */
  readonly item: ItemModel;
  readonly promotional: boolean;
  /** One per column of the history, in column order. */
  readonly prices: readonly HistoryPrice[];
  readonly freeQuota: number;
}

export interface PriceHistory {
  readonly what: HistoryWhat;
  readonly kind: ProductModel["kind"];
  /** postpaid: the tiers' lower bounds (the price of a month just above it); packs: pack sizes. */
  readonly columns: readonly number[];
  readonly entries: readonly HistoryEntry[];
}

/** One difference between an entry and the one before it. */
export type HistoryChange =
  | { readonly kind: "price"; readonly column: number; readonly before: HistoryPrice; readonly after: HistoryPrice }
  | { readonly kind: "free-quota"; readonly before: number; readonly after: number }
  | {
      readonly kind: "status";
      readonly before: ItemModel["status"]["kind"];
      readonly after: ItemModel["status"]["kind"];
    };

const byDate = (a: ProductModel, b: ProductModel): number =>
  a.effectiveDate.localeCompare(b.effectiveDate) || a.catalogId.localeCompare(b.catalogId);

/** The tier that prices a month just above `from` calls (both bound conventions put from + 1 in it). */
function tierAbove(tiers: readonly PriceTier[], from: number): PriceTier | undefined {
  const volume = from + 1;
  return tiers.find((t) => t.from < volume && (t.to === null || volume <= t.to));
}

/**
 * postpaid: the tier price of the first billable call of a month just above `column` calls. Calls
 * inside the free quota are free in every version (the legacy pages print that as a 免费 tier),
 * so a column below the quota shows the price that applies once the quota is used.
 */
function priceAt(item: ItemModel, what: HistoryWhat, column: number): HistoryPrice {
  if (item.status.kind !== "priced") return undefined;
  if (what === "packs") return item.packs.has(column) ? item.packs.get(column)! : undefined;
  return tierAbove(item.postpaid.tiers, Math.max(column, item.monthlyFreeQuota))?.unitPrice;
}

/**
 * Every version (mainland, of one product) whose catalog knows the name, oldest first. A name
 * unknown to every version fails as the first version's lookup did; an ambiguous name fails.
 * `extraColumns` adds columns (a comparison of several items shares one set).
 */
export function priceHistory(
  versions: readonly ProductModel[],
  name: string,
  what: HistoryWhat,
  extraColumns: readonly number[] = [],
): PriceHistory {
  const found: { product: ProductModel; item: ItemModel }[] = [];
  let unknown: unknown;
  for (const product of [...versions].filter((p) => p.market === "mainland").sort(byDate)) {
    try {
      found.push({ product, item: resolveItem(product, name) });
    } catch (error) {
      if (failureOf(error)?.kind !== "unknown-name") throw error;
      unknown ??= error;
    }
  }
  if (found.length === 0) throw unknown ?? new PricingError({ kind: "no-versions" });
  const columnSet = new Set<number>(extraColumns);
  for (const { item } of found) {
    if (item.status.kind !== "priced") continue;
    if (what === "packs") for (const size of item.packs.keys()) columnSet.add(size);
    else for (const tier of item.postpaid.tiers) columnSet.add(tier.from);
  }
  const columns = [...columnSet].sort((a, b) => a - b);
  return {
    what,
    kind: found[0].product.kind,
    columns,
    entries: found.map(({ product, item }) => ({
      catalogId: product.catalogId,
      effectiveDate: product.effectiveDate,
      dateIsClue: product.dateIsClue,
      item,
      promotional: what === "packs" && product.packPriceKind === "promotional",
      prices: columns.map((c) => priceAt(item, what, c)),
      freeQuota: item.monthlyFreeQuota,
    })),
  };
}

const samePrice = (a: HistoryPrice, b: HistoryPrice): boolean =>
  a === undefined || b === undefined || a === null || b === null ? a === b : a.eq(b);

/** What changed from the previous entry (empty for the first entry and for an unchanged one). */
export function changesFrom(history: PriceHistory, index: number): HistoryChange[] {
  if (index === 0) return [];
  const before = history.entries[index - 1];
  const after = history.entries[index];
  const changes: HistoryChange[] = [];
  if (before.item.status.kind !== after.item.status.kind)
    changes.push({ kind: "status", before: before.item.status.kind, after: after.item.status.kind });
  history.columns.forEach((column, c) => {
    if (!samePrice(before.prices[c], after.prices[c]))
      changes.push({ kind: "price", column, before: before.prices[c], after: after.prices[c] });
  });
  if (history.what === "postpaid" && before.freeQuota !== after.freeQuota)
    changes.push({ kind: "free-quota", before: before.freeQuota, after: after.freeQuota });
  return changes;
}
