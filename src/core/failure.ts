import type { CountedUnit, ProductKind, TierBoundInclusive, TierRange } from "./model";

/**
 * Why a pricing question has no number: a closed union of reasons. Code decides by `kind`,
 * never by a message; the words live in messages.ts and the Excel code in one map of the
 * functions adapter.
 */

/** Which argument or figure a failure is about (rendered by messages.ts). */
export type ArgLabel =
  | { readonly key: "monthly-volume"; readonly unit: CountedUnit }
  | { readonly key: "prepaid"; readonly unit: CountedUnit }
  | { readonly key: "pack-size" }
  | { readonly key: "qps" }
  | { readonly key: "periods"; readonly period: "day" | "month" }
  | { readonly key: "name" }
  | { readonly key: "names-cell"; readonly cell: number }
  | { readonly key: "volume-cell"; readonly cell: number }
  | { readonly key: "prepaid-cell"; readonly cell: number }
  | { readonly key: "line-volume"; readonly line: number }
  | { readonly key: "month-volume"; readonly month: number }
  | { readonly key: "monthly-bill" }
  | { readonly key: "budget" }
  | { readonly key: "purchase-month"; readonly row: number }
  | { readonly key: "purchase-size"; readonly row: number }
  | { readonly key: "purchase-price"; readonly row: number }
  | { readonly key: "month-bill"; readonly month: number }
  | { readonly key: "pack-size-row"; readonly row: number }
  | { readonly key: "pack-price-row"; readonly row: number };

/** A range argument of a function, named as English Excel shows it (messages.ts names it in Chinese). */
export type RangeArgument =
  "OCR_BILL" | "FACE_BILL" | "monthly_calls" | "monthly_images" | "monthly_bills" | "pack_prices" | "purchases";

export type CountProblem = "not-finite" | "negative" | "not-whole" | "too-large";

/** A tier named in a failure: its range and how its bounds read. */
export interface TierRef extends TierRange {
  readonly inclusive: TierBoundInclusive;
}

