import { PricingError } from "./errors";
import type { ItemModel, NameMatch, ProductModel } from "./model";
import { nameKey } from "./names";

/** Names that contain what was typed (or the reverse): the likely intended ones. */
function suggestions(product: ProductModel, key: string): string[] {
  if (key === "") return [];
  const found = new Set<string>();
  for (const [candidate, matches] of product.byName) {
    if (candidate.includes(key) || (candidate.length >= 2 && key.includes(candidate))) {
      for (const m of matches) found.add(m.iface ? m.iface.name : m.item.name);
    }
    if (found.size >= 4) break;
  }
  return [...found].slice(0, 4);
}

/** Every match of a typed name; a name no table prints is an unknown-name failure with suggestions. */
export function matchName(product: ProductModel, name: string): readonly NameMatch[] {
  const matches = product.byName.get(nameKey(name));
  if (matches) return matches;
  throw new PricingError({
    kind: "unknown-name",
    product: product.kind,
    catalogId: product.catalogId,
    name,
    suggestions: suggestions(product, nameKey(name)),
  });
}

/** The one billing item a name bills to; a name listed under several items must be made precise. */
export function resolveItem(product: ProductModel, name: string): ItemModel {
  const cache = product.resolved;
  const cached = cache.get(name);
  if (cached) return cached;
  const item = resolveUncached(product, name);
  if (cache.size < 10000) cache.set(name, item);
  return item;
}

function resolveUncached(product: ProductModel, name: string): ItemModel {
  const matches = matchName(product, name);
  const first = matches[0].item;
  if (matches.every((m) => m.item === first)) return first;
  throw new PricingError({ kind: "ambiguous-name", name, items: [...new Set(matches.map((m) => m.item.name))] });
}

/** True when the name is known to this product (the failure, when not, is an unknown name). */
export function knowsName(product: ProductModel, name: string): boolean {
  return product.byName.has(nameKey(name));
}
