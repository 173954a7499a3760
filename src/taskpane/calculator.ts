import type { CatalogRegistry } from "../catalog/registry";
import { explainCharge, type ChargeArithmetic } from "../core/charges/explain";
import { monthlyCharge } from "../core/charges/monthly";
import { failureOf, PricingError } from "../core/errors";
import type { PricingFailure } from "../core/failure";
import { describeRange, failureMessage, type MessageLang } from "../core/messages";
import type { ItemModel, ProductKind, ProductModel } from "../core/model";
import { formatMoney } from "../core/money";
import { readTypedCount } from "../core/typedNumber";
import { knowsName, resolveItem } from "../core/resolve";
import { tierRef } from "../core/tiers";
import { excelErrorOf } from "../functions/excelErrors";

/**
 * The standalone calculator's question and answer, priced by the core. Amounts stay exact
 * decimal text (formatMoney) until display; nothing here touches the DOM.
 */

export interface CalcInput {
  readonly kind: ProductKind;
  readonly item: string;
  readonly volume: string;
  readonly prepaid: string;
  /** A version id, or "" for the registry's default. */
  readonly version: string;
}

export interface CalcAnswer {
  readonly ok: true;
  readonly catalogId: string;
  readonly itemName: string;
  /** Exact decimal text, e.g. "1349.85". */
  readonly amount: string;
  readonly unitPrice: string | null;
  /** 1-based tier number and its range, e.g. "[10000, 100000)". */
  readonly tier: number;
  readonly tierRange: string;
  readonly freeCalls: number;
  readonly prepaidCalls: number;
  readonly postpaidCalls: number;
  /** The charge's own arithmetic: "(9,999 − 1,000) × 0.15" = "1,349.85". */
  readonly arithmetic: ChargeArithmetic;
  /** Set when the name belongs to the other product: the answer is priced there, and says so. */
  readonly switchedTo?: ProductKind;
}

export type CalcResult = CalcAnswer | Refusal;

/** A count typed by a user ("1,000,000", "１０００", "100万"); blank = 0; null when it is not one, exactly. */
export function parseCount(text: string): number | null {
  if (text.trim() === "") return 0;
  const read = readTypedCount(text);
  return read.ok ? read.value : null;
}

export { groupDigits } from "../core/money";

/** Names a user can pick for a product in a version: billing items, then their interfaces. */
export function itemNames(registry: CatalogRegistry, kind: ProductKind, version: string): string[] {
  let product;
  try {
    product = registry.product(kind, version === "" ? null : version);
  } catch {
    return [];
  }
  const names = new Set<string>();
  for (const item of product.items) {
    names.add(item.name);
    for (const iface of item.interfaces) names.add(iface.name);
  }
  return [...names];
}

/** Which products a version prices. */
export function productsOf(registry: CatalogRegistry, version: string): ProductKind[] {
  const catalog = registry.catalog(version === "" ? registry.defaultId : version);
  if (!catalog) return [];
  return (["ocr", "face"] as const).filter((k) => catalog.products[k] !== undefined);
}

/** The product of a version, or null when that version has none. */
function attemptProduct(registry: CatalogRegistry, kind: ProductKind, ref: string | null): ProductModel | null {
  try {
    return registry.product(kind, ref);
  } catch (error) {
    if (failureOf(error)?.kind === "product-not-in-catalog") return null;
    throw error;
  }
}

/**
 * The product and item a typed name prices under: a face name typed under OCR (or the reverse)
 * is priced where it belongs, and the caller says so. Throws the core's failure otherwise.
 */
export function findItem(
  registry: CatalogRegistry,
  input: Pick<CalcInput, "kind" | "item" | "version">,
): { kind: ProductKind; product: ProductModel; item: ItemModel } {
  const ref = input.version === "" ? null : input.version;
  let kind = input.kind;
  let product = registry.product(kind, ref);
  if (!knowsName(product, input.item)) {
    const other: ProductKind = kind === "ocr" ? "face" : "ocr";
    const there = attemptProduct(registry, other, ref);
    if (there && knowsName(there, input.item)) {
      kind = other;
      product = there;
    }
  }
  return { kind, product, item: resolveItem(product, input.item) };
}

export type Refusal = { readonly ok: false; readonly code: string; readonly message: string };

/** A form's refusal: the same failure a formula gives, worded in the pane's language. */
export const refusal = (failure: PricingFailure, lang: MessageLang): Refusal => ({
  ok: false,
  code: excelErrorOf(failure),
  message: failureMessage(failure, lang),
});

/** A pricing failure thrown while answering, as a refusal (anything else as #ERROR with its text). */
export const refusalOf = (error: unknown, lang: MessageLang): Refusal =>
  error instanceof PricingError
    ? refusal(error.failure, lang)
    : { ok: false, code: "#ERROR", message: error instanceof Error ? error.message : String(error) };

/** The prepaid calls and the name, which both of the calculator's questions read; null when fine. */
export function fieldsProblem(input: Pick<CalcInput, "kind" | "prepaid" | "item">): PricingFailure | null {
  const unit = input.kind === "face" ? "image" : "call";
  if (parseCount(input.prepaid) === null)
    return { kind: "not-a-number", label: { key: "prepaid", unit }, found: `"${input.prepaid}"` };
  if (input.item.trim() === "") return { kind: "missing-argument", label: { key: "name" } };
  return null;
}

export function calculate(registry: CatalogRegistry, input: CalcInput, lang: MessageLang = "en"): CalcResult {
  const volume = parseCount(input.volume);
  const unit = input.kind === "face" ? "image" : "call";
  if (volume === null)
    return refusal({ kind: "not-a-number", label: { key: "monthly-volume", unit }, found: `"${input.volume}"` }, lang);
  const problem = fieldsProblem(input);
  if (problem) return refusal(problem, lang);
  const prepaid = parseCount(input.prepaid) ?? 0;
  try {
    const { kind, product, item } = findItem(registry, input);
    const cost = monthlyCharge(product, item, volume, prepaid);
    return {
      ok: true,
      ...(kind !== input.kind ? { switchedTo: kind } : {}),
      catalogId: product.catalogId,
      itemName: item.name,
      amount: formatMoney(cost.amount),
      unitPrice: cost.unitPrice === null ? null : formatMoney(cost.unitPrice),
      tier: cost.tier + 1,
      tierRange: describeRange(tierRef(item.postpaid, cost.tier)),
      freeCalls: cost.freeCalls,
      prepaidCalls: cost.prepaidCalls,
      postpaidCalls: cost.postpaidCalls,
      arithmetic: explainCharge(cost),
    };
  } catch (error) {
    return refusalOf(error, lang);
  }
}
