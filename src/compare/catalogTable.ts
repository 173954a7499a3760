import { readTypedNumber } from "../core/typedNumber";
import type {
  BillingItem,
  Catalog,
  Interface,
  Pack,
  Product,
  ProductKind,
  Tier,
  TierBoundInclusive,
} from "../catalog/types";
import { PRODUCT_KINDS } from "../catalog/types";
import { validateCatalog } from "../catalog/validate";
import { Money } from "../core/money";
import { cellAddress } from "./layout";
import { nowIso } from "./shared";
import { gridProblem, type GridFinding } from "./gridProblem";
import { catalogTableWords, keyOfWord, type CatalogColumn, type CatalogLabel } from "./catalogTableWords";
import type { GridField } from "../catalog/problem";
import type { MessageLang } from "../core/messages";
import type {
  BuildOptions,
  CellValue,
  ComparisonTable,
  GridProblem,
  TableToCatalogOptions,
  TableToCatalogResult,
} from "./types";

/**
 * A catalog version as an editable price table, and back. One row per billing item ("item":
 * tier bounds and interface names), its monthly free quota, each postpaid tier and each pack;
 * catalog id, title and effective dates sit in the header block. Everything the table does not
 * show (API actions, aliases, QPS classes, rules, sources) comes from the base catalog when the
 * table is read back, matched by item id and interface name.
 */

const COLUMN_ORDER: readonly CatalogColumn[] = [
  "product",
  "id",
  "name",
  "row",
  "from",
  "to",
  "price",
  "bounds",
  "detail",
];
const COL = { product: 0, id: 1, name: 2, row: 3, from: 4, to: 5, price: 6, bounds: 7, detail: 8 } as const;
const CONTACT_SALES = "联系商务";
const INTERFACE_SEPARATOR = "; ";

/** The table header in a language. */
export const catalogColumns = (lang: MessageLang = "en"): string[] =>
  COLUMN_ORDER.map((c) => catalogTableWords(lang).columns[c]);

const priceCell = (price: string | null): CellValue => (price === null ? CONTACT_SALES : new Money(price).toNumber());

export function catalogToTable(catalog: Catalog, opts: BuildOptions = {}): ComparisonTable {
  const w = catalogTableWords(opts.lang);
  const rows: CellValue[][] = [];
  for (const kind of PRODUCT_KINDS) {
    const product = catalog.products[kind];
    if (!product) continue;
    for (const item of product.billingItems) {
      const base: CellValue[] = [w.products[kind], item.id, item.name];
      rows.push([
        ...base,
        w.rowKinds.item,
        null,
        null,
        null,
        w.bounds[item.postpaid.inclusive],
        item.interfaces.map((i) => i.name).join(INTERFACE_SEPARATOR),
      ]);
      rows.push([
        ...base,
        w.rowKinds["free-quota"],
        item.monthlyFreeQuota ?? product.monthlyFreeQuota,
        null,
        null,
        null,
        null,
      ]);
      for (const tier of item.postpaid.tiers)
        rows.push([...base, w.rowKinds.tier, tier.from, tier.to, priceCell(tier.unitPrice), null, null]);
      for (const pack of item.packs ?? [])
        rows.push([...base, w.rowKinds.pack, pack.size, null, priceCell(pack.listPrice), null, null]);
    }
  }
  const headerBlock: CellValue[][] = [
    [w.heading(catalog.id)],
    [w.labels.id, catalog.id],
    [w.labels.title, catalog.title],
    [w.labels.generatedAt, nowIso(opts.generatedAt)],
    [w.labels.from, catalog.sources.map((s) => (s.commit ? `${s.file} @ ${s.commit.slice(0, 8)}` : s.file)).join("; ")],
    [w.labels.basedOn, catalog.id],
    ...PRODUCT_KINDS.filter((k) => catalog.products[k]).map((k) => [
      k === "ocr" ? w.labels.ocrDate : w.labels.faceDate,
      catalog.products[k]!.effectiveDate,
    ]),
  ];
  return {
    kind: "catalog",
    sheetName: w.sheetName(catalog.id),
    title: w.title(catalog.id),
    headerBlock,
    columns: catalogColumns(opts.lang),
    rows,
    numberFormats: [null, null, null, null, "#,##0", "#,##0", "0.00########", null, null],
    notes: [w.tierNote, w.priceNote(CONTACT_SALES, INTERFACE_SEPARATOR.trim())],
  };
}

