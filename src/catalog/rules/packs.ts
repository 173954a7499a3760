import { finding } from "../problem";
import { entries, isCount, listOf, products, type Rule } from "./shape";

/**
 * Pack sizes: the product's sizes smallest first without repeats; an item prices each size once,
 * only sizes the product sells; a product whose items list packs says which sizes it sells.
 */
export const packSizes: Rule = (candidate, out) => {
  for (const product of products(candidate)) {
    const declared = "packSizes" in product.value;
    const sizes: number[] = [];
    listOf(product.value.packSizes).forEach((size, i) => {
      if (!isCount(size)) return;
      if (sizes.length > 0 && size <= sizes[sizes.length - 1])
        out.push(finding(`${product.path}.packSizes[${i}]`, "pack-sizes-order", {}));
      sizes.push(size);
    });
    let listsPacks = false;
    for (const item of entries(product, "billingItems")) {
      const priced = new Set<number>();
      for (const pack of entries(item, "packs")) {
        listsPacks = true;
        const { size } = pack.value;
        if (!isCount(size)) continue;
        if (priced.has(size)) out.push(finding(`${pack.path}.size`, "duplicate-pack", { size }));
        priced.add(size);
        if (declared && !sizes.includes(size))
          out.push(finding(`${pack.path}.size`, "pack-not-in-sizes", { size, sizes }));
      }
    }
    if (listsPacks && !declared) out.push(finding(`${product.path}.packSizes`, "pack-sizes-required", {}));
  }
};
