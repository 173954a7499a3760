import { assertCount } from "./count";
import { PricingError } from "./errors";
import type { ItemModel, ProductModel } from "./model";
import type { Money } from "./money";

const PACK_SIZE = { key: "pack-size" } as const;

/** List price (刊例价) of a prepaid pack; the price actually paid is the user's to enter. */
export function packPrice(product: ProductModel, item: ItemModel, size: number): Money {
  size = assertCount(size, PACK_SIZE);
  const where = { catalogId: product.catalogId, item: item.name };
  if (item.status.kind === "not-billed")
    throw new PricingError({ kind: "not-billed-no-packs", ...where, group: item.status.group });
  if (item.status.kind === "free-beta")
    throw new PricingError({ kind: "free-beta", ...where, until: item.status.until });
  if (item.packs.size === 0) throw new PricingError({ kind: "no-packs", ...where });
  if (!item.packs.has(size))
    throw new PricingError({ kind: "no-such-pack", ...where, unit: product.unit, size, sizes: [...item.packs.keys()] });
  const price = item.packs.get(size) ?? null;
  if (price === null) throw new PricingError({ kind: "pack-no-list-price", ...where, unit: product.unit, size });
  return price;
}
