import type { CatalogRegistry } from "../catalog/registry";
import { countIn, plural } from "./wordKit";
import { PricingError } from "../core/errors";
import type { MessageLang } from "../core/messages";
import type { ItemModel, ProductKind, ProductModel } from "../core/model";
import { Money, ZERO } from "../core/money";
import { packLedger, type PackLedger, type PackPurchase } from "../core/packLedger";
import { resolveItem } from "../core/resolve";
import { LEDGER_MONEY_COLUMNS, ledgerGrid } from "./ledgerGrid";
import { tableLayout } from "./layout";
import { cellNumber, detectProduct, formulaString, nowIso } from "./shared";
import { FORMAT_CNY, FORMAT_COUNT, type CellValue, type ComparisonTable, type ProductChoice } from "./types";

/** A pack bought, as typed: the price paid stays exact decimal text. */
export interface PurchaseInput {
  readonly month: number;
  readonly size: number;
  readonly price: string;
}

export interface PackLedgerOptions {
  product?: ProductChoice;
  /** What computes the cells, named on the "from" line (the add-in function unless given). */
  formulasWord?: string;
  /** Ledger cells as live =INDEX(TCLOUD.OCR_PACK_LEDGER(…), r, c) formulas over the calls column. */
  liveFormulas?: boolean;
  lang?: MessageLang;
  generatedAt?: string;
}

const LEDGER_FUNCTION: Readonly<Record<ProductKind, string>> = {
  ocr: "TCLOUD.OCR_PACK_LEDGER",
  face: "TCLOUD.FACE_PACK_LEDGER",
};

/** The words of the sheet around the ledger grid (the grid's own are in ledgerGrid.ts). */
export const PACK_LEDGER_WORDS = {
  en: {
    title: (api: string, id: string) => `Pack ledger: ${api} under ${id}`,
    sheetName: (item: string) => `Ledger ${item}`,
    item: "item",
    version: "version",
    generatedAt: "generated at",
    from: "from",
    source: (months: number, validity: number, fn: string) =>
      `${plural(months, "month", "months")} of calls; packs bought at the start of their month, valid ${plural(validity, "month", "months")}, used after each month's free quota, the pack expiring first used first (${fn})`,
    purchases: ["purchases", "month bought", "pack size", "price paid"],
    pack: "pack",
    paid: "paid for packs",
    balanceValue: "value of the balance left",
    noPurchases: "No packs bought: every call past the free quota is postpaid.",
  },
  zh: {
    title: (api: string, id: string) => `资源包台账：${api}（${id}）`,
    sheetName: (item: string) => `台账 ${item}`,
    item: "计费项",
    version: "版本",
    generatedAt: "生成时间",
    from: "依据",
    source: (months: number, validity: number, fn: string) =>
      `${countIn("zh", months)} 个月的调用量；资源包在购买当月月初生效，有效期 ${countIn("zh", validity)} 个月，每月先用免费额度，再用最先到期的资源包（${fn}）`,
    purchases: ["购买记录", "购买月份", "资源包规格", "实付价格"],
    pack: "资源包",
    paid: "资源包实付合计",
    balanceValue: "剩余余量的价值",
    noPurchases: "未购买资源包：免费额度以外的调用全部按后付费计费。",
  },
} as const;

function purchasesOf(inputs: readonly PurchaseInput[]): PackPurchase[] {
  return inputs.map((p, i) => {
    const price = new Money(p.price);
    if (!price.gt(ZERO)) throw new PricingError({ kind: "purchase-no-price", row: i + 1 });
    return { month: p.month, size: p.size, price };
  });
}

/** The ledger sheet's table with what it was computed from (the portable workbook reads both). */
export interface LedgerTable {
  readonly table: ComparisonTable;
  readonly ledger: PackLedger;
  readonly product: ProductModel;
  readonly item: ItemModel;
  readonly bought: readonly PackPurchase[];
}

/**
 * The Pack ledger sheet's values: OCR_PACK_LEDGER's rows for one item (core packLedger, the one
 * rule), with the item, version and purchases in the header block.
 */
