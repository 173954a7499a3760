import type { CompiledItem, CompiledProduct } from "../catalog/compile";
import { assertCount } from "./count";
import { naError, numError } from "./errors";
import { fmtCount } from "./labels";
import type { Money } from "./money";

/** List price (刊例价) of a prepaid pack; the price actually paid is the user's to enter. */
export function packPrice(product: CompiledProduct, item: CompiledItem, size: number): Money {
  assertCount(size, "The pack size");
  if (item.packs.size === 0) {
    throw naError(`${item.name} has no prepaid packs in catalog ${product.catalogId}; it is billed postpaid only.`);
  }
  if (!item.packs.has(size)) {
    const sizes = [...item.packs.keys()].map(fmtCount).join(", ");
    throw numError(
      `${item.name} has no ${fmtCount(size)}-${product.source.unit} pack in catalog ${product.catalogId}. Pack sizes: ${sizes}.`,
    );
  }
  const price = item.packs.get(size) ?? null;
  if (price === null) {
    throw naError(
      `The ${fmtCount(size)}-${product.source.unit} pack of ${item.name} has no list price in catalog ${product.catalogId} (联系商务: contact sales).`,
    );
  }
  return price;
}
