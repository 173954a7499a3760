import { idFindings } from "./crossVersion";
import { finding, type Finding } from "./problem";
import { findBillingItem, isPriceBook } from "./priceBook";
import type { CatalogRegistry } from "./registry";
import type { Catalog, PriceBook } from "./types";

/**
 * A price book against the versions loaded: its id is free (as a version's), its base is a loaded
 * catalog version (not another book), and every product, billing item, tier and pack size it
 * adjusts exists in that base. A version other books are layered on is not replaced by a book.
 */
export function bookBaseFindings(registry: CatalogRegistry, book: PriceBook, replacing?: Catalog): Finding[] {
  // A book already loaded is checked against the version about to replace its base: no id checks.
  const findings = replacing ? [] : idFindings(registry, book.id);
  const books = registry.booksOn(book.id);
  if (books.length > 0 && !replacing) findings.push(finding("$.id", "base-of-books", { id: book.id, books }));
  const base = replacing ?? registry.document(book.basedOn);
  if (!base) return [...findings, finding("$.basedOn", "unknown-base", { id: book.basedOn, ids: registry.ids() })];
  if (isPriceBook(base)) return [...findings, finding("$.basedOn", "base-is-book", { id: base.id })];
  book.adjustments.forEach((adjustment, i) => {
    const at = `$.adjustments[${i}]`;
    const product = base.products[adjustment.product];
    if (!product) {
      findings.push(finding(`${at}.product`, "base-lacks-product", { base: base.id, product: adjustment.product }));
      return;
    }
    if (adjustment.billingItem === undefined) return;
    const item = findBillingItem(product, adjustment.billingItem);
    if (!item) {
      const name = adjustment.billingItem;
      const owner = product.billingItems.find((it) => it.interfaces.some((f) => f.name === name));
      findings.push(
        finding(`${at}.billingItem`, "unknown-billing-item", { name, base: base.id, itemOf: owner?.name ?? null }),
      );
      return;
    }
    const froms = item.postpaid.tiers.map((t) => t.from);
    (adjustment.tierPrices ?? []).forEach((t, j) => {
      if (!froms.includes(t.from))
        findings.push(finding(`${at}.tierPrices[${j}].from`, "unknown-tier", { from: t.from, froms }));
    });
    const sizes = (item.packs ?? []).map((p) => p.size);
    (adjustment.packPrices ?? []).forEach((p, j) => {
      if (!sizes.includes(p.size))
        findings.push(finding(`${at}.packPrices[${j}].size`, "pack-not-sold", { size: p.size, sizes }));
    });
  });
  return findings;
}
