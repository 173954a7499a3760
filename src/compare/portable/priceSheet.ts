import type { Catalog } from "../../catalog/types";
import { cellNumber } from "../../core/cellNumber";
import type { MessageLang } from "../../core/messages";
import type { ItemModel, ProductModel } from "../../core/model";
import { tierFirst } from "../../core/tiers";
import type { XlsxCell, XlsxSheet } from "../../taskpane/xlsx";
import { columnLetter } from "../layout";
import { FORMAT_COUNT, FORMAT_UNIT_PRICE } from "../types";
import { portableWords } from "./words";

/**
 * The price-table sheet of a portable workbook: one row per billing item of every version used,
 * written from the pricing model (src/core/model.ts) — free quota, the volume that picks the
 * tier, each tier's first volume (tierFirst: the one reading of the bounds) and unit price, packs.
 * Formulas elsewhere in the workbook read only these cells.
 */

/** Absolute, sheet-qualified references to one item's row. */
export interface PriceRefs {
  readonly quota: string;
  readonly basis: string;
  /** The item's tier first volumes, ascending (a 1-row range as wide as its tier count). */
  readonly firsts: string;
  /** The item's tier unit prices: a number, or text where there is no price. */
  readonly prices: string;
}

export interface PriceSheet {
  readonly sheet: XlsxSheet;
  readonly refs: (product: ProductModel, item: ItemModel) => PriceRefs;
}

/** A quoted sheet name for references: 'Price table'!. */
export const sheetRef = (name: string): string => `'${name.replace(/'/g, "''")}'!`;

const absolute = (col: number, row: number): string => `$${columnLetter(col)}$${row}`;

const COL_QUOTA = 6;
const COL_BASIS = 7;
const FIRST_TIER = 9;

export function priceSheet(
  name: string,
  products: readonly ProductModel[],
  catalogs: ReadonlyMap<string, Catalog | undefined>,
  lang: MessageLang = "en",
): PriceSheet {
  const w = portableWords(lang);
  const itemsOf = (p: ProductModel): readonly ItemModel[] => [...p.items, ...p.notBilled];
  const tierCount = Math.max(1, ...products.flatMap((p) => itemsOf(p).map((i) => i.postpaid.tiers.length)));
  const packSizes = [...new Set(products.flatMap((p) => itemsOf(p).flatMap((i) => [...i.packs.keys()])))].sort(
    (a, b) => a - b,
  );
  const firstPrice = FIRST_TIER + tierCount;
  const firstPack = firstPrice + tierCount;

  const rows: XlsxCell[][] = [[w.priceTitle], [w.priceHelp]];
  for (const id of [...new Set(products.map((p) => p.catalogId))]) {
    const catalog = catalogs.get(id);
    const sources = (catalog?.sources ?? [])
      .map((s) => [s.repository, s.path].filter(Boolean).join("/") + (s.commit ? ` @ ${s.commit}` : ""))
      .join("; ");
    rows.push([w.catalog, id, catalog?.title ?? null, w.sources, sources || null]);
  }
  rows.push([]);
  const c = w.columns;
  const header: XlsxCell[] = [
    c.catalogId,
    c.product,
    c.itemId,
    c.item,
    c.status,
    c.unit,
    c.freeQuota,
    c.basis,
    c.bounds,
    ...Array.from({ length: tierCount }, (_, t) => c.tierFrom(t + 1)),
    ...Array.from({ length: tierCount }, (_, t) => c.tierPrice(t + 1)),
    ...packSizes.map(c.pack),
    c.oneTimePack,
    c.note,
  ];
  const headerRow = rows.length;
  rows.push(header);

  const rowOf = new Map<ItemModel, number>();
  for (const product of products) {
    for (const item of itemsOf(product)) {
      const table = item.postpaid;
      const priceCell = (i: number): XlsxCell => {
        if (item.status.kind === "not-billed") return 0;
        if (item.status.kind === "free-beta") return w.freeBeta;
        const price = table.tiers[i].unitPrice;
        return price === null ? w.contactSales : cellNumber(price);
      };
      const pad = (cells: XlsxCell[]): XlsxCell[] => [
        ...cells,
        ...new Array<XlsxCell>(tierCount - cells.length).fill(null),
      ];
      rowOf.set(item, rows.length + 1);
      rows.push([
        product.catalogId,
        product.kind,
        item.id,
        item.name,
        w.status(item.status),
        w.unitWord[product.unit],
        item.monthlyFreeQuota,
        table.basis,
        w.boundsWord[table.inclusive],
        ...pad(table.tiers.map((_, i) => tierFirst(table, i))),
        ...pad(table.tiers.map((_, i) => priceCell(i))),
        ...packSizes.map((size) => {
          if (!item.packs.has(size)) return null;
          const price = item.packs.get(size);
          return price === null || price === undefined ? w.contactSales : cellNumber(price);
        }),
        item.oneTimeFreePack ? w.oneTimePack(item.oneTimeFreePack.calls, item.oneTimeFreePack.validityMonths) : null,
        item.note,
      ]);
    }
  }

  const prefix = sheetRef(name);
  const refs = (product: ProductModel, item: ItemModel): PriceRefs => {
    const row = rowOf.get(item);
    if (row === undefined) throw new Error(`${item.id} of ${product.catalogId} is not in the price table`);
    const n = item.postpaid.tiers.length;
    return {
      quota: prefix + absolute(COL_QUOTA, row),
      basis: prefix + absolute(COL_BASIS, row),
      firsts: `${prefix}${absolute(FIRST_TIER, row)}:${absolute(FIRST_TIER + n - 1, row)}`,
      prices: `${prefix}${absolute(firstPrice, row)}:${absolute(firstPrice + n - 1, row)}`,
    };
  };

  const formats: (string | null)[] = header.map((_, col) =>
    col === COL_QUOTA || (col >= FIRST_TIER && col < firstPrice)
      ? FORMAT_COUNT
      : col >= firstPrice && col < firstPack
        ? FORMAT_UNIT_PRICE
        : null,
  );
  return {
    sheet: {
      name,
      rows,
      boldRows: [0, headerRow],
      cellFormats: columnFormatsFrom(rows.length, headerRow + 1, formats),
      columnWidths: header.map((_, col) => (col === 3 || col === 4 ? 28 : 14)),
      protect: true,
    },
    refs,
  };
}

/** Per-cell formats (what the .xlsx writer takes) from one format per column, below a header. */
export function columnFormatsFrom(
  rowCount: number,
  fromRow: number,
  formats: readonly (string | null)[],
): (readonly (string | null)[] | undefined)[] {
  return Array.from({ length: rowCount }, (_, r) => (r >= fromRow ? formats : undefined));
}
