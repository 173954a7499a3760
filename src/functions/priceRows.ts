import type { ItemModel, ProductModel } from "../core/model";
import { cellNumber } from "../core/cellNumber";
import { tierRef } from "../core/tiers";
import type { ReferenceWords } from "./referenceWords";

/**
 * PRICES: a billing item as a table Excel can spill: its interfaces, postpaid tiers, free
 * quota and packs. Columns: what, from / size, to, price (CNY), note. Blank cells are "".
 */
export function priceRows(product: ProductModel, item: ItemModel, w: ReferenceWords): (string | number)[][] {
  const header = [...w.pricesHeader];
  if (item.status.kind === "not-billed") {
    return [header, [w.row.notBilled, "", "", 0, w.notBilledNote(item.name, product.catalogId, item.status.group)]];
  }
  const unit = product.unit;
  const notBilled = product.notBilled.filter((n) => n.status.kind === "not-billed" && n.status.group === item.name);
  const rows: (string | number)[][] = [
    header,
    [
      w.row.billingItem,
      "",
      "",
      "",
      w.billingItemNote(
        item.name,
        product.catalogId,
        item.interfaces.map((i) => i.name),
        notBilled.map((n) => n.name),
      ),
    ],
  ];
  if (item.status.kind === "free-beta") {
    rows.push([w.row.freeBeta, "", "", "", w.freeBetaNote(item.status.until)]);
    return rows;
  }
  const table = item.postpaid;
  table.tiers.forEach((tier, i) => {
    rows.push([
      w.row.postpaidTier,
      tier.from,
      tier.to ?? "",
      tier.unitPrice === null ? "" : cellNumber(tier.unitPrice),
      tier.unitPrice === null ? w.contactSales : w.tierNote(unit, tierRef(table, i), table.inclusive, table.basis),
    ]);
  });
  rows.push([w.row.freeQuota, item.monthlyFreeQuota, "", 0, w.freeQuotaNote(unit, item.monthlyFreeQuota)]);
  const oneTime = item.oneTimeFreePack;
  if (oneTime) rows.push([w.row.oneTimePack, oneTime.calls, "", 0, w.oneTimePackNote(oneTime.validityMonths)]);
  const validity = product.packValidityMonths;
  for (const [size, price] of item.packs) {
    rows.push([
      w.row.prepaidPack,
      size,
      "",
      price === null ? "" : cellNumber(price),
      price === null
        ? w.contactSales
        : w.packNote(unit, size, product.packPriceKind === "promotional", validity ?? null),
    ]);
  }
  return rows;
}
