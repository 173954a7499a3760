import type {
  CatalogModel,
  InterfaceModel,
  ItemModel,
  ItemStatus,
  NameMatch,
  PostpaidTable,
  ProductKind,
  ProductModel,
  QpsClassModel,
  TierBasis,
} from "../core/model";
import { Money } from "../core/money";
import { nameKey } from "../core/names";
import type { BillingItem, Catalog, Interface, Product, QpsClass } from "./types";

/**
 * A validated catalog document → the core's pricing model. Every field the core reads is set
 * here; the model keeps no reference to the document.
 */

const PRICE_SCALE = 10000;

const parsePrice = (text: string | null): Money | null => (text === null ? null : new Money(text));

/** Integer ten-thousandths of a yuan, when the price has at most 4 decimals (the fast path). */
const scaledPrice = (price: Money | null): number | null => {
  if (price === null) return null;
  const scaled = price.times(PRICE_SCALE);
  return scaled.isInteger() && scaled.lte(Number.MAX_SAFE_INTEGER) ? scaled.toNumber() : null;
};

const interfaceModel = (iface: Interface): InterfaceModel => ({
  name: iface.name,
  actions: iface.actions ?? [],
  aliases: iface.aliases ?? [],
  qpsClass: iface.qpsClass ?? null,
});

function postpaidTable(item: BillingItem, product: Product): PostpaidTable {
  return {
    inclusive: item.postpaid.inclusive,
    basis: product.tierBasis,
    tiers: item.postpaid.tiers.map((tier) => {
      const unitPrice = parsePrice(tier.unitPrice);
      return { from: tier.from, to: tier.to, unitPrice, scaled: scaledPrice(unitPrice) };
    }),
  };
}

/**
 * Defines `key` on `target` as computed on its first read and then a plain value: compiling a
 * version then costs only what a formula reads of it (cold start), and every read of a field
 * returns the same object.
 */
function onFirstRead<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true });
      return value;
    },
  });
}

function packPrices(item: BillingItem): Map<number, Money | null> {
  const packs = new Map<number, Money | null>();
  for (const pack of item.packs ?? []) packs.set(pack.size, parsePrice(pack.listPrice));
  return packs;
}

function itemModel(item: BillingItem, product: Product): ItemModel {
  const status: ItemStatus = item.freeBeta
    ? { kind: "free-beta", until: item.freeBeta.until ?? null }
    : { kind: "priced" };
  const model: Omit<ItemModel, "postpaid" | "packs"> = {
    id: item.id,
    name: item.name,
    aliases: item.aliases ?? [],
    category: item.category ?? null,
    interfaces: item.interfaces.map(interfaceModel),
    status,
    monthlyFreeQuota: item.monthlyFreeQuota ?? product.monthlyFreeQuota,
    oneTimeFreePack: item.oneTimeFreePack
      ? { calls: item.oneTimeFreePack.calls, validityMonths: item.oneTimeFreePack.validityMonths }
      : null,
    qpsClass: item.qpsClass ?? null,
    note: item.note ?? null,
  };
  // The prices are parsed as decimals when a formula first prices this item.
  const priced = model as ItemModel;
  onFirstRead(priced, "postpaid", () => postpaidTable(item, product));
  onFirstRead(priced, "packs", () => packPrices(item));
  return priced;
}

/** A not-billed interface as an item of its own: it shares nothing, costs 0 and has no packs. */
function notBilledModel(iface: Interface, group: ItemModel, basis: TierBasis): ItemModel {
  return {
    id: `${group.id}.not-billed.${nameKey(iface.name)}`,
    name: iface.name,
    aliases: [],
    category: group.category,
    interfaces: [interfaceModel(iface)],
    status: { kind: "not-billed", group: group.name },
    postpaid: {
      inclusive: "lower",
      basis,
      tiers: [{ from: 0, to: null, unitPrice: null, scaled: null }],
    },
    monthlyFreeQuota: 0,
    oneTimeFreePack: null,
    packs: new Map(),
    qpsClass: null,
    note: null,
  };
}

function qpsClassModel(qps: QpsClass): QpsClassModel {
  return {
    id: qps.id,
    cap: qps.cap,
    inclusive: qps.inclusive,
    tiers: qps.tiers.map((t) => ({
      from: t.from,
      to: t.to,
      perDay: parsePrice(t.perDay),
      perMonth: parsePrice(t.perMonth),
    })),
  };
}

function indexNames(items: readonly ItemModel[]): Map<string, NameMatch[]> {
  const byName = new Map<string, NameMatch[]>();
  const add = (name: string, match: NameMatch): void => {
    const key = nameKey(name);
    const list = byName.get(key);
    if (!list) byName.set(key, [match]);
    else if (!list.some((m) => m.item === match.item && m.iface === match.iface)) list.push(match);
  };
  for (const item of items) {
    for (const name of [item.name, ...item.aliases]) add(name, { item, iface: null });
    for (const iface of item.interfaces) {
      for (const name of [iface.name, ...iface.aliases, ...iface.actions]) add(name, { item, iface });
    }
  }
  return byName;
}

export function compileProduct(kind: ProductKind, product: Product, catalogId: string): ProductModel {
  const items = product.billingItems.map((item) => itemModel(item, product));
  const notBilled = product.billingItems.flatMap((item, i) =>
    (item.notBilledInterfaces ?? []).map((iface) => notBilledModel(iface, items[i], product.tierBasis)),
  );
  return {
    kind,
    catalogId,
    effectiveDate: product.effectiveDate,
    dateIsClue: product.dateIsClue,
    unit: product.unit,
    market: product.market,
    monthlyFreeQuota: product.monthlyFreeQuota,
    packValidityMonths: product.packValidityMonths ?? null,
    packPriceKind: product.packPriceKind ?? "list",
    freezeRatio: product.freezeRatio === undefined ? null : new Money(product.freezeRatio),
    qpsClasses: new Map((product.qpsClasses ?? []).map((q) => [q.id, qpsClassModel(q)])),
    items,
    notBilled,
    byName: indexNames([...items, ...notBilled]),
    resolved: new Map(),
  };
}

/** Compiles a validated catalog; call validateCatalog first for anything not embedded. */
export function compileCatalog(catalog: Catalog): CatalogModel {
  const products: CatalogModel["products"] = {};
  for (const kind of ["ocr", "face"] as const) {
    const product = catalog.products[kind];
    // A formula about OCR never pays for compiling the face prices.
    if (product) onFirstRead(products, kind, () => compileProduct(kind, product, catalog.id));
  }
  return { id: catalog.id, title: catalog.title, products };
}
