import { nameKey } from "../core/names";
import { isPriceBook } from "./priceBook";
import type { CatalogRegistry } from "./registry";
import { finding, type Finding } from "./problem";
import { PRODUCT_KINDS, type BillingItem, type Catalog, type ProductKind } from "./types";

/**
 * Checks of a candidate against the versions already in the registry: a built-in id is not
 * replaced; ids differ in more than case (formulas find versions whatever the case); no two
 * versions of one product and market share an effective date with different prices (a date
 * in a formula must pick one version). A loaded version with the same id is being replaced, so
 * it does not count.
 */
export function crossVersionFindings(registry: CatalogRegistry, catalog: Catalog): Finding[] {
  const findings = idFindings(registry, catalog.id);
  if (registry.isEmbedded(catalog.id)) return findings;
  const others = otherVersions(registry, catalog);
  for (const kind of PRODUCT_KINDS) {
    const product = catalog.products[kind];
    if (!product) continue;
    // The same prices under the same date are harmless (a copy that changed only the other
    // product); different prices would make a formula's date ambiguous.
    const clash = others.find((c) => {
      const other = c.products[kind];
      return (
        other?.effectiveDate === product.effectiveDate &&
        other.market === product.market &&
        canonical(other) !== canonical(product)
      );
    });
    if (clash)
      findings.push(
        finding(`$.products.${kind}.effectiveDate`, "same-date", {
          date: product.effectiveDate,
          other: clash.id,
          product: kind,
          market: product.market,
        }),
      );
  }
  return findings;
}

/** A built-in id is not replaced; ids of versions and price books differ in more than case. */
export function idFindings(registry: CatalogRegistry, id: string): Finding[] {
  if (registry.isEmbedded(id)) return [finding("$.id", "built-in-id", { id })];
  const sameLetters = registry.ids().find((other) => other !== id && other.toLowerCase() === id.toLowerCase());
  return sameLetters ? [finding("$.id", "id-case-clash", { id, other: sameLetters })] : [];
}

/**
 * Notes, not errors: a billing item whose id another version also has, under a name this one
 * no longer answers to (not its name, an alias or an interface's). Formulas name items, so the
 * old name would not find it in this version. Compared with the newest other version of the
 * product that has the item.
 */
export function crossVersionNotes(registry: CatalogRegistry, catalog: Catalog): Finding[] {
  const notes: Finding[] = [];
  const others = otherVersions(registry, catalog);
  for (const kind of PRODUCT_KINDS) {
    const items = catalog.products[kind]?.billingItems ?? [];
    if (items.length === 0) continue;
    const newestFirst = others
      .filter((c) => c.products[kind])
      .sort((a, b) => dateOf(b, kind).localeCompare(dateOf(a, kind)));
    const namesIn = newestFirst.map((c) => ({
      id: c.id,
      names: new Map(c.products[kind]!.billingItems.map((i) => [i.id, i.name])),
    }));
    items.forEach((item, i) => {
      const other = namesIn.find((o) => o.names.has(item.id));
      const otherName = other?.names.get(item.id);
      if (other && otherName !== undefined && !answersTo(item, otherName))
        notes.push(
          finding(`$.products.${kind}.billingItems[${i}].name`, "item-renamed", {
            itemId: item.id,
            name: item.name,
            other: other.id,
            otherName,
          }),
        );
    });
  }
  return notes;
}

/** Whether a formula naming `name` finds this item (its name, aliases, interfaces and their aliases). */
function answersTo(item: BillingItem, name: string): boolean {
  const key = nameKey(name);
  const names = [item.name, ...(item.aliases ?? [])];
  for (const iface of item.interfaces) names.push(iface.name, ...(iface.aliases ?? []));
  return names.some((n) => nameKey(n) === key);
}

const dateOf = (c: Catalog, kind: ProductKind): string => c.products[kind]?.effectiveDate ?? "";

/** The other list versions (a price book has its base's dates and names, and no date picks it). */
const otherVersions = (registry: CatalogRegistry, catalog: Catalog): Catalog[] =>
  registry
    .ids()
    .filter((other) => other !== catalog.id && !isPriceBook(registry.document(other)))
    .map((other) => registry.catalog(other) as Catalog);

/** JSON with object keys sorted: two products are the same whatever the order of their fields. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}