export type PricingFailure =
  // Names
  | {
      readonly kind: "unknown-name";
      readonly product: ProductKind;
      readonly catalogId: string;
      readonly name: string;
      readonly suggestions: readonly string[];
    }
  | { readonly kind: "ambiguous-name"; readonly name: string; readonly items: readonly string[] }
  // Prices that do not exist
  | {
      readonly kind: "no-list-price";
      readonly catalogId: string;
      readonly item: string;
      readonly unit: CountedUnit;
      readonly tier: TierRef;
    }
  | {
      readonly kind: "no-list-price-from";
      readonly catalogId: string;
      readonly item: string;
      readonly unit: CountedUnit;
      readonly volume: number;
    }
  | { readonly kind: "plan-no-list-price"; readonly catalogId: string; readonly item: string }
  | { readonly kind: "free-beta"; readonly catalogId: string; readonly item: string; readonly until: string | null }
  | { readonly kind: "not-billed-no-packs"; readonly catalogId: string; readonly item: string; readonly group: string }
  | { readonly kind: "no-packs"; readonly catalogId: string; readonly item: string }
  | {
      readonly kind: "no-such-pack";
      readonly catalogId: string;
      readonly item: string;
      readonly unit: CountedUnit;
      readonly size: number;
      readonly sizes: readonly number[];
    }
  | {
      readonly kind: "pack-no-list-price";
      readonly catalogId: string;
      readonly item: string;
      readonly unit: CountedUnit;
      readonly size: number;
    }
  | {
      readonly kind: "budget-no-price";
      readonly catalogId: string;
      readonly item: string;
      readonly unit: CountedUnit;
      readonly volume: number;
    }
  | {
      readonly kind: "budget-no-limit";
      readonly catalogId: string;
      readonly item: string;
      readonly unit: CountedUnit;
      readonly volume: number;
    }
  | { readonly kind: "no-freeze"; readonly catalogId: string; readonly product: ProductKind }
  // QPS
  | {
      readonly kind: "no-qps-price";
      readonly catalogId: string;
      readonly name: string;
      readonly withQps: readonly string[];
    }
  | { readonly kind: "qps-mixed-classes"; readonly name: string; readonly classes: readonly string[] }
  | { readonly kind: "qps-over-cap"; readonly qps: number; readonly cap: number; readonly classId: string }
  | {
      readonly kind: "qps-tier-no-price";
      readonly catalogId: string;
      readonly classId: string;
      readonly period: "day" | "month";
      readonly tier: TierRef;
    }
  // Catalog versions
  | { readonly kind: "unknown-catalog"; readonly ref: string; readonly ids: readonly string[] }
  | {
      readonly kind: "product-not-in-catalog";
      readonly catalogId: string;
      readonly product: ProductKind;
      readonly versionsWith: readonly string[];
    }
  | {
      readonly kind: "no-version-on-date";
      readonly product: ProductKind;
      readonly date: string;
      readonly earliest: string | null;
    }
  | { readonly kind: "no-international"; readonly product: ProductKind }
  | { readonly kind: "default-unavailable"; readonly id: string; readonly reason: string }
  // Numbers
  | { readonly kind: "bad-count"; readonly label: ArgLabel; readonly value: number; readonly problem: CountProblem }
  | {
      readonly kind: "bad-amount";
      readonly label: ArgLabel;
      readonly value: number;
      readonly problem: "not-finite" | "negative";
    }
  | { readonly kind: "sum-too-large"; readonly item: string | null }
  | { readonly kind: "result-too-large" }
  // Forecasts and plans
  | { readonly kind: "forecast-empty"; readonly max: number }
  | { readonly kind: "forecast-too-long"; readonly months: number; readonly max: number }
  | { readonly kind: "bills-empty"; readonly max: number }
  | { readonly kind: "too-many-bills"; readonly months: number; readonly max: number }
  | { readonly kind: "pack-sizes-not-nested" }
  | { readonly kind: "ledger-months"; readonly months: number; readonly max: number }
  | { readonly kind: "no-pack-validity"; readonly catalogId: string }
  | { readonly kind: "purchase-month"; readonly row: number; readonly month: number; readonly months: number }
  | { readonly kind: "purchases-columns"; readonly columns: number }
  | { readonly kind: "purchase-no-price"; readonly row: number }
  | { readonly kind: "scenario-months"; readonly months: number; readonly max: number }
  | { readonly kind: "bad-growth"; readonly found: string }
  | {
      readonly kind: "scenario-shared-item";
      readonly catalogId: string;
      readonly item: string;
      readonly names: readonly [string, string];
    }
  | { readonly kind: "no-versions" }
  | { readonly kind: "version-twice"; readonly version: string }
  // Arguments as the Excel adapter reads them
  | { readonly kind: "missing-argument"; readonly label: ArgLabel }
  | { readonly kind: "not-text"; readonly label: ArgLabel; readonly found: string }
  | { readonly kind: "not-a-number"; readonly label: ArgLabel; readonly found: string }
  | { readonly kind: "bad-date"; readonly serial: number }
  | { readonly kind: "bad-catalog-ref"; readonly found: string }
  | { readonly kind: "bad-period-unit"; readonly found: string }
  | { readonly kind: "bad-history-what"; readonly found: string }
  | { readonly kind: "not-ranges"; readonly what: RangeArgument }
  | { readonly kind: "range-shape"; readonly what: RangeArgument; readonly shapes: readonly [string, string] }
  | { readonly kind: "volume-without-name"; readonly cell: number }
  | { readonly kind: "pack-prices-columns"; readonly columns: number }
  | { readonly kind: "pack-prices-duplicate"; readonly size: number }
  | { readonly kind: "pack-prices-no-price"; readonly row: number };

export type FailureKind = PricingFailure["kind"];
export type FailureOf<K extends FailureKind> = Extract<PricingFailure, { readonly kind: K }>;
