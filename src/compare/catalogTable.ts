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

export const CATALOG_COLUMNS = [
  "product",
  "item id",
  "billing item",
  "row",
  "from / size",
  "to",
  "price (CNY)",
  "bounds",
  "interfaces / note",
] as const;
const COL = { product: 0, id: 1, name: 2, row: 3, from: 4, to: 5, price: 6, bounds: 7, detail: 8 } as const;
const CONTACT_SALES = "联系商务";
const INTERFACE_SEPARATOR = "; ";
const LABELS = {
  id: "catalog id",
  title: "title",
  basedOn: "based on",
  ocrDate: "ocr effective date",
  faceDate: "face effective date",
} as const;

const priceCell = (price: string | null): CellValue => (price === null ? CONTACT_SALES : new Money(price).toNumber());

export function catalogToTable(catalog: Catalog, opts: BuildOptions = {}): ComparisonTable {
  const rows: CellValue[][] = [];
  for (const kind of PRODUCT_KINDS) {
    const product = catalog.products[kind];
    if (!product) continue;
    for (const item of product.billingItems) {
      const base: CellValue[] = [kind, item.id, item.name];
      rows.push([
        ...base,
        "item",
        null,
        null,
        null,
        item.postpaid.inclusive,
        item.interfaces.map((i) => i.name).join(INTERFACE_SEPARATOR),
      ]);
      rows.push([...base, "free quota", item.monthlyFreeQuota ?? product.monthlyFreeQuota, null, null, null, null]);
      for (const tier of item.postpaid.tiers)
        rows.push([...base, "tier", tier.from, tier.to, priceCell(tier.unitPrice), null, null]);
      for (const pack of item.packs ?? [])
        rows.push([...base, "pack", pack.size, null, priceCell(pack.listPrice), null, null]);
    }
  }
  const headerBlock: CellValue[][] = [
    [
      `Catalog ${catalog.id} as an editable price table: change prices, give the version a new id, then load it from this sheet`,
    ],
    [LABELS.id, catalog.id],
    [LABELS.title, catalog.title],
    ["generated at", nowIso(opts.generatedAt)],
    ["from", catalog.sources.map((s) => (s.commit ? `${s.file} @ ${s.commit.slice(0, 8)}` : s.file)).join("; ")],
    [LABELS.basedOn, catalog.id],
    ...PRODUCT_KINDS.filter((k) => catalog.products[k]).map((k) => [
      k === "ocr" ? LABELS.ocrDate : LABELS.faceDate,
      catalog.products[k]!.effectiveDate,
    ]),
  ];
  return {
    kind: "catalog",
    sheetName: `Catalog ${catalog.id}`,
    title: `Catalog ${catalog.id}`,
    headerBlock,
    columns: [...CATALOG_COLUMNS],
    rows,
    numberFormats: [null, null, null, null, "#,##0", "#,##0", "0.00########", null, null],
    notes: [
      `row "tier": from / to are calls (images) a month, to blank = no upper bound; bounds on the "item" row: lower = [from, to), upper = (from, to].`,
      `price ${CONTACT_SALES} = no list price (contact sales). Interfaces are separated by "${INTERFACE_SEPARATOR.trim()}".`,
    ],
  };
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
  const prefix = /^[A-Za-z0-9_]+$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
  const at = (col: number, row: number): string => `${prefix}${cellAddress(col, row)}`;
  const problems: GridProblem[] = [];
  const problem = (col: number, row: number, message: string): void => {
    if (problems.length < 200) problems.push({ cell: at(col, row), message });
  };

  const headerIndex = grid.findIndex((r) =>
    CATALOG_COLUMNS.every((name, c) => text(r[c]).toLowerCase() === name.toLowerCase()),
  );
  if (headerIndex < 0) {
    return {
      ok: false,
      problems: [
        {
          cell: at(0, 1),
          message: `no table header found: the table needs the columns ${CATALOG_COLUMNS.join(", ")} (export a version first)`,
        },
      ],
    };
  }
  // Header block: label in column A, value in column B.
  const labelled = new Map<string, { value: CellValue; row: number }>();
  grid.slice(0, headerIndex).forEach((r, i) => {
    const label = text(r[0]).toLowerCase();
    if (label) labelled.set(label, { value: r[1] ?? null, row: i + 1 });
  });
  const idCell = labelled.get(LABELS.id);
  const titleCell = labelled.get(LABELS.title);
  const id = text(idCell?.value) || base?.id || "";
  const title = text(titleCell?.value) || base?.title || id;

  const number = (
    v: CellValue,
    col: number,
    row: number,
    what: string,
    { allowBlank = false, integer = true } = {},
  ): number | null | undefined => {
    if (blank(v)) {
      if (allowBlank) return null;
      problem(col, row, `${what} is empty`);
      return undefined;
    }
    // Text goes through the one reader of typed numbers: "9,99" is an error, never 999.
    const typed = typeof v === "number" ? null : readTypedNumber(text(v));
    const n = typeof v === "number" ? v : typed?.ok ? typed.value.toNumber() : NaN;
    if (typeof v === "boolean" || !Number.isFinite(n)) {
      problem(col, row, `${what} ${JSON.stringify(v)} is not a number`);
      return undefined;
    }
    if (integer && (!Number.isSafeInteger(n) || n < 0)) {
      problem(col, row, `${what} ${JSON.stringify(v)} is not a whole, non-negative number`);
      return undefined;
    }
    return n;
  };
  const price = (v: CellValue, col: number, row: number, what: string): string | null | undefined => {
    if (text(v) === CONTACT_SALES) return null;
    if (blank(v)) {
      problem(col, row, `${what} is empty: type a price, or ${CONTACT_SALES} for no list price`);
      return undefined;
    }
    const raw =
      typeof v === "number"
        ? v
        : text(v)
            .replace(/^[¥￥]/, "")
            .replace(/,/g, "");
    if (
      typeof v === "boolean" ||
      (typeof raw === "string" && !/^\d+(\.\d+)?$/.test(raw)) ||
      (typeof raw === "number" && (!Number.isFinite(raw) || raw < 0))
    ) {
      problem(col, row, `${what} ${JSON.stringify(v)} is not a number`);
      return undefined;
    }
    return new Money(raw).toFixed();
  };

  const items = new Map<string, ItemDraft>();
  const order: ItemDraft[] = [];
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const r = grid[i];
    const row = i + 1;
    if (r.every(blank)) break; // the table ends at the first blank row (the totals/notes follow)
    const kind = text(r[COL.product]).toLowerCase();
    if (kind !== "ocr" && kind !== "face") {
      problem(COL.product, row, `product ${JSON.stringify(r[COL.product])} is not ocr or face`);
      continue;
    }
    const itemId = text(r[COL.id]);
    if (!itemId) {
      problem(COL.id, row, "item id is empty");
      continue;
    }
    const key = `${kind}|${itemId}`;
    let item = items.get(key);
    if (!item) {
      item = { kind, id: itemId, name: text(r[COL.name]), firstRow: row, tiers: [], packs: [] };
      items.set(key, item);
      order.push(item);
    } else if (text(r[COL.name]) !== item.name) {
      problem(
        COL.name,
        row,
        `billing item ${JSON.stringify(r[COL.name])} differs from ${JSON.stringify(item.name)} on row ${item.firstRow} for item id ${itemId}`,
      );
    }
    const what = text(r[COL.row]).toLowerCase();
    switch (what) {
      case "item": {
        const bounds = text(r[COL.bounds]).toLowerCase();
        if (bounds !== "lower" && bounds !== "upper")
          problem(
            COL.bounds,
            row,
            `bounds ${JSON.stringify(r[COL.bounds])} must be lower ([from, to)) or upper ((from, to])`,
          );
        else item.inclusive = bounds;
        const names = text(r[COL.detail])
          .split(INTERFACE_SEPARATOR.trim())
          .map((s) => s.trim())
          .filter((s) => s);
        if (names.length === 0) problem(COL.detail, row, "list at least one interface name");
        else item.interfaces = names;
        break;
      }
      case "free quota": {
        const n = number(r[COL.from], COL.from, row, "free quota");
        if (typeof n === "number") item.freeQuota = n;
        break;
      }
      case "tier": {
        const from = number(r[COL.from], COL.from, row, "from");
        const to = number(r[COL.to], COL.to, row, "to", { allowBlank: true });
        const unitPrice = price(r[COL.price], COL.price, row, "unit price");
        if (from !== undefined && from !== null && to !== undefined && unitPrice !== undefined)
          item.tiers.push({ from, to, unitPrice, row });
        break;
      }
      case "pack": {
        const size = number(r[COL.from], COL.from, row, "pack size");
        const listPrice = price(r[COL.price], COL.price, row, "pack price");
        if (size !== undefined && size !== null && listPrice !== undefined) item.packs.push({ size, listPrice, row });
        break;
      }
      default:
        problem(COL.row, row, `row ${JSON.stringify(r[COL.row])} must be item, free quota, tier or pack`);
    }
  }
  if (order.length === 0 && problems.length === 0) problem(0, headerIndex + 2, "the table has no rows");

  // Build the candidate; remember where each JSON path came from, to place validation problems.
  const paths = new Map<string, { row: number; col: number }>();
  paths.set("$.id", { row: idCell?.row ?? 1, col: 1 });
  paths.set("$.title", { row: titleCell?.row ?? 1, col: 1 });
  const products: { ocr?: Product; face?: Product } = {};
  for (const kind of PRODUCT_KINDS) {
    const drafts = order.filter((d) => d.kind === kind);
    if (drafts.length === 0) continue;
    const baseProduct = base?.products[kind];
    const dateCell = labelled.get(kind === "ocr" ? LABELS.ocrDate : LABELS.faceDate);
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
  const result = validateCatalog(candidate);
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
      return { cell, message: `${p.message} (${p.where})` };
    }),
  };
}
