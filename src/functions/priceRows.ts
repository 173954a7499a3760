import type { ItemModel, ProductModel } from "../core/model";
import type { Money } from "../core/money";
import { cellNumber } from "../core/cellNumber";
import { tierRef } from "../core/tiers";
import type { ReferenceWords } from "./referenceWords";

/** For a price book: its base, the terms that touch the item (in words), and the item as the base prices it. */
export interface BookTerms {
  readonly basedOn: string;
  readonly adjustments: readonly string[];
  readonly baseItem: ItemModel | undefined;
}

/**
 * PRICES: a billing item as a table Excel can spill: its interfaces, postpaid tiers, free
 * quota and packs (a price book's terms first). Columns: what, from / size, to, price (CNY),
 * note, worded by `w` (Office's display language). Blank cells are "".
 */
export function priceRows(
  product: ProductModel,
  item: ItemModel,
  w: ReferenceWords,
  book?: BookTerms,
): (string | number)[][] {
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
  // A book shows what it changed, and each price's list price in the base beside it.
  const listed = (price: Money | null | undefined): string =>
    book && price !== undefined ? w.inBase(book.basedOn, price === null ? null : price.toFixed()) : "";
  for (const terms of book?.adjustments ?? [])
    rows.push([w.row.priceBook, "", "", "", w.bookNote(book!.basedOn, terms)]);
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
      (tier.unitPrice === null ? w.contactSales : w.tierNote(unit, tierRef(table, i), table.inclusive, table.basis)) +
        listed(book?.baseItem?.postpaid.tiers[i]?.unitPrice),
    ]);
  });
  rows.push([w.row.freeQuota, item.monthlyFreeQuota, "", 0, w.freeQuotaNote(unit, item.monthlyFreeQuota)]);
  const oneTime = item.oneTimeFreePack;
  if (oneTime) rows.push([w.row.oneTimePack, oneTime.calls, "", 0, w.oneTimePackNote(oneTime.validityMonths)]);
  const validity = product.packValidityMonths;
  const packKind = book ? "contract" : product.packPriceKind === "promotional" ? "promotional" : "list";
  for (const [size, price] of item.packs) {
    rows.push([
      w.row.prepaidPack,
      size,
      "",
      price === null ? "" : cellNumber(price),
      price === null
        ? w.contactSales
        : w.packNote(unit, size, packKind, validity ?? null) + listed(book?.baseItem?.packs.get(size)),
    ]);
  }
  return rows;
}
