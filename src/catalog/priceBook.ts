import { Money } from "../core/money";
import { nameKey } from "../core/names";
import { adjustmentText } from "./adjustmentWords";
import type { PreparedBook } from "./registry";
import type { BillingItem, Catalog, PriceAdjustment, PriceBook, Product } from "./types";
import type { ValidPriceBook } from "./validate";

/**
 * A contract price book is compiled here, and only here, into the catalog it effectively is:
 * the base version's document with the book's adjustments applied in the order written, under
 * the book's id and title (its sources and rules are the base's). Everything that prices, lists or compares a version (functions,
 * sheets, pane, CLI) then reads that catalog, so a book prices through the same path as a list.
 * Exact decimal: a factor multiplies decimal text and the result is written as decimal text.
 */

/** A stored document is a price book when it names a base (a catalog version never has basedOn). */
export const isPriceBook = (document: unknown): document is PriceBook =>
  typeof document === "object" && document !== null && "basedOn" in document;

/** The billing item an adjustment names: by name, alias or id, as formulas match names. */
export function findBillingItem(product: Product, name: string): BillingItem | undefined {
  const key = nameKey(name);
  return product.billingItems.find(
    (item) => item.id === name || [item.name, ...(item.aliases ?? [])].some((n) => nameKey(n) === key),
  );
}

const times = (price: string | null, factor: Money): string | null =>
  price === null ? null : new Money(price).times(factor).toFixed();

function adjustItem(item: BillingItem, adjustment: PriceAdjustment): BillingItem {
  const factor = adjustment.priceFactor === undefined ? null : new Money(adjustment.priceFactor);
  const negotiated = new Map((adjustment.tierPrices ?? []).map((t) => [t.from, t.unitPrice]));
  const paid = new Map((adjustment.packPrices ?? []).map((p) => [p.size, p.price]));
  const tiers = item.postpaid.tiers.map((tier) => {
    const unitPrice = negotiated.get(tier.from) ?? (factor ? times(tier.unitPrice, factor) : tier.unitPrice);
    return { ...tier, unitPrice };
  });
  const packs = item.packs?.map((pack) => ({
    ...pack,
    listPrice: paid.get(pack.size) ?? (factor ? times(pack.listPrice, factor) : pack.listPrice),
  }));
  return {
    ...item,
    postpaid: { ...item.postpaid, tiers },
    ...(packs ? { packs } : {}),
    ...(adjustment.billingItem !== undefined && adjustment.monthlyFreeQuota !== undefined
      ? { monthlyFreeQuota: adjustment.monthlyFreeQuota }
      : {}),
  };
}

function adjustProduct(product: Product, adjustment: PriceAdjustment): Product {
  const target = adjustment.billingItem === undefined ? null : findBillingItem(product, adjustment.billingItem);
  const productQuota =
    adjustment.billingItem === undefined && adjustment.monthlyFreeQuota !== undefined
      ? { monthlyFreeQuota: adjustment.monthlyFreeQuota }
      : {};
  return {
    ...product,
    ...productQuota,
    billingItems: product.billingItems.map((item) =>
      target === null || item === target ? adjustItem(item, adjustment) : item,
    ),
  };
}

/** One adjustment in words, in English, for the registry's terms and the book's rules. */
export const describeAdjustment = (adjustment: PriceAdjustment): string => adjustmentText(adjustment, "en");

/**
 * The catalog a validated book stands for over its base (validation guarantees the base prices
 * every product and item the book adjusts). Dates, tiers' bounds, QPS and rules are the base's.
 */
export function effectiveCatalog(book: PriceBook, base: Catalog): Catalog {
  let products = base.products;
  for (const adjustment of book.adjustments) {
    const product = products[adjustment.product];
    if (product) products = { ...products, [adjustment.product]: adjustProduct(product, adjustment) };
  }
  return { ...base, id: book.id, title: book.title, products };
}

/** What the registry keeps of a book checked against its base (bookBase.ts): its catalog and terms. */
export const prepareBook = (book: ValidPriceBook, base: Catalog): PreparedBook => ({
  book,
  catalog: effectiveCatalog(book, base),
  terms: book.adjustments.map((a) => {
    const item = a.billingItem === undefined ? undefined : findBillingItem(base.products[a.product]!, a.billingItem);
    return { product: a.product, itemId: item?.id ?? null, text: describeAdjustment(a), adjustment: a };
  }),
});
