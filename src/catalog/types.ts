/**
 * The price-catalog format (version 1): its types follow from catalog.schema.json, the format's
 * single source of truth (generated/types.ts, compiled from it by scripts/build/compile-schema.js).
 * Every rule of PRICING-RULES.md that a document could state differently is a field there, never
 * a branch in code. Money is decimal text ("0.15"), counts are JSON integers; `null` where a price
 * belongs means "联系商务" (contact sales): there is no list price.
 */
import type { Catalog, Product, Tier, TierTable } from "./generated/types";
import type { TierBasis, TierBoundInclusive } from "../core/model";

export type {
  BillingItem,
  Catalog,
  DecimalString,
  FreeBeta,
  Interface,
  OneTimeFreePack,
  Pack,
  PackPrice,
  PriceAdjustment,
  PriceBook,
  Product,
  QpsClass,
  QpsTier,
  SourceDocument,
  Tier,
  TierPrice,
  TierTable,
  UnbilledInterface,
} from "./generated/types";
export type { ProductKind, TierBasis, TierBoundInclusive } from "../core/model";
export { PRODUCT_KINDS } from "../core/model";

/** The schema's enumerations are the pricing core's: a change to one that the other misses fails to build. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agrees: [
  Same<Product["tierBasis"], TierBasis>,
  Same<TierTable["inclusive"], TierBoundInclusive>,
  Same<Catalog["products"]["ocr"], Product | undefined>,
  Same<Tier["to"], number | null>,
] = [true, true, true, true];
void agrees;
