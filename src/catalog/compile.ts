import { Money } from "../core/money";
import { nameKey } from "../core/names";
import type { BillingItem, Catalog, Interface, Product, ProductKind, QpsClass, TierBoundInclusive } from "./types";

/** A tier with its price parsed once; `scaled` is the price in 1/10000 yuan when that is exact. */
export interface CompiledTier {
  readonly from: number;
  readonly to: number | null;
  readonly unitPrice: Money | null;
  readonly scaled: number | null;
}

export interface CompiledTierTable {
  readonly inclusive: TierBoundInclusive;
  readonly tiers: readonly CompiledTier[];
}

export interface CompiledQpsTier {
  readonly from: number;
  readonly to: number | null;
  readonly perDay: Money | null;
  readonly perMonth: Money | null;
}

export interface CompiledQpsClass {
  readonly id: string;
  readonly cap: number;
  readonly inclusive: TierBoundInclusive;
  readonly tiers: readonly CompiledQpsTier[];
}

export interface CompiledItem {
  readonly id: string;
  readonly name: string;
  readonly source: BillingItem;
  readonly monthlyFreeQuota: number;
  readonly postpaid: CompiledTierTable;
  /** Pack size → list price (null = contact sales). Sizes not in the map are not sold. */
  readonly packs: ReadonlyMap<number, Money | null>;
  readonly interfaces: readonly Interface[];
}

/** What a typed name can stand for: a billing item, or one interface of it. */
export interface NameMatch {
  readonly item: CompiledItem;
  readonly iface: Interface | null;
}

export interface CompiledProduct {
  readonly kind: ProductKind;
  readonly catalogId: string;
  readonly source: Product;
  readonly items: readonly CompiledItem[];
  readonly byName: ReadonlyMap<string, readonly NameMatch[]>;
  readonly qpsClasses: ReadonlyMap<string, CompiledQpsClass>;
  readonly freezeRatio: Money | null;
  /** Typed name → billing item, filled by resolveItem: a recalculating sheet asks for the same few names. */
  readonly resolved: Map<string, CompiledItem>;
}

export interface CompiledCatalog {
  readonly id: string;
  readonly catalog: Catalog;
  readonly products: { readonly ocr?: CompiledProduct; readonly face?: CompiledProduct };
}

const PRICE_SCALE = 10000;

const parsePrice = (text: string | null): Money | null => (text === null ? null : new Money(text));

/** Integer ten-thousandths of a yuan, when the price has at most 4 decimals (the fast path). */
const scaledPrice = (price: Money | null): number | null => {
  if (price === null) return null;
  const scaled = price.times(PRICE_SCALE);
  return scaled.isInteger() && scaled.lte(Number.MAX_SAFE_INTEGER) ? scaled.toNumber() : null;
};

function compileItem(item: BillingItem, product: Product): CompiledItem {
  const packs = new Map<number, Money | null>();
  for (const pack of item.packs ?? []) packs.set(pack.size, parsePrice(pack.listPrice));
  return {
    id: item.id,
    name: item.name,
    source: item,
    monthlyFreeQuota: item.monthlyFreeQuota ?? product.monthlyFreeQuota,
    postpaid: {
      inclusive: item.postpaid.inclusive,
      tiers: item.postpaid.tiers.map((tier) => {
        const unitPrice = parsePrice(tier.unitPrice);
        return { from: tier.from, to: tier.to, unitPrice, scaled: scaledPrice(unitPrice) };
      }),
    },
    packs,
    interfaces: item.interfaces,
  };
}

function compileQpsClass(qps: QpsClass): CompiledQpsClass {
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

function indexNames(items: readonly CompiledItem[]): Map<string, NameMatch[]> {
  const byName = new Map<string, NameMatch[]>();
  const add = (name: string, match: NameMatch): void => {
    const key = nameKey(name);
    const list = byName.get(key);
    if (!list) byName.set(key, [match]);
    else if (!list.some((m) => m.item === match.item && m.iface === match.iface)) list.push(match);
  };
  for (const item of items) {
    for (const name of [item.name, ...(item.source.aliases ?? [])]) add(name, { item, iface: null });
    for (const iface of item.interfaces) {
      for (const name of [iface.name, ...(iface.aliases ?? []), ...(iface.actions ?? [])]) add(name, { item, iface });
    }
  }
  return byName;
}

export function compileProduct(kind: ProductKind, product: Product, catalogId: string): CompiledProduct {
  const items = product.billingItems.map((item) => compileItem(item, product));
  return {
    kind,
    catalogId,
    source: product,
    items,
    byName: indexNames(items),
    qpsClasses: new Map((product.qpsClasses ?? []).map((q) => [q.id, compileQpsClass(q)])),
    freezeRatio: product.freezeRatio === undefined ? null : new Money(product.freezeRatio),
    resolved: new Map(),
  };
}

/** Compiles a validated catalog; call validateCatalog first for anything not embedded. */
export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const { ocr, face } = catalog.products;
  return {
    id: catalog.id,
    catalog,
    products: {
      ...(ocr ? { ocr: compileProduct("ocr", ocr, catalog.id) } : {}),
      ...(face ? { face: compileProduct("face", face, catalog.id) } : {}),
    },
  };
}
