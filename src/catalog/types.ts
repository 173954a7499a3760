/**
 * The price-catalog format (version 1): a dated snapshot of Tencent Cloud's OCR and Face
 * Recognition price lists, transcribed from a source document. Every rule of PRICING-RULES.md
 * that a document could state differently is a field here, never a branch in code.
 *
 * Money is written as decimal strings ("0.15"), counts as JSON integers. `null` where a price
 * belongs means "联系商务" (contact sales): there is no list price.
 */

export type DecimalString = string;

import type { TierBasis, TierBoundInclusive } from "../core/model";

export type { ProductKind, TierBasis, TierBoundInclusive } from "../core/model";
export { PRODUCT_KINDS } from "../core/model";

export interface Tier {
  readonly from: number;
  /** Exclusive or inclusive per the table's `inclusive`; null = no upper bound. */
  readonly to: number | null;
  /** Price per unit (元/次, 元/张); null = contact sales (no list price). */
  readonly unitPrice: DecimalString | null;
}

export interface TierTable {
  readonly inclusive: TierBoundInclusive;
  readonly tiers: readonly Tier[];
}

export interface Pack {
  readonly size: number;
  /** List price (刊例价); null = contact sales. */
  readonly listPrice: DecimalString | null;
}

export interface OneTimeFreePack {
  readonly calls: number;
  readonly validityMonths: number;
  readonly note?: string;
}

export interface QpsTier {
  readonly from: number;
  readonly to: number | null;
  readonly perDay: DecimalString | null;
  readonly perMonth: DecimalString | null;
}

export interface QpsClass {
  readonly id: string;
  /** Most QPS one account may hold for one interface (or interface group) on any day. */
  readonly cap: number;
  readonly inclusive: TierBoundInclusive;
  readonly tiers: readonly QpsTier[];
  readonly note?: string;
}

export interface Interface {
  readonly name: string;
  /** Tencent Cloud API action names (GeneralBasicOCR, DetectFace) that bill as this interface. */
  readonly actions?: readonly string[];
  /** Other spellings found in price tables or the API's own naming. */
  readonly aliases?: readonly string[];
  /** QPS add-on class, when the interface can buy extra QPS. */
  readonly qpsClass?: string;
}

export interface BillingItem {
  /** Stable id across versions (used to compare versions), e.g. "ocr.id-card". */
  readonly id: string;
  /** The billing item's name as printed (资源包名称 / 计费项名称). */
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly category?: string;
  readonly interfaces: readonly Interface[];
  readonly postpaid: TierTable;
  /** Overrides the product's monthly free quota (增值税发票核验 has none). */
  readonly monthlyFreeQuota?: number;
  readonly oneTimeFreePack?: OneTimeFreePack;
  readonly packs?: readonly Pack[];
  /** QPS class for every interface of the item (face 2020 buys QPS per interface group). */
  readonly qpsClass?: string;
  /** A free public beta (免费公测): free until `until`, with no price published for after it. */
  readonly freeBeta?: FreeBeta;
  /** Interfaces of this item's group that the page says are not billed: they price at 0. */
  readonly notBilledInterfaces?: readonly Interface[];
  readonly note?: string;
}

export interface FreeBeta {
  /** Last day of the beta as printed (YYYY-MM-DD), when the page gives one. */
  readonly until?: string;
  readonly note?: string;
}

export interface Product {
  /** Date (YYYY-MM-DD) this product's prices took effect; see `dateIsClue`. */
  readonly effectiveDate: string;
  /** True when the date is inferred from clues in the document rather than stated in it. */
  readonly dateIsClue: boolean;
  readonly dateNote?: string;
  /** What one counted unit is: a call (次) or an image (张). */
  readonly unit: "call" | "image";
  readonly tierBasis: TierBasis;
  /** Free calls per billing item per calendar month; unused calls lapse. */
  readonly monthlyFreeQuota: number;
  /** Validity of a prepaid pack, in months from purchase. */
  readonly packValidityMonths?: number;
  /** The pack sizes sold (a billing item lists prices for these). */
  readonly packSizes?: readonly number[];
  /** What the pack prices are: list prices (刊例价, the default) or promotional prices (活动折扣价格). */
  readonly packPriceKind?: "list" | "promotional";
  /** Share of a month's bill frozen as the estimate of the next month (1.2 = 120%). */
  readonly freezeRatio?: DecimalString;
  /** Whether this list is the mainland price list or the international (overseas regions) one. */
  readonly market: "mainland" | "international";
  readonly qpsClasses?: readonly QpsClass[];
  readonly billingItems: readonly BillingItem[];
}

export interface SourceDocument {
  readonly file: string;
  readonly repository?: string;
  readonly path?: string;
  readonly commit?: string;
  readonly note?: string;
}

export interface Catalog {
  /** JSON Schema reference, ignored by the loader. */
  readonly $schema?: string;
  readonly formatVersion: 1;
  /** Stable id of this version, e.g. "tencent-2019-ocr". Letters, digits, '.', '_', '-'. */
  readonly id: string;
  readonly title: string;
  readonly currency: "CNY";
  readonly sources: readonly SourceDocument[];
  /** The interpretations this version makes of its documents, in words a user can check. */
  readonly rules?: readonly string[];
  readonly products: {
    readonly ocr?: Product;
    readonly face?: Product;
  };
}
