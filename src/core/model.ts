import type { Money } from "./money";

/**
 * The closed pricing model: what the core prices with. Every billing rule a price document
 * could state differently is a field here (tier bounds and basis, free quota, packs and their
 * validity, QPS classes and caps, freeze ratio, not-billed interfaces, beta status), so no
 * code branches on a catalog's raw JSON. src/catalog builds this model from a catalog
 * document; the core never sees the document.
 */

export type ProductKind = "ocr" | "face";
export const PRODUCT_KINDS: readonly ProductKind[] = ["ocr", "face"];

/** Which end of a tier range belongs to the tier: "lower" = [from, to), "upper" = (from, to]. */
export type TierBoundInclusive = "lower" | "upper";

/**
 * Which monthly volume picks the postpaid tier (阶梯到达): "total" = every billable call of the
 * month, including those covered by free quota and packs; "postpaid" = only the calls left for
 * postpaid after them.
 */
export type TierBasis = "total" | "postpaid";

export type CountedUnit = "call" | "image";
export type Market = "mainland" | "international";

/** A tier's range as printed: `to` null = no upper bound. */
export interface TierRange {
  readonly from: number;
  readonly to: number | null;
}

export interface PriceTier extends TierRange {
  /** Price per unit (元/次, 元/张); null = 联系商务, no list price. */
  readonly unitPrice: Money | null;
  /** The price in 1/10000 yuan when that is an exact safe integer (the charge model's fast path). */
  readonly scaled: number | null;
}

/** Tiers that cover 0..∞ without gaps or overlaps (validation guarantees it). */
export interface TierTable<T extends TierRange = TierRange> {
  readonly inclusive: TierBoundInclusive;
  readonly tiers: readonly T[];
}

export interface PostpaidTable extends TierTable<PriceTier> {
  readonly basis: TierBasis;
}

export interface InterfaceModel {
  readonly name: string;
  readonly actions: readonly string[];
  readonly aliases: readonly string[];
  /** QPS add-on class, or null when the interface cannot buy extra QPS. */
  readonly qpsClass: string | null;
}

/**
 * - priced: billed by its tier table;
 * - free-beta: free during a public beta, with no price published after it;
 * - not-billed: an interface the page lists as free (it costs 0 and has no packs).
 */
export type ItemStatus =
  | { readonly kind: "priced" }
  | { readonly kind: "free-beta"; readonly until: string | null }
  | { readonly kind: "not-billed"; readonly group: string };

export interface OneTimeFreePackModel {
  readonly calls: number;
  readonly validityMonths: number;
}

export interface ItemModel {
  /** Stable id across versions, e.g. "ocr.id-card". */
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly category: string | null;
  readonly interfaces: readonly InterfaceModel[];
  readonly status: ItemStatus;
  readonly postpaid: PostpaidTable;
  readonly monthlyFreeQuota: number;
  readonly oneTimeFreePack: OneTimeFreePackModel | null;
  /** Pack size → list price (null = 联系商务). Sizes not in the map are not sold. */
  readonly packs: ReadonlyMap<number, Money | null>;
  /** QPS class of every interface that names none itself. */
  readonly qpsClass: string | null;
  readonly note: string | null;
}

export interface QpsTier extends TierRange {
  readonly perDay: Money | null;
  readonly perMonth: Money | null;
}

export interface QpsClassModel extends TierTable<QpsTier> {
  readonly id: string;
  /** Most QPS one account may hold for one interface on any day. */
  readonly cap: number;
}

/** What a typed name can stand for: a billing item, or one interface of it. */
export interface NameMatch {
  readonly item: ItemModel;
  readonly iface: InterfaceModel | null;
}

export interface ProductModel {
  readonly kind: ProductKind;
  readonly catalogId: string;
  readonly effectiveDate: string;
  readonly dateIsClue: boolean;
  readonly unit: CountedUnit;
  readonly market: Market;
  readonly monthlyFreeQuota: number;
  /** Validity of a prepaid pack in months from purchase; null when the version states none. */
  readonly packValidityMonths: number | null;
  /** Pack prices are list prices (刊例价) or, on the late-2020 OCR page, promotional ones (活动折扣价格). */
  readonly packPriceKind: "list" | "promotional";
  /** Share of a month's bill frozen as the estimate of the next month (1.2 = 120%); null = no freeze. */
  readonly freezeRatio: Money | null;
  readonly qpsClasses: ReadonlyMap<string, QpsClassModel>;
  /** The billing items the price tables print. */
  readonly items: readonly ItemModel[];
  /** Interfaces the page says are not billed, one not-billed item each (not in `items`). */
  readonly notBilled: readonly ItemModel[];
  /** nameKey(name) → what it stands for. */
  readonly byName: ReadonlyMap<string, readonly NameMatch[]>;
  /** Typed name → billing item, filled by resolveItem: a recalculating sheet asks for the same few names. */
  readonly resolved: Map<string, ItemModel>;
}

export interface CatalogModel {
  readonly id: string;
  readonly title: string;
  readonly products: { readonly ocr?: ProductModel; readonly face?: ProductModel };
}
