import type { CompiledItem, CompiledProduct, NameMatch } from "../catalog/compile";
import { valueError } from "./errors";
import { PRODUCT_LABEL } from "./labels";
import { nameKey } from "./names";

const EXAMPLE: Readonly<Record<string, string>> = {
  ocr: `"身份证识别" or the API action "IDCardOCR"`,
  face: `"人脸比对" or the API action "CompareFace"`,
};

/** Names that contain what was typed (or the reverse): the likely intended ones. */
function suggestions(product: CompiledProduct, key: string): string[] {
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

/** Every match of a typed name; a name no table prints is a #VALUE! that says what to type. */
export function matchName(product: CompiledProduct, name: string): readonly NameMatch[] {
  const key = nameKey(name);
  const matches = product.byName.get(key);
  if (matches) return matches;
  const label = PRODUCT_LABEL[product.kind];
  const near = suggestions(product, key);
  const hint = near.length > 0 ? ` Did you mean ${near.map((n) => `"${n}"`).join(", ")}?` : "";
  throw valueError(
    `"${name}" is not a ${label} interface, billing item or API action in catalog ${product.catalogId}.${hint} Type a name as printed in the price table, e.g. ${EXAMPLE[product.kind]}; =TCLOUD.PRICES(name) shows an item.`,
  );
}

/** The one billing item a name bills to; a name listed under several items must be made precise. */
export function resolveItem(product: CompiledProduct, name: string): CompiledItem {
  const cache = product.resolved;
  const cached = cache.get(name);
  if (cached) return cached;
  const item = resolveUncached(product, name);
  if (cache.size < 10000) cache.set(name, item);
  return item;
}

function resolveUncached(product: CompiledProduct, name: string): CompiledItem {
  const matches = matchName(product, name);
  const first = matches[0].item;
  if (matches.every((m) => m.item === first)) return first;
  const items = [...new Set(matches.map((m) => m.item.name))];
  throw valueError(
    `"${name}" is billed under ${items.length} billing items: ${items.join(", ")}. Type one of those billing item names instead, so its own volume and tier apply.`,
  );
}
