import type { CompiledItem, CompiledProduct } from "../catalog/compile";
import { fmtCount, unitWord } from "../core/labels";
import { describeRange } from "../core/tiers";

const CONTACT_SALES = "联系商务 (contact sales: no list price)";

/**
 * PRICES: a billing item as a table Excel can spill: its interfaces, postpaid tiers, free
 * quota and packs. Columns: what, from/size, to, price (CNY), note. Blank cells are "".
 */
export function priceRows(product: CompiledProduct, item: CompiledItem): (string | number)[][] {
  const unit = unitWord(product);
  const { inclusive } = item.postpaid;
  const rows: (string | number)[][] = [
    ["what", "from / size", "to", "price (CNY)", "note"],
    [
      "billing item",
      "",
      "",
      "",
      `${item.name} (catalog ${product.catalogId}; interfaces: ${item.interfaces.map((i) => i.name).join(", ")})`,
    ],
  ];
  for (const tier of item.postpaid.tiers) {
    rows.push([
      "postpaid tier",
      tier.from,
      tier.to ?? "",
      tier.unitPrice === null ? "" : tier.unitPrice.toNumber(),
      tier.unitPrice === null
        ? CONTACT_SALES
        : `per ${unit === "images" ? "image" : "call"}, ${describeRange(tier, inclusive)} ${unit}/month (${inclusive === "lower" ? "lower bound included" : "upper bound included"}); the month's volume prices every postpaid ${unit === "images" ? "image" : "call"} (阶梯到达)`,
    ]);
  }
  rows.push([
    "free quota",
    item.monthlyFreeQuota,
    "",
    0,
    item.monthlyFreeQuota > 0 ? `${unit} free each calendar month; unused ones lapse` : "no monthly free quota",
  ]);
  const oneTime = item.source.oneTimeFreePack;
  if (oneTime)
    rows.push(["one-time free pack", oneTime.calls, "", 0, `once per account, valid ${oneTime.validityMonths} months`]);
  const validity = product.source.packValidityMonths;
  for (const [size, price] of item.packs) {
    rows.push([
      "prepaid pack",
      size,
      "",
      price === null ? "" : price.toNumber(),
      price === null
        ? CONTACT_SALES
        : `list price (刊例价) of ${fmtCount(size)} ${unit}${validity ? `, valid ${validity} months` : ""}`,
    ]);
  }
  return rows;
}
