import type { ItemModel, ProductModel } from "../core/model";
import type { Money } from "../core/money";
import { cellNumber } from "../core/cellNumber";
import { describeRange, fmtCount, unitWord, unitWordOne } from "../core/messages";
import { tierRef } from "../core/tiers";

const CONTACT_SALES = "联系商务 (contact sales: no list price)";

/**
 * PRICES: a billing item as a table Excel can spill: its interfaces, postpaid tiers, free
 * quota and packs. Columns: what, from / size, to, price (CNY), note. Blank cells are "".
 */
/** For a price book: its base, the terms that touch the item, and the item as the base prices it. */
export interface BookTerms {
  readonly basedOn: string;
  readonly adjustments: readonly string[];
  readonly baseItem: ItemModel | undefined;
}

export function priceRows(product: ProductModel, item: ItemModel, book?: BookTerms): (string | number)[][] {
  const header = ["what", "from / size", "to", "price (CNY)", "note"];
  const where = `catalog ${product.catalogId}`;
  if (item.status.kind === "not-billed") {
    return [
      header,
      [
        "not billed",
        "",
        "",
        0,
        `${item.name} is not billed (${where}): only the billed interfaces of ${item.status.group} are charged`,
      ],
    ];
  }
  const unit = unitWord(product.unit);
  const one = unitWordOne(product.unit);
  const notBilled = product.notBilled.filter((n) => n.status.kind === "not-billed" && n.status.group === item.name);
  const rows: (string | number)[][] = [
    header,
    [
      "billing item",
      "",
      "",
      "",
      `${item.name} (${where}; interfaces: ${item.interfaces.map((i) => i.name).join(", ")}` +
        (notBilled.length > 0 ? `; not billed: ${notBilled.map((n) => n.name).join(", ")}` : "") +
        ")",
    ],
  ];
  // A book shows what it changed, and each price's list price in the base beside it.
  const listed = (price: Money | null | undefined): string =>
    book && price !== undefined ? `; in ${book.basedOn}: ${price === null ? "联系商务" : price.toFixed()}` : "";
  for (const terms of book?.adjustments ?? []) rows.push(["price book", "", "", "", `on ${book!.basedOn}: ${terms}`]);
  if (item.status.kind === "free-beta") {
    rows.push([
      "free beta",
      "",
      "",
      "",
      `free public beta (免费公测)${item.status.until ? ` until ${item.status.until}` : ""}; no price published for after it`,
    ]);
    return rows;
  }
  const table = item.postpaid;
  table.tiers.forEach((tier, i) => {
    rows.push([
      "postpaid tier",
      tier.from,
      tier.to ?? "",
      tier.unitPrice === null ? "" : cellNumber(tier.unitPrice),
      (tier.unitPrice === null
        ? CONTACT_SALES
        : `per ${one}, ${describeRange(tierRef(table, i))} ${unit}/month (${table.inclusive === "lower" ? "lower bound included" : "upper bound included"}); the month's ${table.basis === "total" ? "total volume" : "postpaid remainder"} prices every postpaid ${one} (阶梯到达)`) +
        listed(book?.baseItem?.postpaid.tiers[i]?.unitPrice),
    ]);
  });
  rows.push([
    "free quota",
    item.monthlyFreeQuota,
    "",
    0,
    item.monthlyFreeQuota > 0 ? `${unit} free each calendar month; unused ones lapse` : "no monthly free quota",
  ]);
  const oneTime = item.oneTimeFreePack;
  if (oneTime)
    rows.push(["one-time free pack", oneTime.calls, "", 0, `once per account, valid ${oneTime.validityMonths} months`]);
  const validity = product.packValidityMonths;
  for (const [size, price] of item.packs) {
    rows.push([
      "prepaid pack",
      size,
      "",
      price === null ? "" : cellNumber(price),
      price === null
        ? CONTACT_SALES
        : `${book ? "contract price" : product.packPriceKind === "promotional" ? "promotional price (活动折扣价格)" : "list price (刊例价)"} of ${fmtCount(size)} ${unit}${validity ? `, valid ${validity} months` : ""}${listed(book?.baseItem?.packs.get(size))}`,
    ]);
  }
  return rows;
}