/** The version an exported table names on its "based on" row (in either language), if any. */
export function basedOnOf(grid: Grid): string | undefined {
  const row = grid.slice(0, 20).find((r) => keyOfWord((w) => w.labels, text(r[0])) === "basedOn");
  return row ? text(row[1]) || undefined : undefined;
}

/** Keeps the base catalog's spelling ("0.10") of a price the grid left unchanged (0.1). */
const sameText = (price: string | null, basePrice: string | null | undefined): string | null =>
  price !== null && typeof basePrice === "string" && new Money(basePrice).eq(new Money(price)) ? basePrice : price;

type Grid = readonly (readonly CellValue[])[];

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v).trim());
const blank = (v: CellValue | undefined): boolean => text(v) === "";

interface RowRef {
  readonly row: number; // 1-based sheet row
}

interface ItemDraft {
  kind: ProductKind;
  id: string;
  name: string;
  firstRow: number;
  inclusive?: TierBoundInclusive;
  interfaces?: string[];
  freeQuota?: number;
  tiers: (Tier & RowRef)[];
  packs: (Pack & RowRef)[];
}

/** Reads an edited price table (the whole sheet from A1, as Range.values gives it) into a validated catalog. */
export function tableToCatalog(grid: Grid, base?: Catalog, opts: TableToCatalogOptions = {}): TableToCatalogResult {
  const sheet = opts.sheetName ?? "Sheet";
  const lang = opts.lang ?? "en";
  const w = catalogTableWords(lang);
  const prefix = /^[A-Za-z0-9_]+$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
  const at = (col: number, row: number): string => `${prefix}${cellAddress(col, row)}`;
  const problems: GridProblem[] = [];
  const problem = (col: number, row: number, found: GridFinding): void => {
    if (problems.length < 200) problems.push(gridProblem(at(col, row), found, lang));
  };

  // The header in either language (a sheet exported in Chinese loads in an English pane).
  const headerIndex = grid.findIndex((r) =>
    COLUMN_ORDER.every((column, c) => keyOfWord((words) => words.columns, text(r[c])) === column),
  );
  if (headerIndex < 0) {
    return {
      ok: false,
      problems: [gridProblem(at(0, 1), { code: "grid-no-header", params: { columns: catalogColumns(lang) } }, lang)],
    };
  }
  // Header block: label in column A, value in column B.
  const labelled = new Map<CatalogLabel, { value: CellValue; row: number }>();
  grid.slice(0, headerIndex).forEach((r, i) => {
    const label = keyOfWord((words) => words.labels, text(r[0]));
    if (label) labelled.set(label, { value: r[1] ?? null, row: i + 1 });
  });
  const idCell = labelled.get("id");
  const titleCell = labelled.get("title");
  const id = text(idCell?.value) || base?.id || "";
  const title = text(titleCell?.value) || base?.title || id;

  const number = (
    v: CellValue,
    col: number,
    row: number,
    field: GridField,
    { allowBlank = false, integer = true } = {},
  ): number | null | undefined => {
    if (blank(v)) {
      if (allowBlank) return null;
      problem(col, row, { code: "grid-cell-empty", params: { field } });
      return undefined;
    }
    // Text goes through the one reader of typed numbers: "9,99" is an error, never 999.
    const typed = typeof v === "number" ? null : readTypedNumber(text(v));
    const n = typeof v === "number" ? v : typed?.ok ? typed.value.toNumber() : NaN;
    if (typeof v === "boolean" || !Number.isFinite(n)) {
      problem(col, row, { code: "grid-not-number", params: { field, found: v } });
      return undefined;
    }
    if (integer && (!Number.isSafeInteger(n) || n < 0)) {
      problem(col, row, { code: "grid-not-count", params: { field, found: v } });
      return undefined;
    }
    return n;
  };
  const price = (v: CellValue, col: number, row: number, field: GridField): string | null | undefined => {
    if (text(v) === CONTACT_SALES) return null;
    if (blank(v)) {
      problem(col, row, { code: "grid-price-empty", params: { field, contactSales: CONTACT_SALES } });
      return undefined;
    }
    if (typeof v === "number") {
      if (Number.isFinite(v) && v >= 0) return new Money(v).toFixed();
    } else if (typeof v === "string") {
      // The one reader of typed numbers, after the currency sign: "9,99" is an error, never 9.99 or 999.
      const typed = readTypedNumber(v.trim().replace(/^[¥￥]/, ""));
      if (typed.ok && !typed.value.isNegative()) return typed.value.toFixed();
    }
    problem(col, row, { code: "grid-not-number", params: { field, found: v } });
    return undefined;
  };

  const items = new Map<string, ItemDraft>();
  const order: ItemDraft[] = [];
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const r = grid[i];
    const row = i + 1;
    if (r.every(blank)) break; // the table ends at the first blank row (the totals/notes follow)
    const kind = keyOfWord((words) => words.products, text(r[COL.product]));
    if (kind === undefined) {
      const allowed = PRODUCT_KINDS.map((k) => w.products[k]);
      problem(COL.product, row, { code: "grid-bad-product", params: { found: r[COL.product], allowed } });
      continue;
    }
    const itemId = text(r[COL.id]);
    if (!itemId) {
      problem(COL.id, row, { code: "grid-cell-empty", params: { field: "item-id" } });
      continue;
    }
    const key = `${kind}|${itemId}`;
    let item = items.get(key);
    if (!item) {
      item = { kind, id: itemId, name: text(r[COL.name]), firstRow: row, tiers: [], packs: [] };
      items.set(key, item);
      order.push(item);
    } else if (text(r[COL.name]) !== item.name) {
      problem(COL.name, row, {
        code: "grid-name-differs",
        params: { found: r[COL.name], expected: item.name, row: item.firstRow, itemId },
      });
    }
    const what = keyOfWord((words) => words.rowKinds, text(r[COL.row]));
    switch (what) {
      case "item": {
        const bounds = keyOfWord((words) => words.bounds, text(r[COL.bounds]));
        if (bounds === undefined)
          problem(COL.bounds, row, {
            code: "grid-bad-bounds",
            params: { found: r[COL.bounds], lower: w.bounds.lower, upper: w.bounds.upper },
          });
        else item.inclusive = bounds;
        const names = text(r[COL.detail])
          .split(INTERFACE_SEPARATOR.trim())
          .map((s) => s.trim())
          .filter((s) => s);
        if (names.length === 0) problem(COL.detail, row, { code: "grid-no-interfaces", params: {} });
        else item.interfaces = names;
        break;
      }
      case "free-quota": {
        const n = number(r[COL.from], COL.from, row, "free-quota");
        if (typeof n === "number") item.freeQuota = n;
        break;
      }
      case "tier": {
        const from = number(r[COL.from], COL.from, row, "from");
        const to = number(r[COL.to], COL.to, row, "to", { allowBlank: true });
        const unitPrice = price(r[COL.price], COL.price, row, "unit-price");
        if (from !== undefined && from !== null && to !== undefined && unitPrice !== undefined)
          item.tiers.push({ from, to, unitPrice, row });
        break;
      }
      case "pack": {
        const size = number(r[COL.from], COL.from, row, "pack-size");
        const listPrice = price(r[COL.price], COL.price, row, "pack-price");
        if (size !== undefined && size !== null && listPrice !== undefined) item.packs.push({ size, listPrice, row });
        break;
      }
      default: {
        const allowed = (["item", "free-quota", "tier", "pack"] as const).map((k) => w.rowKinds[k]);
        problem(COL.row, row, { code: "grid-bad-row-kind", params: { found: r[COL.row], allowed } });
      }
    }
  }
  if (order.length === 0 && problems.length === 0) problem(0, headerIndex + 2, { code: "grid-no-rows", params: {} });

  // Build the candidate; remember where each JSON path came from, to place validation problems.
  const paths = new Map<string, { row: number; col: number }>();
  paths.set("$.id", { row: idCell?.row ?? 1, col: 1 });
  paths.set("$.title", { row: titleCell?.row ?? 1, col: 1 });
  const products: { ocr?: Product; face?: Product } = {};
  for (const kind of PRODUCT_KINDS) {
    const drafts = order.filter((d) => d.kind === kind);
    if (drafts.length === 0) continue;
    const baseProduct = base?.products[kind];
    const dateCell = labelled.get(kind === "ocr" ? "ocrDate" : "faceDate");
    const productPath = `$.products.${kind}`;
    if (dateCell) paths.set(`${productPath}.effectiveDate`, { row: dateCell.row, col: 1 });
    const defaultQuota = baseProduct?.monthlyFreeQuota ?? 0;
    const baseItems = new Map((baseProduct?.billingItems ?? []).map((b) => [b.id, b]));
    const billingItems: BillingItem[] = drafts.map((d, index) => {
      const itemPath = `${productPath}.billingItems[${index}]`;
      paths.set(itemPath, { row: d.firstRow, col: COL.id });
      paths.set(`${itemPath}.name`, { row: d.firstRow, col: COL.name });
      paths.set(`${itemPath}.interfaces`, { row: d.firstRow, col: COL.detail });
      paths.set(`${itemPath}.postpaid.inclusive`, { row: d.firstRow, col: COL.bounds });
      d.tiers.forEach((t, i) => {
        paths.set(`${itemPath}.postpaid.tiers[${i}]`, { row: t.row, col: COL.from });
        paths.set(`${itemPath}.postpaid.tiers[${i}].to`, { row: t.row, col: COL.to });
        paths.set(`${itemPath}.postpaid.tiers[${i}].unitPrice`, { row: t.row, col: COL.price });
      });
      d.packs.forEach((p, i) => {
        paths.set(`${itemPath}.packs[${i}]`, { row: p.row, col: COL.from });
        paths.set(`${itemPath}.packs[${i}].listPrice`, { row: p.row, col: COL.price });
      });
      const baseItem = baseItems.get(d.id);
      const baseInterfaces = new Map((baseItem?.interfaces ?? []).map((i) => [i.name, i]));
      const interfaces: Interface[] = (d.interfaces ?? baseItem?.interfaces.map((i) => i.name) ?? []).map(
        (name) => baseInterfaces.get(name) ?? { name },
      );
      const {
        packs: _p,
        postpaid: _pp,
        interfaces: _i,
        monthlyFreeQuota: _q,
        id: _id,
        name: _n,
        ...kept
      } = baseItem ?? ({} as Partial<BillingItem>);
      void _p;
      void _pp;
      void _i;
      void _q;
      void _id;
      void _n;
      const quota = d.freeQuota ?? baseItem?.monthlyFreeQuota ?? defaultQuota;
      return {
        ...kept,
        id: d.id,
        name: d.name,
        interfaces,
        postpaid: {
          inclusive: d.inclusive ?? baseItem?.postpaid.inclusive ?? "lower",
          tiers: d.tiers.map(({ from, to, unitPrice }) => ({
            from,
            to,
            unitPrice: sameText(
              unitPrice,
              baseItem?.postpaid.tiers.find((t) => t.from === from && t.to === to)?.unitPrice,
            ),
          })),
        },
        ...(quota !== defaultQuota ? { monthlyFreeQuota: quota } : {}),
        ...(d.packs.length > 0
          ? {
              packs: d.packs.map(({ size, listPrice }) => ({
                size,
                listPrice: sameText(listPrice, baseItem?.packs?.find((p) => p.size === size)?.listPrice),
              })),
            }
          : {}),
      } as BillingItem;
    });
    const sizes = [
      ...new Set([
        ...(baseProduct?.packSizes ?? []),
        ...billingItems.flatMap((b) => (b.packs ?? []).map((p) => p.size)),
      ]),
    ].sort((x, y) => x - y);
    const { packSizes: _ps, billingItems: _bi, ...productKept } = baseProduct ?? ({} as Partial<Product>);
    void _ps;
    void _bi;
    const gridDate = text(dateCell?.value);
    const dateEdited = gridDate !== "" && gridDate !== baseProduct?.effectiveDate;
    const { dateNote: _dn, ...withoutNote } = productKept;
    void _dn;
    products[kind] = {
      dateIsClue: false,
      unit: "call",
      tierBasis: "total",
      market: "mainland",
      ...(dateEdited ? withoutNote : productKept),
      ...(dateEdited ? { dateIsClue: false } : {}),
      effectiveDate: gridDate || baseProduct?.effectiveDate || new Date().toISOString().slice(0, 10),
      monthlyFreeQuota: defaultQuota,
      ...(sizes.length > 0 ? { packSizes: sizes } : {}),
      billingItems,
    } as Product;
  }
  if (problems.length > 0) return { ok: false, problems };

  const candidate: Catalog = {
    formatVersion: 1,
    id,
    title,
    currency: "CNY",
    sources: base?.sources?.length ? base.sources : [{ file: `${sheet} (edited price table)` }],
    ...(base?.rules ? { rules: base.rules } : {}),
    products,
  };
  const result = validateCatalog(candidate, lang);
  if (result.ok) return { ok: true, catalog: result.catalog, problems: [] };
  return {
    ok: false,
    problems: result.problems.map((p) => {
      let path = p.where;
      let place = paths.get(path);
      while (!place) {
        const shorter = path.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
        if (shorter === path) break;
        path = shorter;
        place = paths.get(path);
      }
      const cell = place ? at(place.col, place.row) : at(0, 1);
      return { cell, code: p.code, message: `${p.message} (${p.where})` };
    }),
  };
}