export function ledgerTable(
  registry: CatalogRegistry,
  api: string,
  monthlyCalls: readonly number[],
  purchases: readonly PurchaseInput[],
  version: string,
  opts: PackLedgerOptions = {},
): LedgerTable {
  const lang = opts.lang ?? "en";
  const w = PACK_LEDGER_WORDS[lang];
  const kind = opts.product ?? detectProduct(registry, api, [version]);
  const product = registry.product(kind, version);
  const item = resolveItem(product, api);
  const bought = purchasesOf(purchases);
  const ledger = packLedger(product, item, monthlyCalls, bought);
  const grid = ledgerGrid(ledger, lang);
  const last = ledger.months[ledger.months.length - 1];
  const validity = product.packValidityMonths ?? 12;

  const headerBlock: CellValue[][] = [
    [w.title(api, product.catalogId)],
    [w.item, api],
    [w.version, product.catalogId],
    [w.generatedAt, nowIso(opts.generatedAt)],
    [w.from, w.source(monthlyCalls.length, validity, opts.formulasWord ?? LEDGER_FUNCTION[kind])],
    [...w.purchases],
    ...bought.map((p) => [w.pack, p.month, p.size, cellNumber(p.price)]),
    [w.paid, "", "", cellNumber(ledger.paid)],
    [w.balanceValue, "", "", cellNumber(last.balanceValue)],
  ];
  const headerFormats = headerBlock.map((_, r) =>
    r + 1 >= FIRST_PURCHASE_ROW ? [null, FORMAT_COUNT, FORMAT_COUNT, FORMAT_CNY] : [],
  );
  const table: ComparisonTable = {
    kind: "pack-ledger",
    sheetName: w.sheetName(item.name),
    title: w.title(api, product.catalogId),
    headerBlock,
    headerFormats,
    columns: [...grid.header],
    rows: grid.rows.map((r) => [...r]),
    numberFormats: grid.header.map((_, c) =>
      c === 0 ? null : LEDGER_MONEY_COLUMNS.includes(c) ? FORMAT_CNY : FORMAT_COUNT,
    ),
    totals: [...grid.total],
    notes: bought.length === 0 ? [w.noPurchases] : [],
  };
  return { table, ledger, product, item, bought };
}

/** 1-based sheet row of the first purchase (row 6 heads them): month in B, size in C, price in D. */
export const FIRST_PURCHASE_ROW = 7;

/**
 * The Pack ledger sheet (ledgerTable). With live formulas every ledger cell is INDEX of the
 * function over the calls column and the purchases, so editing a month's calls or a purchase
 * recalculates the sheet, and so do what was paid and the value of the balance left (paid −
 * expense − write-off); values are what the function returns.
 */
export function packLedgerSheet(...args: Parameters<typeof ledgerTable>): ComparisonTable {
  const { table, product, bought } = ledgerTable(...args);
  const opts = args[5] ?? {};
  const kind = product.kind;
  if (opts.liveFormulas) Object.assign(table, liveFormulas(table, kind, bought.length, product.catalogId));
  return table;
}

/**
 * What was paid (the purchases' SUM) and what the balance left is worth: paid − expense −
 * write-off (the totals reconcile); the add-in and the portable forms both write these.
 */
export function ledgerHeaderFormulas(table: ComparisonTable, purchaseCount: number): (string | null)[][] {
  const totalsRow = tableLayout(table).totalsRow;
  const lastPurchase = FIRST_PURCHASE_ROW - 1 + purchaseCount;
  const paid = purchaseCount === 0 ? "0" : `SUM($D$${FIRST_PURCHASE_ROW}:$D$${lastPurchase})`;
  return table.headerBlock.map((_, r) => {
    const row = r + 1;
    if (row === lastPurchase + 1) return [null, null, null, `=${paid}`];
    if (row === lastPurchase + 2) return [null, null, null, `=D${row - 1}-G${totalsRow}-H${totalsRow}`];
    return [];
  });
}

/** INDEX of the ledger function for every cell but the month column and the typed calls. */
function liveFormulas(
  table: ComparisonTable,
  kind: ProductKind,
  purchaseCount: number,
  catalogId: string,
): Pick<ComparisonTable, "formulas" | "totalsFormulas" | "headerFormulas"> {
  const layout = tableLayout(table);
  const calls = `$B$${layout.firstDataRow}:$B$${layout.lastDataRow}`;
  const bought = purchaseCount === 0 ? "" : `$B$${FIRST_PURCHASE_ROW}:$D$${FIRST_PURCHASE_ROW - 1 + purchaseCount}`;
  const ledger = `${LEDGER_FUNCTION[kind]}($B$2,${calls},${bought},${formulaString(catalogId)})`;
  const cell = (gridRow: number, c: number): string => `=INDEX(${ledger},${gridRow},${c + 1})`;
  const width = table.columns.length;
  // Grid row 1 is the function's header: month i is row i + 1, the total row months + 2.
  const formulas = table.rows.map((_, i) => Array.from({ length: width }, (_, c) => (c < 2 ? null : cell(i + 2, c))));
  const totalsFormulas = Array.from({ length: width }, (_, c) => (c === 0 ? null : cell(table.rows.length + 2, c)));
  const headerFormulas = ledgerHeaderFormulas(table, purchaseCount);
  return { formulas, totalsFormulas, headerFormulas };
}
