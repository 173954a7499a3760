import type { CatalogRegistry } from "../catalog/registry";
import { cellNumber } from "../core/cellNumber";
import { PricingError } from "../core/errors";
import { fmtCount, type MessageLang } from "../core/messages";
import { PRODUCT_KINDS, type ProductKind, type ProductModel } from "../core/model";
import {
  changesFrom,
  priceHistory,
  type HistoryPrice,
  type HistoryWhat,
  type PriceHistory,
} from "../core/priceHistory";
import { priceHistoryWords, type PriceHistoryWords } from "./priceHistoryWords";
import { nowIso } from "./shared";
import { FORMAT_COUNT, FORMAT_UNIT_PRICE, type CellValue, type ComparisonTable } from "./types";

/**
 * Price history: a billing item's prices in every catalog version, oldest first, with what
 * changed from the version before. The grid of PRICE_HISTORY and the rows of the "Price
 * history" comparison sheet come from here, worded in English or Chinese.
 */

/** Every mainland version of a product the registry holds, compiled. */
export function productVersions(registry: CatalogRegistry, kind: ProductKind): ProductModel[] {
  return (
    registry
      .ids()
      // List versions only: a price book is a contract on one of them, not a step of their history.
      .filter((id) => !registry.book(id) && registry.catalog(id)?.products[kind]?.market === "mainland")
      .map((id) => registry.product(kind, id))
  );
}

/** The history of a name in the first product (OCR, then face) whose versions know it. */
export function historyOf(
  registry: CatalogRegistry,
  name: string,
  what: HistoryWhat,
  extraColumns: readonly number[] = [],
): PriceHistory {
  let first: unknown;
  for (const kind of PRODUCT_KINDS) {
    const versions = productVersions(registry, kind);
    if (versions.length === 0) continue;
    try {
      return priceHistory(versions, name, what, extraColumns);
    } catch (error) {
      if (!(error instanceof PricingError) || error.failure.kind !== "unknown-name") throw error;
      first ??= error;
    }
  }
  throw first ?? new PricingError({ kind: "no-versions" });
}

const priceText = (price: HistoryPrice, words: PriceHistoryWords): string =>
  price === undefined ? words.none : price === null ? words.contactSales : price.toFixed();

const priceCell = (price: HistoryPrice, words: PriceHistoryWords): CellValue =>
  price === undefined ? "" : price === null ? words.contactSales : cellNumber(price);

export function columnHeads(history: PriceHistory, words: PriceHistoryWords): string[] {
  return history.columns.map((c) => (history.what === "packs" ? words.pack(fmtCount(c)) : words.above(fmtCount(c))));
}

/** What changed from the previous version, in words ("> 10,000 a month: 0.15 → 0.1; …", "每月 > 10,000：0.15 → 0.1；…"). */
export function changeText(history: PriceHistory, index: number, words: PriceHistoryWords): string {
  if (index === 0) return words.first;
  const heads = columnHeads(history, words);
  const parts = changesFrom(history, index).map((change) => {
    if (change.kind === "status") return `${words.status[change.before]} → ${words.status[change.after]}`;
    if (change.kind === "free-quota")
      return words.labelled(words.freeQuotaChange, `${fmtCount(change.before)} → ${fmtCount(change.after)}`);
    const head = heads[history.columns.indexOf(change.column)];
    return words.labelled(head, `${priceText(change.before, words)} → ${priceText(change.after, words)}`);
  });
  return parts.length === 0 ? words.unchanged : parts.join(words.changeSeparator);
}

/** The header row and one row per version: version, date, free quota or pack price kind, prices, change. */
export function historyGrid(history: PriceHistory, words: PriceHistoryWords): CellValue[][] {
  const third = history.what === "packs" ? words.packPriceKind : words.freeQuota;
  const header = [words.version, words.effectiveDate, third, ...columnHeads(history, words), words.change];
  const rows = history.entries.map((entry, i) => [
    entry.catalogId,
    entry.dateIsClue ? `${entry.effectiveDate} ${words.approx}` : entry.effectiveDate,
    history.what === "packs" ? (entry.promotional ? words.promotional : words.listPrice) : entry.freeQuota,
    ...entry.prices.map((p) => (entry.item.status.kind === "priced" ? priceCell(p, words) : "")),
    entry.item.status.kind === "priced" ? changeText(history, i, words) : words.status[entry.item.status.kind],
  ]);
  return [header, ...rows];
}

export interface PriceHistoryOptions {
  readonly lang?: MessageLang;
  readonly generatedAt?: string;
}

/** The "Price history" sheet of several items: one block of rows per item, on shared columns. */
export function priceHistorySheet(
  registry: CatalogRegistry,
  items: readonly string[],
  what: HistoryWhat,
  opts: PriceHistoryOptions = {},
): ComparisonTable {
  if (items.length === 0) throw new PricingError({ kind: "missing-argument", label: { key: "name" } });
  const words = priceHistoryWords(opts.lang);
  const columns = [...new Set(items.flatMap((name) => historyOf(registry, name, what).columns))].sort((a, b) => a - b);
  const grids = items.map((name) => ({ name, grid: historyGrid(historyOf(registry, name, what, columns), words) }));
  const header = grids[0].grid[0];
  return {
    kind: "price-history",
    sheetName: words.sheetName,
    title: words.title,
    headerBlock: [
      [words.title],
      [words.items, items.join(words.listSeparator)],
      [words.generatedAt, nowIso(opts.generatedAt)],
      [words.source(what)],
    ],
    columns: [words.item, ...(header as string[])],
    rows: grids.flatMap(({ name, grid }) => grid.slice(1).map((row) => [name, ...row])),
    // The free quota is a count ("1,000", as the page and the change column write it); pack price kinds are text.
    numberFormats: [
      null,
      null,
      null,
      what === "postpaid" ? FORMAT_COUNT : null,
      ...columns.map(() => FORMAT_UNIT_PRICE),
      null,
    ],
  };
}
